/**
 * The stats as charts, each with the same figures as a table beside it (screen readers, and no
 * meaning carried by colour alone: every bar is labelled with its value).
 */
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { AdminStats } from '../api/types';
import { formatRate, formatUsd } from './stats-range';

const GREEN = '#0b6e4f';
const BLUE = '#1a4fd6';

const percent = (rate: number | null) => (rate === null ? 0 : Math.round(rate * 1000) / 10);

interface Row {
  name: string;
  [key: string]: string | number;
}

function ChartTable({
  caption,
  rows,
  columns,
}: {
  caption: string;
  rows: Row[];
  columns: [string, string][];
}) {
  return (
    <details className="panel">
      <summary>{caption}: as a table</summary>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Item</th>
              {columns.map(([, label]) => (
                <th scope="col" key={label}>
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.name}>
                <th scope="row">{row.name}</th>
                {columns.map(([key]) => (
                  <td key={key}>{row[key]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

function Chart({
  title,
  rows,
  bars,
  unit,
  table,
}: {
  title: string;
  rows: Row[];
  bars: [string, string, string][];
  unit?: string;
  table: [string, string][];
}) {
  return (
    <figure className="chart">
      <figcaption>
        <strong>{title}</strong>
      </figcaption>
      {rows.length === 0 ? (
        <p className="muted">No data in this range.</p>
      ) : (
        <div aria-hidden="true" style={{ width: '100%', height: 240 }}>
          <ResponsiveContainer>
            {/* No keyboard layer: the chart is hidden from assistive tech (the table has its figures), so it must not take focus either. */}
            <BarChart
              data={rows}
              margin={{ top: 20, right: 10, bottom: 5, left: 0 }}
              accessibilityLayer={false}
            >
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="name" />
              <YAxis unit={unit} allowDecimals={false} />
              <Tooltip />
              <Legend />
              {bars.map(([key, label, color]) => (
                <Bar key={key} dataKey={key} name={label} fill={color}>
                  <LabelList
                    dataKey={key}
                    position="top"
                    formatter={(v: unknown) => `${v}${unit ?? ''}`}
                  />
                </Bar>
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
      <ChartTable caption={title} rows={rows} columns={table} />
    </figure>
  );
}

export function StatsCharts({ stats }: { stats: AdminStats }) {
  const wa = stats.messages.whatsapp;
  const m = stats.mediations;
  const spend = stats.whatsapp_spend;
  const rates: Row[] = [
    { name: 'Delivered', rate: percent(wa.delivery_rate), text: formatRate(wa.delivery_rate) },
    { name: 'Read', rate: percent(wa.read_rate), text: formatRate(wa.read_rate) },
  ];
  const invites: Row[] = Object.entries(stats.invites.by_channel).map(([channel, c]) => ({
    name: channel,
    created: c.created,
    joined: c.joined,
    rate: formatRate(c.rate),
  }));
  const completion: Row[] = [
    {
      name: 'With WhatsApp',
      created: m.with_whatsapp.created,
      resolved: m.with_whatsapp.resolved,
      rate: formatRate(m.with_whatsapp.rate),
    },
    {
      name: 'Without WhatsApp',
      created: m.without_whatsapp.created,
      resolved: m.without_whatsapp.resolved,
      rate: formatRate(m.without_whatsapp.rate),
    },
  ];
  const spendRows: Row[] = Object.entries(spend.by_reason).map(([reason, usd]) => ({
    name: reason.replaceAll('_', ' '),
    usd: Math.round(usd * 100) / 100,
    text: formatUsd(usd),
  }));
  return (
    <>
      <div className="stat-grid">
        <Stat label="WhatsApp messages" value={String(wa.total)} />
        <Stat label="Delivery rate" value={formatRate(wa.delivery_rate)} />
        <Stat label="Read rate" value={formatRate(wa.read_rate)} />
        <Stat label="Invites accepted" value={formatRate(stats.invites.total.rate)} />
        <Stat label="Mediations resolved" value={`${m.resolved} of ${m.created}`} />
        <Stat label="WhatsApp spend" value={formatUsd(spend.total)} />
        <Stat label="Spend per mediation" value={formatUsd(spend.per_mediation)} />
        <Stat label="Emails" value={String(stats.messages.email.total)} />
      </div>
      {!spend.complete && (
        <p className="notice">
          Spend is an estimate: some messages had no price
          {spend.pricing_source ? ` (prices from ${spend.pricing_source})` : ''}.
        </p>
      )}
      <Chart
        title="WhatsApp delivery and read rates"
        rows={wa.total > 0 ? rates : []}
        bars={[['rate', 'Rate (%)', GREEN]]}
        unit="%"
        table={[['text', 'Rate']]}
      />
      <Chart
        title="Invite acceptance by channel"
        rows={invites}
        bars={[
          ['created', 'Invites sent', BLUE],
          ['joined', 'Joined', GREEN],
        ]}
        table={[
          ['created', 'Invites sent'],
          ['joined', 'Joined'],
          ['rate', 'Acceptance'],
        ]}
      />
      <Chart
        title="Mediations completed, with and without WhatsApp"
        rows={m.created > 0 ? completion : []}
        bars={[
          ['created', 'Started', BLUE],
          ['resolved', 'Resolved', GREEN],
        ]}
        table={[
          ['created', 'Started'],
          ['resolved', 'Resolved'],
          ['rate', 'Completion'],
        ]}
      />
      <Chart
        title="WhatsApp spend by reason (USD)"
        rows={spendRows}
        bars={[['usd', 'Spend (USD)', GREEN]]}
        table={[['text', 'Spend']]}
      />
    </>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="stat">
      <p className="label">{label}</p>
      <p className="value">{value}</p>
    </div>
  );
}
