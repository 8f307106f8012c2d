import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { doctorExitCode, formatDoctorReport } from '../cli/format-doctor.js';
import { clientFromConfig } from '../cli/run-cli.js';
import { type FakeGraph, metaError, startFakeGraph } from '../graph/fake-graph-server.js';
import { approvedTemplates, healthyGraph, testConfig } from './doctor-fixtures.js';
import { tierLimit } from './doctor-phone-checks.js';
import { type DoctorCheck, runDoctor } from './run-doctor.js';

let fake: FakeGraph;
beforeAll(async () => {
  fake = await startFakeGraph();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
});

const NOW = new Date('2026-03-01T12:00:00Z');

async function doctor(env: Record<string, string> = {}): Promise<DoctorCheck[]> {
  const config = testConfig(fake.url, env);
  return runDoctor(clientFromConfig(config, config.whatsapp.accessToken!), config, NOW);
}

function byName(checks: DoctorCheck[], name: string): DoctorCheck {
  const found = checks.find((c) => c.name === name);
  if (!found) throw new Error(`no check named ${name}: ${checks.map((c) => c.name).join(', ')}`);
  return found;
}

describe('runDoctor', () => {
  it('passes every check on a healthy account', async () => {
    fake.respond(healthyGraph());
    const checks = await doctor();
    expect(checks.filter((c) => !c.ok)).toEqual([]);
    expect(checks.map((c) => c.name)).toEqual([
      'Access token',
      'Token expiry',
      'Token permissions',
      'Phone number',
      'Display name',
      'Quality rating',
      'Messaging tier',
      'Webhook subscription',
      'Template mediation_invite (en_GB)',
      'Template turn_notification (en_GB)',
      'Template agreement_reached (en_GB)',
      'Template break_requested (en_GB)',
      'Template mediation_check_in (en_GB)',
      'Template phone_verification_code (en_GB)',
      'Template mediation_invite languages',
      'Template turn_notification languages',
      'Template agreement_reached languages',
      'Template break_requested languages',
      'Template mediation_check_in languages',
      'Template phone_verification_code languages',
      'Template language',
      'App secret',
      'Verify token',
      'Public URL',
    ]);
    expect(byName(checks, 'Phone number').detail).toContain('+44 7700 900000');
    expect(byName(checks, 'Token expiry').detail).toBe('never expires');
    expect(doctorExitCode(checks)).toBe(0);
  });

  it('fails each bad answer with a concrete fix', async () => {
    const templates = approvedTemplates();
    const [invite, turn, agreement] = templates;
    fake.respond(
      healthyGraph({
        token: {
          json: {
            data: {
              app_id: '555000111',
              is_valid: true,
              expires_at: NOW.getTime() / 1000 + 2 * 86_400,
              scopes: ['whatsapp_business_messaging'],
            },
          },
        },
        phone: {
          json: {
            id: '1234567890',
            display_phone_number: '+44 7700 900000',
            verified_name: 'Meedi8',
            quality_rating: 'RED',
            messaging_limit_tier: 'TIER_250',
            name_status: 'DECLINED',
          },
        },
        apps: { json: { data: [] } },
        templates: {
          json: {
            data: [
              { ...invite, status: 'REJECTED', rejected_reason: 'INVALID_FORMAT' },
              { ...turn, status: 'PAUSED' },
              { ...agreement, components: [{ type: 'BODY', text: 'An older wording {{1}}.' }] },
            ],
          },
        },
      }),
    );
    const checks = await doctor({
      PUBLIC_URL: 'http://localhost:3000',
      WHATSAPP_VERIFY_TOKEN: '',
      WHATSAPP_DAILY_CONVERSATION_LIMIT: '1000',
      WHATSAPP_TEMPLATE_LANGUAGE: 'en_US',
    });
    const failed = checks.filter((c) => !c.ok);
    for (const check of failed) expect(check.fix, check.name).toMatch(/\w{3,}/);
    expect(byName(checks, 'Token expiry')).toMatchObject({
      ok: false,
      detail: expect.stringContaining('in 2 days'),
    });
    expect(byName(checks, 'Token permissions')).toMatchObject({
      ok: false,
      detail: 'missing whatsapp_business_management',
    });
    expect(byName(checks, 'Display name').ok).toBe(false);
    expect(byName(checks, 'Quality rating')).toMatchObject({ ok: false, detail: 'RED' });
    expect(byName(checks, 'Messaging tier')).toMatchObject({
      ok: false,
      fix: expect.stringContaining('WHATSAPP_DAILY_CONVERSATION_LIMIT to 250'),
    });
    expect(byName(checks, 'Webhook subscription')).toMatchObject({
      ok: false,
      fix: expect.stringContaining('subscribe'),
    });
    expect(byName(checks, 'Template mediation_invite (en_GB)')).toMatchObject({
      ok: false,
      detail: 'REJECTED (INVALID_FORMAT)',
      fix: expect.stringContaining('templates push'),
    });
    expect(byName(checks, 'Template turn_notification (en_GB)')).toMatchObject({
      ok: false,
      detail: 'PAUSED',
    });
    expect(byName(checks, 'Template agreement_reached (en_GB)')).toMatchObject({
      ok: false,
      detail: expect.stringContaining('body text differs'),
    });
    expect(byName(checks, 'Template break_requested (en_GB)')).toMatchObject({
      ok: false,
      detail: 'missing at Meta',
      fix: expect.stringContaining('templates push'),
    });
    expect(byName(checks, 'Template language').ok).toBe(false);
    expect(byName(checks, 'Verify token').ok).toBe(false);
    expect(byName(checks, 'Public URL')).toMatchObject({
      ok: false,
      fix: expect.stringContaining('https'),
    });
    expect(byName(checks, 'App secret').ok).toBe(true);
    expect(doctorExitCode(checks)).toBe(1);
  });

  it('lists the languages each template is approved in, and who gets English meanwhile', async () => {
    const templates = approvedTemplates()
      .filter((t) => t.language !== 'es')
      .map((t) =>
        t.name !== 'mediation_invite'
          ? t
          : t.language === 'pt_BR'
            ? { ...t, status: 'PENDING' }
            : t.language === 'hi'
              ? { ...t, status: 'REJECTED', rejected_reason: 'INVALID_FORMAT' }
              : t,
      );
    fake.respond(healthyGraph({ templates: { json: { data: templates } } }));
    const checks = await doctor();
    expect(byName(checks, 'Template mediation_invite (en_GB)').ok).toBe(true);
    expect(byName(checks, 'Template mediation_invite languages')).toMatchObject({
      ok: false,
      detail:
        'approved in en_GB, en_US, fr, de, ar; not yet in es (missing), pt_BR (PENDING), hi (REJECTED (INVALID_FORMAT)): people who read those get en_GB until then',
      fix: expect.stringContaining('templates push'),
    });
    expect(byName(checks, 'Template turn_notification languages')).toMatchObject({
      ok: false,
      detail: expect.stringContaining('not yet in es (missing)'),
    });
    expect(byName(checks, 'Template phone_verification_code languages').detail).toBe(
      'approved in en_GB, en_US, pt_BR, fr, de, hi, ar; not yet in es (missing): people who read those get en_GB until then',
    );
  });

  it('keeps going when Meta refuses the token, failing each call with the token fix', async () => {
    fake.respond(() =>
      metaError(190, 'Error validating access token: Session has expired', { status: 401 }),
    );
    const checks = await doctor();
    for (const name of ['Access token', 'Phone number', 'Webhook subscription', 'Templates']) {
      expect(byName(checks, name)).toMatchObject({
        ok: false,
        fix: expect.stringContaining('WHATSAPP_ACCESS_TOKEN'),
      });
    }
    expect(byName(checks, 'Public URL').ok).toBe(true);
  });

  it('says when the app secret does not match the token', async () => {
    fake.respond(() => metaError(100, 'Invalid appsecret_proof provided in the API argument'));
    const checks = await doctor();
    expect(byName(checks, 'Access token').fix).toContain('WHATSAPP_APP_SECRET');
  });

  it('reports an invalid token', async () => {
    fake.respond(
      healthyGraph({
        token: { json: { data: { is_valid: false, error: { message: 'Token revoked' } } } },
      }),
    );
    const checks = await doctor();
    expect(byName(checks, 'Access token')).toMatchObject({
      ok: false,
      detail: expect.stringContaining('Token revoked'),
    });
  });
});

describe('formatDoctorReport', () => {
  it('prints ✓/✗ lines, the fix under each failure, and a count', () => {
    const text = formatDoctorReport([
      { name: 'Access token', ok: true, detail: 'valid' },
      {
        name: 'Public URL',
        ok: false,
        detail: 'http://localhost:3000',
        fix: 'Set PUBLIC_URL to https.',
      },
    ]);
    expect(text).toBe(
      '✓ Access token: valid\n✗ Public URL: http://localhost:3000\n    fix: Set PUBLIC_URL to https.\n\n1 of 2 checks passed.\n',
    );
  });
});

describe('tierLimit', () => {
  it.each([
    ['TIER_250', 250],
    ['TIER_2K', 2000],
    ['TIER_100K', 100_000],
    ['TIER_UNLIMITED', Number.POSITIVE_INFINITY],
    ['SOMETHING_NEW', null],
    [undefined, null],
  ] as const)('%s allows %s', (tier, limit) => {
    expect(tierLimit(tier)).toBe(limit);
  });
});
