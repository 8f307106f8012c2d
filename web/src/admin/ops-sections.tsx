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
  return (
    <section aria-labelledby={id} className="card">
      <h2 id={id}>{title}</h2>
      {query.isPending && <PageLoading />}
      {query.isError && (
        <ErrorPanel
          error={query.error}
          title={`Could not load “${title}”`}
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
  if (rows.length === 0) return <p className="muted">{empty}</p>;
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))].slice(0, 8);
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
            {action && <th scope="col">Action</th>}
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
  return (
    <Section id="templates-heading" title="Message templates" path="/api/admin/templates">
      {(data) => (
        <RowsTable
          label="Message templates"
          rows={asRows(data, 'templates')}
          empty="No templates found."
        />
      )}
    </Section>
  );
}

export function DoctorSection() {
  return (
    <Section id="doctor-heading" title="Doctor’s checklist" path="/api/admin/doctor">
      {(data) => (
        <RowsTable
          label="Doctor’s checks"
          rows={asRows(data, 'checks')}
          empty="No checks reported."
        />
      )}
    </Section>
  );
}

export function NumberSection() {
  return (
    <Section
      id="number-heading"
      title="WhatsApp number: quality and tier"
      path="/api/admin/whatsapp/number"
    >
      {(data) => (
        <RowsTable
          label="WhatsApp number details"
          rows={asRows(data, 'number')}
          empty="No details reported."
        />
      )}
    </Section>
  );
}

export function FailedJobsSection() {
  const client = useQueryClient();
  const retry = useMutation({
    mutationFn: (jobId: string) => api.post(`/api/admin/jobs/${encodeURIComponent(jobId)}/retry`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin', '/api/admin/jobs/failed'] }),
  });
  return (
    <Section id="jobs-heading" title="Failed jobs" path="/api/admin/jobs/failed">
      {(data) => (
        <>
          <RowsTable
            label="Failed jobs"
            rows={asRows(data, 'jobs')}
            empty="No failed jobs. Everything that was queued has run."
            action={(row) => {
              const jobId = cellText(row.id ?? row.job_id);
              return (
                <button
                  type="button"
                  className="button small secondary"
                  onClick={() => retry.mutate(jobId)}
                  disabled={retry.isPending}
                  aria-label={`Retry job ${jobId}`}
                >
                  Retry
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
              The job is queued to run again.
            </p>
          )}
        </>
      )}
    </Section>
  );
}
