/**
 * The console's operational sections: message templates and their review status, the doctor's
 * checklist, failed jobs with a retry, and the number's quality rating and messaging tier.
 * They read whatever their endpoint answers and show the server's own message when it fails
 * (including an endpoint that does not exist on this server yet).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { api, errorMessage } from '../api/client';
import { ErrorPanel } from '../components/error-panel';
import { PageLoading } from '../components/page-loading';
import { useT } from '../i18n/intl';
import { asRows, cellText, type JsonRow } from './json-rows';

function useAdminJson(path: string) {
  return useQuery({
    queryKey: ['admin', path],
    queryFn: ({ signal }) => api.get<unknown>(path, signal),
  });
}

function Section({
  id,
  title,
  path,
  children,
}: {
  id: string;
  title: string;
  path: string;
  children: (data: unknown) => ReactNode;
}) {
  const query = useAdminJson(path);
  const { t } = useT();
  return (
    <section aria-labelledby={id} className="card">
      <h2 id={id}>{title}</h2>
      {query.isPending && <PageLoading />}
      {query.isError && (
        <ErrorPanel
          error={query.error}
          title={t('ops.couldNotLoad', { title })}
          onRetry={() => query.refetch()}
        />
      )}
      {query.isSuccess && children(query.data)}
    </section>
  );
}

function RowsTable({
  label,
  rows,
  empty,
  action,
}: {
  label: string;
  rows: JsonRow[];
  empty: string;
  action?: (row: JsonRow) => ReactNode;
}) {
  const { t } = useT();
  if (rows.length === 0) return <p className="muted">{empty}</p>;
  // Ten columns: a template's row names its language and what its readers get meanwhile.
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))].slice(0, 10);
  return (
    // A wide table scrolls sideways on a phone; keyboard users need to reach it to scroll it.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus (WCAG 2.1.1)
    <section className="table-wrap" tabIndex={0} aria-label={label}>
      <table>
        <thead>
          <tr>
            {columns.map((column) => (
              <th scope="col" key={column}>
                {column.replaceAll('_', ' ')}
              </th>
            ))}
            {action && <th scope="col">{t('ops.action')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={String(row.id ?? row.name ?? index)}>
              {columns.map((column) => (
                <td key={column}>{cellText(row[column])}</td>
              ))}
              {action && <td>{action(row)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function TemplatesSection() {
  const { t } = useT();
  return (
    <Section id="templates-heading" title={t('ops.templates')} path="/api/admin/templates">
      {(data) => (
        <RowsTable
          label={t('ops.templates')}
          rows={asRows(data, 'templates')}
          empty={t('ops.noTemplates')}
        />
      )}
    </Section>
  );
}

export function DoctorSection() {
  const { t } = useT();
  return (
    <Section id="doctor-heading" title={t('ops.doctor')} path="/api/admin/doctor">
      {(data) => (
        <RowsTable
          label={t('ops.doctorChecks')}
          rows={asRows(data, 'checks')}
          empty={t('ops.noChecks')}
        />
      )}
    </Section>
  );
}

export function NumberSection() {
  const { t } = useT();
  return (
    <Section id="number-heading" title={t('ops.number')} path="/api/admin/whatsapp/number">
      {(data) => (
        <RowsTable
          label={t('ops.numberDetails')}
          rows={asRows(data, 'number')}
          empty={t('ops.noDetails')}
        />
      )}
    </Section>
  );
}

export function FailedJobsSection() {
  const client = useQueryClient();
  const { t } = useT();
  const retry = useMutation({
    mutationFn: (jobId: string) => api.post(`/api/admin/jobs/${encodeURIComponent(jobId)}/retry`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin', '/api/admin/jobs/failed'] }),
  });
  return (
    <Section id="jobs-heading" title={t('ops.jobs')} path="/api/admin/jobs/failed">
      {(data) => (
        <>
          <RowsTable
            label={t('ops.jobs')}
            rows={asRows(data, 'jobs')}
            empty={t('ops.noJobs')}
            action={(row) => {
              const jobId = cellText(row.id ?? row.job_id);
              return (
                <button
                  type="button"
                  className="button small secondary"
                  onClick={() => retry.mutate(jobId)}
                  disabled={retry.isPending}
                  aria-label={t('ops.retryJob', { job: jobId })}
                >
                  {t('ops.retry')}
                </button>
              );
            }}
          />
          {retry.isError && (
            <p className="form-error" role="alert">
              {errorMessage(retry.error)}
            </p>
          )}
          {retry.isSuccess && (
            <p className="form-ok" role="status">
              {t('ops.retried')}
            </p>
          )}
        </>
      )}
    </Section>
  );
}
