/** `/admin`: the operator console (administrators only). */
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../api/client';
import type { AdminStats } from '../api/types';
import { RequireSignIn } from '../app/session';
import { usePageTitle } from '../app/use-title';
import { ErrorPanel } from '../components/error-panel';
import { PageLoading } from '../components/page-loading';
import { formatDate } from '../format/time';
import { useT } from '../i18n/intl';
import { DoctorSection, FailedJobsSection, NumberSection, TemplatesSection } from './ops-sections';
import { StatsCharts } from './stats-charts';
import { daysBefore, statsRange, todayUtc } from './stats-range';

export function Component() {
  usePageTitle('nav.admin');
  return <RequireSignIn admin>{() => <Console />}</RequireSignIn>;
}

const PRESETS = [7, 30, 90] as const;

function Console() {
  const { t } = useT();
  const today = todayUtc();
  const [fromDate, setFromDate] = useState(daysBefore(today, 29));
  const [toDate, setToDate] = useState(today);
  const [applied, setApplied] = useState(() => statsRange(daysBefore(today, 29), today));
  const [rangeError, setRangeError] = useState<string | null>(null);

  const apply = (from: string, to: string) => {
    const range = statsRange(from, to);
    if (!range.ok) {
      setRangeError(range.message);
      return;
    }
    setRangeError(null);
    setApplied(range);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply(fromDate, toDate);
  };

  const range = applied.ok ? applied : null;
  const stats = useQuery({
    queryKey: ['admin-stats', range?.from, range?.to],
    queryFn: ({ signal }) =>
      api.get<AdminStats>(
        `/api/admin/stats?from=${encodeURIComponent(range!.from)}&to=${encodeURIComponent(range!.to)}`,
        signal,
      ),
    enabled: range !== null,
  });

  return (
    <main className="page" id="main">
      <h1>{t('nav.admin')}</h1>
      <section aria-labelledby="stats-heading">
        <h2 id="stats-heading">{t('admin.statsTitle')}</h2>
        <form onSubmit={submit} noValidate className="card" aria-label={t('admin.range')}>
          <div className="actions">
            {PRESETS.map((days) => (
              <button
                key={days}
                type="button"
                className="button secondary small"
                onClick={() => {
                  const from = daysBefore(today, days - 1);
                  setFromDate(from);
                  setToDate(today);
                  apply(from, today);
                }}
              >
                {t('admin.lastDays', { days })}
              </button>
            ))}
          </div>
          <div className="two-col">
            <div className="field">
              <label htmlFor="range-from">{t('settings.from')}</label>
              <input
                id="range-from"
                type="date"
                value={fromDate}
                max={toDate}
                onChange={(e) => setFromDate(e.target.value)}
                aria-describedby={rangeError ? 'range-error' : undefined}
              />
            </div>
            <div className="field">
              <label htmlFor="range-to">{t('admin.to')}</label>
              <input
                id="range-to"
                type="date"
                value={toDate}
                min={fromDate}
                onChange={(e) => setToDate(e.target.value)}
                aria-describedby={rangeError ? 'range-error' : undefined}
              />
            </div>
          </div>
          {rangeError && (
            <p className="field-error" id="range-error" role="alert">
              {rangeError}
            </p>
          )}
          <button type="submit" className="button small">
            {t('admin.showRange')}
          </button>
        </form>
        {stats.isPending && <PageLoading label={t('admin.loading')} />}
        {stats.isError && <ErrorPanel error={stats.error} onRetry={() => stats.refetch()} />}
        {stats.data && (
          <>
            <p className="muted" role="status">
              {t('admin.shownRange', {
                from: formatDate(stats.data.from),
                to: formatDate(new Date(Date.parse(stats.data.to) - 1).toISOString()),
              })}
            </p>
            <StatsCharts stats={stats.data} />
          </>
        )}
      </section>
      <div className="stack">
        <NumberSection />
        <TemplatesSection />
        <DoctorSection />
        <FailedJobsSection />
      </div>
    </main>
  );
}
