import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../config.js';
import { approvedTemplates, healthyGraph, testConfig } from '../doctor/doctor-fixtures.js';
import { type FakeGraph, metaError, startFakeGraph } from '../graph/fake-graph-server.js';
import { runWhatsAppCli } from './run-cli.js';

let fake: FakeGraph;
beforeAll(async () => {
  fake = await startFakeGraph();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
  fake.respond(healthyGraph());
});

async function run(argv: string[], env: Record<string, string> = {}) {
  let output = '';
  const code = await runWhatsAppCli(argv, {
    config: testConfig(fake.url, env),
    write: (text) => {
      output += text;
    },
  });
  return { code, output };
}

describe('whatsapp CLI', () => {
  it('explains sandbox mode when no access token is set', async () => {
    let output = '';
    const code = await runWhatsAppCli(['doctor'], {
      config: loadConfig({}),
      write: (t) => (output += t),
    });
    expect(code).toBe(1);
    expect(output).toContain('sandbox mode');
    expect(output).toContain('WHATSAPP_ACCESS_TOKEN');
    expect(output).toContain('WHATSAPP_PHONE_NUMBER_ID');
    expect(fake.requests).toHaveLength(0);
  });

  it('shows usage for no or an unknown command', async () => {
    expect((await run([])).code).toBe(2);
    const unknown = await run(['templates', 'delete']);
    expect(unknown.code).toBe(2);
    expect(unknown.output).toContain('Unknown command "templates delete"');
    expect((await run(['help'])).code).toBe(0);
  });

  it('doctor prints the checklist and exits 0 when all is well', async () => {
    const { code, output } = await run(['doctor']);
    expect(output).toContain('✓ Access token');
    expect(output).toContain('24 of 24 checks passed.');
    expect(output).toContain(
      '✓ Template mediation_invite languages: approved in en_GB, en_US, es, pt_BR, fr, de, hi, ar',
    );
    expect(code).toBe(0);
  });

  it('doctor exits 1 when a check fails', async () => {
    const { code, output } = await run(['doctor'], { PUBLIC_URL: 'http://localhost:3000' });
    expect(output).toContain('✗ Public URL');
    expect(code).toBe(1);
  });

  it('templates push creates only the missing templates and reports Meta’s refusals', async () => {
    const [invite] = approvedTemplates();
    let posts = 0;
    const healthy = healthyGraph({ templates: { json: { data: [invite] } } });
    fake.respond((req) => {
      if (req.method === 'POST' && req.path.endsWith('/message_templates') && ++posts === 2) {
        return metaError(100, 'Invalid parameter', {
          subcode: 2388024,
          title: 'Content in this language already exists',
          details: 'The template name is still being deleted.',
        });
      }
      return healthy(req);
    });
    const { code, output } = await run(['templates', 'push']);
    const created = fake.requests
      .filter((r) => r.method === 'POST')
      .map((r) => r.body as { name: string; language: string });
    expect(created.slice(0, 5).map((r) => r.name)).toEqual([
      'turn_notification',
      'agreement_reached',
      'break_requested',
      'mediation_check_in',
      'phone_verification_code',
    ]);
    // Every template in every other language, each its own submission.
    expect(created).toHaveLength(6 * 8 - 1);
    expect(new Set(created.map((r) => r.language))).toEqual(
      new Set(['en_GB', 'en_US', 'es', 'pt_BR', 'fr', 'de', 'hi', 'ar']),
    );
    expect(output).toContain('✓ mediation_invite (pt_BR): created, status PENDING');
    expect(output).toContain('✓ mediation_invite (en_GB): already present, status APPROVED');
    expect(output).toContain('✓ turn_notification (en_GB): created, status PENDING');
    expect(output).toContain(
      '✗ agreement_reached (en_GB): failed, Content in this language already exists',
    );
    expect(output).toContain('The template name is still being deleted.');
    expect(output).toContain('46 created, 1 already present, 1 failed.');
    expect(code).toBe(1);
  });

  it('templates push refuses a non-https PUBLIC_URL before calling Meta', async () => {
    const { code, output } = await run(['templates', 'push'], {
      PUBLIC_URL: 'http://localhost:3000',
    });
    expect(code).toBe(1);
    expect(output).toContain('PUBLIC_URL');
    expect(fake.requests).toHaveLength(0);
  });

  it('templates status lists each template, its status and any drift', async () => {
    const [invite, turn, agreement] = approvedTemplates();
    fake.respond(
      healthyGraph({
        templates: {
          json: {
            data: [
              invite,
              { ...turn, status: 'PENDING' },
              { ...agreement, components: [{ type: 'BODY', text: 'Old {{1}} wording.' }] },
            ],
          },
        },
      }),
    );
    const { code, output } = await run(['templates', 'status']);
    expect(output).toContain('✓ mediation_invite (en_GB): APPROVED');
    expect(output).toContain('✗ turn_notification (en_GB): PENDING');
    expect(output).toContain(
      '✗ agreement_reached (en_GB): APPROVED; differs from the local definition: body text differs',
    );
    expect(output).toContain('✗ break_requested (en_GB): missing');
    // Each language has its own line; one not approved says who gets English instead.
    expect(output).toContain(
      '✗ mediation_invite (pt_BR): missing; people who read pt_BR get en_GB',
    );
    expect(output).toContain('templates push');
    expect(code).toBe(1);
  });

  it('subscribe subscribes the app to the WhatsApp account', async () => {
    fake.respond(() => ({ json: { success: true } }));
    const { code, output } = await run(['subscribe']);
    expect(code).toBe(0);
    expect(output).toContain('9876543210');
    expect(fake.requests[0]).toMatchObject({
      method: 'POST',
      path: '/v24.0/9876543210/subscribed_apps',
    });
  });

  it('prints Meta’s error and exits 1 when listing fails', async () => {
    fake.respond(() => metaError(190, 'Error validating access token', { status: 401 }));
    const { code, output } = await run(['templates', 'status']);
    expect(code).toBe(1);
    expect(output).toContain('Error validating access token');
    expect(output).not.toContain('EAAG-doctor-test-token');
  });
});
