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
import { useT } from '../i18n/intl';
import { type AxisKind, axisFor } from './chart-axis';
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
  const { t } = useT();
  return (
    <details className="panel">
      <summary>{t('stats.asTable', { caption })}</summary>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('stats.item')}</th>
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
  kind,
  table,
}: {
  title: string;
  rows: Row[];
  bars: [string, string, string][];
  /** What the bars measure, which decides the value axis (whole numbers only for counts). */
  kind: AxisKind;
  table: [string, string][];
}) {
  const max = Math.max(0, ...rows.flatMap((row) => bars.map(([key]) => Number(row[key]) || 0)));
  const axis = axisFor(kind, max);
  const { t } = useT();
  return (
    <figure className="chart">
      <figcaption>
        <strong>{title}</strong>
      </figcaption>
      {rows.length === 0 ? (
        <p className="muted">{t('stats.empty')}</p>
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
              <YAxis
                allowDecimals={axis.allowDecimals}
                domain={axis.domain}
                ticks={axis.ticks}
                tickFormatter={axis.tick}
                width={kind === 'money' ? 64 : 48}
              />
              <Tooltip />
              <Legend />
              {bars.map(([key, label, color]) => (
                <Bar key={key} dataKey={key} name={label} fill={color}>
                  <LabelList
                    dataKey={key}
                    position="top"
                    formatter={(v: unknown) => axis.tick(Number(v))}
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
  const { t, intl } = useT();
  const rates: Row[] = [
    {
      name: t('step.delivered'),
      rate: percent(wa.delivery_rate),
      text: formatRate(wa.delivery_rate),
    },
    { name: t('step.read'), rate: percent(wa.read_rate), text: formatRate(wa.read_rate) },
  ];
  const invites: Row[] = Object.entries(stats.invites.by_channel).map(([channel, c]) => ({
    name: channel,
    created: c.created,
    joined: c.joined,
    rate: formatRate(c.rate),
  }));
  const completion: Row[] = [
    {
      name: t('stats.withWhatsApp'),
      created: m.with_whatsapp.created,
      resolved: m.with_whatsapp.resolved,
      rate: formatRate(m.with_whatsapp.rate),
    },
    {
      name: t('stats.withoutWhatsApp'),
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
        <Stat label={t('stats.messages')} value={intl.formatNumber(wa.total)} />
        <Stat label={t('stats.deliveryRate')} value={formatRate(wa.delivery_rate)} />
        <Stat label={t('stats.readRate')} value={formatRate(wa.read_rate)} />
        <Stat label={t('stats.invitesAccepted')} value={formatRate(stats.invites.total.rate)} />
        <Stat
          label={t('stats.resolved')}
          value={t('stats.resolvedOf', { resolved: m.resolved, created: m.created })}
        />
        <Stat label={t('stats.spend')} value={formatUsd(spend.total)} />
        <Stat label={t('stats.spendPerMediation')} value={formatUsd(spend.per_mediation)} />
        <Stat label={t('stats.emails')} value={intl.formatNumber(stats.messages.email.total)} />
      </div>
      {!spend.complete && (
        <p className="notice">
          {spend.pricing_source
            ? t('stats.estimateFrom', { source: spend.pricing_source })
            : t('stats.estimate')}
        </p>
      )}
      <Chart
        title={t('stats.ratesChart')}
        rows={wa.total > 0 ? rates : []}
        bars={[['rate', t('stats.ratePercent'), GREEN]]}
        kind="percent"
        table={[['text', t('stats.rate')]]}
      />
      <Chart
        title={t('stats.invitesChart')}
        rows={invites}
        bars={[
          ['created', t('stats.invitesSent'), BLUE],
          ['joined', t('step.joined'), GREEN],
        ]}
        kind="count"
        table={[
          ['created', t('stats.invitesSent')],
          ['joined', t('step.joined')],
          ['rate', t('stats.acceptance')],
        ]}
      />
      <Chart
        title={t('stats.completionChart')}
        rows={m.created > 0 ? completion : []}
        bars={[
          ['created', t('stats.started'), BLUE],
          ['resolved', t('phase.resolved'), GREEN],
        ]}
        kind="count"
        table={[
          ['created', t('stats.started')],
          ['resolved', t('phase.resolved')],
          ['rate', t('stats.completion')],
        ]}
      />
      <Chart
        title={t('stats.spendChart')}
        rows={spendRows}
        bars={[['usd', t('stats.spendUsd'), GREEN]]}
        kind="money"
        table={[['text', t('stats.spendColumn')]]}
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
