/**
 * A template Meedi8 cannot fill is not sent: the invite is refused with a clear error, a notice
 * goes by the next channel with the reason recorded, and the doctor's fix is stored. `templates
 * push` adds Meedi8's own versions under new names; sends switch to them once approved.
 */

import { afterEach, describe, expect, it } from 'vitest';
import { pushTemplates } from '../../src/channels/whatsapp/cli/push-templates.js';
import {
  storedTemplateChoice,
  syncAccountTemplates,
} from '../../src/channels/whatsapp/templates/account-templates.js';
import { templateDefinitions } from '../../src/channels/whatsapp/templates/definitions.js';
import { closeApps, start, templateReceived } from '../helpers/account-templates.js';
import { createRoom, registerPerson, respond, screen } from '../helpers/factories.js';
import { eventually } from '../helpers/test-app.js';

afterEach(closeApps, 120_000);

describe("an account holding the guide's hand-made templates", () => {
  it('falls back when a template cannot be filled, and switches to pushed versions once approved', async () => {
    const t = await start('guide');
    const seeds = t.emulator.state.templates;
    // The operator reworded the invite and the turn notice with values Meedi8 does not have.
    t.emulator.state.deleteTemplate('mediation_invite');
    t.emulator.state.deleteTemplate('turn_notification');
    t.emulator.state.addTemplate({
      name: 'mediation_invite',
      language: 'en_GB',
      category: 'UTILITY',
      components: [
        {
          type: 'BODY',
          text: 'Hi {{1}}! {{2}} invited you. Your reference is {{3}}, valid until {{4}}. Join: {{5}} today.',
          example: { body_text: [['John', 'Sarah', 'X1', 'Friday', 'http://meedi8.test/join/a']] },
        },
      ],
    });
    t.emulator.state.addTemplate({
      name: 'turn_notification',
      language: 'en_GB',
      category: 'UTILITY',
      components: [
        { type: 'HEADER', format: 'IMAGE', example: { header_handle: ['h'] } },
        ...seeds.find((s) => s.name === 'turn_notification')!.components,
      ],
    });
    await syncAccountTemplates(t.services.db, t.services.whatsapp.client, t.config.publicUrl);

    const sarah = await registerPerson(t.app, 'Sarah');
    const { room, inviteToken } = await createRoom(t.app, sarah);
    const refused = await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${room.id}/invite-whatsapp`,
      headers: sarah.auth,
      payload: { phone_number: '+447700900982', recipient_name: 'John' },
    });
    expect(refused.statusCode).toBe(503);
    expect(refused.json().error.code).toBe('whatsapp_invite_unavailable');
    expect(t.emulator.state.phone('+447700900982')?.received ?? []).toHaveLength(0);

    // The doctor and the console say what is wrong and how to fix it.
    const doctor = await t.services.db
      .selectFrom('whatsapp_template_choices')
      .selectAll()
      .where('purpose', '=', 'mediation_invite')
      .executeTakeFirstOrThrow();
    expect(doctor.problem).toContain('{{3}}');
    expect(doctor.fix).toContain('templates push');

    // John joins by link with WhatsApp updates but no email: his turn notice cannot go as the
    // image template, so it goes nowhere, with the reason recorded.
    t.emulator.state.addPhone('+447700900983', { name: 'John' });
    const join = await t.app.inject({
      method: 'POST',
      url: `/api/join/${inviteToken}`,
      payload: { name: 'John' },
    });
    const john = {
      token: join.json().token,
      user: join.json().user,
      auth: { authorization: `Bearer ${join.json().token}` },
    };
    await t.services.db
      .updateTable('users')
      .set({ phone_number: '+447700900983', whatsapp_opt_in: true })
      .where('id', '=', john.user.id)
      .execute();
    await screen(t.app, john, room.id);
    await respond(t.app, sarah, room.id, 'Can we talk about chores?');
    const notice = await eventually(async () =>
      t.services.db
        .selectFrom('notices')
        .select(['channel', 'outcome'])
        .where('user_id', '=', john.user.id)
        .where('kind', '=', 'turn')
        .where('sent_at', 'is not', null)
        .executeTakeFirst(),
    );
    expect(notice).toEqual({ channel: 'none', outcome: 'whatsapp_template_unusable' });
    expect(t.emulator.state.phone('+447700900983')!.received).toHaveLength(0);

    // `templates push`: the names are taken, so Meedi8's own versions go in as _v2.
    const pushed = await pushTemplates(
      t.services.whatsapp.client,
      templateDefinitions(t.config.publicUrl),
    );
    expect(pushed.find((r) => r.taken === 'mediation_invite')).toMatchObject({
      name: 'mediation_invite_v2',
      outcome: 'created',
    });
    // The emulator approves at once; its status webhook makes Meedi8 sync and switch.
    await eventually(async () => {
      const choice = await storedTemplateChoice(t.services.db, 'mediation_invite');
      return choice.kind === 'plan' && choice.plan.templateName === 'mediation_invite_v2'
        ? true
        : undefined;
    }, 20_000);
    const room2 = await createRoom(t.app, sarah, { title: 'Rent' });
    t.emulator.state.addPhone('+447700900984', { name: 'Jo' });
    const sent = await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${room2.room.id}/invite-whatsapp`,
      headers: sarah.auth,
      payload: { phone_number: '+447700900984', recipient_name: 'Jo' },
    });
    expect([200, 202], sent.body).toContain(sent.statusCode);
    await templateReceived(t, '+447700900984', 'mediation_invite_v2');
  }, 90_000);
});
