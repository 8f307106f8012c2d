/**
 * Templates in the person's language: an invitee the inviter says reads Portuguese gets the
 * invite in pt_BR (and, once joined, their notices too); while pt_BR is not approved, the invite
 * goes in en_GB and the stored message says why; the doctor and the console list the languages.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runDoctor } from '../../src/channels/whatsapp/doctor/run-doctor.js';
import { syncAccountTemplates } from '../../src/channels/whatsapp/templates/account-templates.js';
import { renderVerificationCode } from '../../src/channels/whatsapp/templates/render-verification-code.js';
import { closeApps, start, templateReceived } from '../helpers/account-templates.js';
import { createRoom, registerPerson, respond, screen } from '../helpers/factories.js';
import type { TestApp } from '../helpers/test-app.js';

afterEach(closeApps, 120_000);

const JOANA = '+5511987654321';

async function inviteJoana(t: TestApp, recipientLocale?: string) {
  const sarah = await registerPerson(t.app, 'Sarah');
  const { room } = await createRoom(t.app, sarah, { title: 'Weekends' });
  t.emulator.state.addPhone(JOANA, { name: 'Joana' });
  const response = await t.app.inject({
    method: 'POST',
    url: `/api/rooms/${room.id}/invite-whatsapp`,
    headers: sarah.auth,
    payload: {
      phone_number: JOANA,
      recipient_name: 'Joana',
      ...(recipientLocale ? { recipient_locale: recipientLocale } : {}),
    },
  });
  expect([200, 202], response.body).toContain(response.statusCode);
  const invite = await t.services.db
    .selectFrom('invites')
    .selectAll()
    .where('id', '=', response.json().invite.id)
    .executeTakeFirstOrThrow();
  const stored = await t.services.db
    .selectFrom('whatsapp_messages')
    .select('body')
    .where('id', '=', invite.whatsapp_message_id!)
    .executeTakeFirstOrThrow();
  return { sarah, room, invite, stored: stored.body as Record<string, any> };
}

describe('templates in the person’s language', () => {
  it('invites a Portuguese reader in pt_BR, keeps her language on joining, and tells her turn in it', async () => {
    const t = await start('meedi8');
    const { sarah, room, invite, stored } = await inviteJoana(t, 'pt-BR');
    expect(invite.recipient_locale).toBe('pt-BR');
    expect(stored.language).toBe('pt_BR');
    expect(stored.languageFallback).toBeUndefined();

    const received = await templateReceived(t, JOANA, 'mediation_invite');
    expect(received.template).toMatchObject({
      language: 'pt_BR',
      footer: 'Meedi8 - Mediação com IA',
    });
    expect(received.template!.body).toContain('Olá, Joana! Sarah convidou você');
    const button = received.template!.buttons.find((b) => b.type === 'URL')!;
    expect(button.text).toBe('Entrar na mediação');
    const token = /\/join\/([A-Za-z0-9_-]{43})$/.exec(button.url!)![1]!;

    // Joining takes the inviter's word for her language (she has said nothing stronger).
    const join = await t.app.inject({
      method: 'POST',
      url: `/api/join/${token}`,
      payload: { name: 'Joana', whatsapp_opt_in: true },
    });
    expect(join.statusCode, join.body).toBe(200);
    const joana = {
      token: join.json().token,
      user: join.json().user,
      auth: { authorization: `Bearer ${join.json().token}` },
    };
    const user = await t.services.db
      .selectFrom('users')
      .select(['locale', 'locale_source'])
      .where('id', '=', joana.user.id)
      .executeTakeFirstOrThrow();
    expect(user).toEqual({ locale: 'pt-BR', locale_source: 'invite' });

    // She has not written to the Meedi8 number: her turn notice is a template, in Portuguese.
    await screen(t.app, joana, room.id);
    await respond(t.app, sarah, room.id, 'I would like every other weekend with the kids.');
    const turn = await templateReceived(t, JOANA, 'turn_notification');
    expect(turn.template!.language).toBe('pt_BR');
    expect(turn.template!.body).toContain('Sarah respondeu');
  }, 90_000);

  it('sends en_GB while pt_BR is not approved, and records the fallback and why', async () => {
    const t = await start('meedi8');
    t.emulator.state.setTemplateStatus('mediation_invite', 'pt_BR', 'PENDING');
    await syncAccountTemplates(t.services.db, t.services.whatsapp.client, t.config.publicUrl);

    const { stored } = await inviteJoana(t, 'pt-BR');
    expect(stored.language).toBe('en_GB');
    expect(stored.languageFallback).toEqual({ wanted: 'pt_BR', reason: 'PENDING' });
    const received = await templateReceived(t, JOANA, 'mediation_invite');
    expect(received.template!.language).toBe('en_GB');
    expect(received.template!.body).toContain('Hi Joana, Sarah has invited you');

    // The doctor lists the languages the invite is approved in, and who gets English.
    const checks = await runDoctor(t.services.whatsapp.client, t.config);
    expect(checks.find((c) => c.name === 'Template mediation_invite languages')).toMatchObject({
      ok: false,
      detail:
        'approved in en_GB, en_US, es, fr, de, hi, ar; not yet in pt_BR (PENDING): people who read those get en_GB until then',
    });
    expect(checks.find((c) => c.name === 'Template turn_notification languages')).toMatchObject({
      ok: true,
      detail: 'approved in en_GB, en_US, es, pt_BR, fr, de, hi, ar',
    });

    // The console's template list shows the same, with the week's fallbacks counted.
    const admin = await registerPerson(t.app, 'Ada');
    await t.services.db
      .updateTable('users')
      .set({ is_admin: true })
      .where('id', '=', admin.user.id)
      .execute();
    const listed = await t.app.inject({
      method: 'GET',
      url: '/api/admin/templates',
      headers: admin.auth,
    });
    expect(listed.statusCode, listed.body).toBe(200);
    const row = listed
      .json()
      .templates.find((x: any) => x.name === 'mediation_invite' && x.language === 'pt_BR');
    expect(row).toMatchObject({
      status: 'PENDING',
      falls_back_to: 'en_GB',
      fallbacks_last_7_days: 1,
    });
  }, 90_000);

  it('falls back to the operator’s hand-made English template, and sends codes by Meta’s listing', async () => {
    const t = await start('guide');
    const { stored } = await inviteJoana(t, 'pt-BR');
    expect(stored.language).toBe('en_GB');
    expect(stored.account.templateName).toBe('mediation_invite');
    expect(stored.languageFallback).toEqual({ wanted: 'pt_BR', reason: 'missing' });
    const received = await templateReceived(t, JOANA, 'mediation_invite');
    expect(received.template!.body).toContain('Join here: http://meedi8.test/join/');

    // The one-time code: Meta's Portuguese wording once listed as approved, English until then.
    expect(await renderVerificationCode(t.services.db, '123456', 'pt-BR')).toMatchObject({
      language: 'en_GB',
      languageFallback: { wanted: 'pt_BR', reason: 'missing' },
    });
    await t.services.db
      .insertInto('whatsapp_templates')
      .values({ name: 'phone_verification_code', language: 'pt_BR', status: 'APPROVED' })
      .execute();
    const code = await renderVerificationCode(t.services.db, '123456', 'pt-BR');
    expect(code.language).toBe('pt_BR');
    expect(code.languageFallback).toBeUndefined();
  }, 90_000);

  it('without a word from the inviter, writes to the number’s country’s language', async () => {
    const t = await start('meedi8');
    const { stored, invite } = await inviteJoana(t);
    expect(invite.recipient_locale).toBeNull();
    // Sarah's own language is not known (no browser, no choice), so Joana's +55 number decides.
    expect(stored.language).toBe('pt_BR');
  }, 90_000);
});
