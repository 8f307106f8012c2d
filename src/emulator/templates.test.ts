import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { guideTemplates } from './guide-templates.js';
import type { TemplateSeed } from './state.js';
import { PHONE_NUMBER_ID, startWithReceiver, WABA_ID } from './test-support.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function setup(overrides = {}) {
  const world = await startWithReceiver(overrides);
  cleanups.push(world.close);
  world.state.addTemplate(INVITE);
  return world;
}

const SEND = `/v23.0/${PHONE_NUMBER_ID}/messages`;
const TEMPLATES = `/v23.0/${WABA_ID}/message_templates`;

const INVITE: TemplateSeed = {
  name: 'mediation_invite',
  language: 'en_GB',
  category: 'UTILITY',
  components: [
    { type: 'HEADER', format: 'TEXT', text: 'Meedi8' },
    {
      type: 'BODY',
      text: 'Hi, {{1}} has invited you to a mediation about "{{2}}". Tap below to join.',
      example: { body_text: [['Sam', 'Weekend plans']] },
    },
    { type: 'FOOTER', text: 'Reply STOP to opt out' },
    {
      type: 'BUTTONS',
      buttons: [
        {
          type: 'URL',
          text: 'Join mediation',
          url: 'https://meedi8.example/join/{{1}}',
          example: ['https://meedi8.example/join/abc'],
        },
        { type: 'QUICK_REPLY', text: 'Not now' },
      ],
    },
  ],
};

function inviteSend(
  to: string,
  params: string[],
  suffix: string | null = 'tok123',
  name = 'mediation_invite',
) {
  const components: unknown[] = [
    { type: 'body', parameters: params.map((text) => ({ type: 'text', text })) },
  ];
  if (suffix !== null) {
    components.push({
      type: 'button',
      sub_type: 'url',
      index: '0',
      parameters: [{ type: 'text', text: suffix }],
    });
  }
  return {
    messaging_product: 'whatsapp',
    to,
    type: 'template',
    template: { name, language: { code: 'en_GB' }, components },
  };
}

describe('template sends', () => {
  it('sends an approved template outside the window, billed as utility, and renders it', async () => {
    const { state, receiver, graph } = await setup();
    state.addPhone('+447700900001');
    const r = await graph('POST', SEND, inviteSend('447700900001', ['Sam', 'Weekend plans']));
    expect(r.status).toBe(200);
    expect(r.json.messages[0].message_status).toBe('accepted');
    await state.whenIdle();
    const [sent, delivered] = receiver.statuses();
    expect(sent.status).toBe('sent');
    expect(sent.pricing).toEqual({
      billable: true,
      pricing_model: 'PMP',
      category: 'utility',
      type: 'regular',
    });
    expect(sent.conversation).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{32}$/),
      expiration_timestamp: expect.stringMatching(/^\d{10}$/),
      origin: { type: 'utility' },
    });
    expect(delivered.conversation.expiration_timestamp).toBeUndefined();

    const received = state.phone('+447700900001')!.received[0]!;
    expect(received.template).toEqual({
      name: 'mediation_invite',
      language: 'en_GB',
      category: 'UTILITY',
      header: { format: 'TEXT', text: 'Meedi8' },
      body: 'Hi, Sam has invited you to a mediation about "Weekend plans". Tap below to join.',
      footer: 'Reply STOP to opt out',
      buttons: [
        { type: 'URL', text: 'Join mediation', url: 'https://meedi8.example/join/tok123' },
        { type: 'QUICK_REPLY', text: 'Not now', payload: 'Not now' },
      ],
    });
  });

  it('makes utility templates inside an open window free', async () => {
    const { state, receiver, graph } = await setup();
    state.sendFromPhone('+447700900002', { type: 'text', text: 'hi' });
    await graph('POST', SEND, inviteSend('447700900002', ['Sam', 'Chores']));
    await state.whenIdle();
    const [sent] = receiver.statuses();
    expect(sent.pricing).toEqual({
      billable: false,
      pricing_model: 'PMP',
      category: 'utility',
      type: 'free_customer_service',
    });
    expect(sent.conversation).toBeUndefined();
  });

  it('answers paused, disabled, pending and missing templates with Meta codes', async () => {
    const { state, graph } = await setup();
    const to = '447700900003';
    state.setTemplateStatus('mediation_invite', 'en_GB', 'PAUSED');
    expect((await graph('POST', SEND, inviteSend(to, ['a', 'b']))).json.error).toMatchObject({
      code: 132015,
      message: '(#132015) Template is Paused',
    });
    state.setTemplateStatus('mediation_invite', 'en_GB', 'DISABLED');
    expect((await graph('POST', SEND, inviteSend(to, ['a', 'b']))).json.error.code).toBe(132016);
    state.setTemplateStatus('mediation_invite', 'en_GB', 'PENDING');
    expect((await graph('POST', SEND, inviteSend(to, ['a', 'b']))).json.error.code).toBe(132001);
    const missing = await graph('POST', SEND, inviteSend(to, ['a', 'b'], 'x', 'no_such_template'));
    expect(missing.json.error).toMatchObject({
      code: 132001,
      error_data: { details: 'template name (no_such_template) does not exist in en_GB' },
    });
  });

  it('checks parameter counts, text rules and the URL button parameter', async () => {
    const { graph } = await setup();
    const to = '447700900004';
    const count = await graph('POST', SEND, inviteSend(to, ['only one']));
    expect(count.status).toBe(400);
    expect(count.json.error).toMatchObject({
      code: 132000,
      error_data: {
        details:
          'body: number of localizable_params (1) does not match the expected number of params (2)',
      },
    });
    const newline = await graph('POST', SEND, inviteSend(to, ['Sam', 'line\nbreak']));
    expect(newline.json.error.code).toBe(132018);
    const spaces = await graph('POST', SEND, inviteSend(to, ['Sam', 'too     many']));
    expect(spaces.json.error.code).toBe(132018);
    expect((await graph('POST', SEND, inviteSend(to, ['Sam', 'four    ok']))).status).toBe(200);
    const noSuffix = await graph('POST', SEND, inviteSend(to, ['Sam', 'Chores'], null));
    expect(noSuffix.json.error).toMatchObject({
      code: 132000,
      error_data: { details: expect.stringMatching(/^button:/) },
    });
  });
});

describe("the guide's hand-made templates and named placeholders", () => {
  it("refuses Meedi8's own shape with 132000 and accepts the guide's", async () => {
    const { state, graph } = await setup();
    state.deleteTemplate('mediation_invite');
    for (const seed of guideTemplates('https://meedi8.example')) state.addTemplate(seed);
    const to = '447700900005';
    state.addPhone(`+${to}`);
    // Meedi8's own invite: two body values; the guide's template has three.
    const own = await graph('POST', SEND, inviteSend(to, ['Sam', 'Alex'], 'join/tok'));
    expect(own.json.error).toMatchObject({
      code: 132000,
      message: '(#132000) Number of parameters does not match the expected number of params',
      error_data: {
        details:
          'body: number of localizable_params (2) does not match the expected number of params (3)',
      },
    });
    const link = 'https://meedi8.example/join/tok';
    const ok = await graph('POST', SEND, inviteSend(to, ['Sam', 'Alex', link], 'join/tok'));
    expect(ok.status).toBe(200);
    const shown = state.phone(`+${to}`)!.received.at(-1)!;
    expect(JSON.stringify(shown)).toContain('Join here: https://meedi8.example/join/tok');
  });

  it('takes named values by parameter_name and refuses wrong names or counts with 132000', async () => {
    const { state, graph } = await setup();
    state.addTemplate({
      name: 'turn_named',
      language: 'en_GB',
      category: 'UTILITY',
      components: [{ type: 'BODY', text: 'Your turn: {{partner_name}} wrote in {{topic}}.' }],
    });
    const to = '447700900006';
    state.addPhone(`+${to}`);
    const send = (parameters: object[]) =>
      graph('POST', SEND, {
        messaging_product: 'whatsapp',
        to,
        type: 'template',
        template: {
          name: 'turn_named',
          language: { code: 'en_GB' },
          components: [{ type: 'body', parameters }],
        },
      });
    const named = (parameter_name: string, text: string) => ({
      type: 'text',
      parameter_name,
      text,
    });
    expect((await send([named('topic', 'Rent'), named('partner_name', 'Sam')])).status).toBe(200);
    expect(JSON.stringify(state.phone(`+${to}`)!.received.at(-1))).toContain(
      'Your turn: Sam wrote in Rent.',
    );
    expect((await send([named('partner_name', 'Sam')])).json.error.code).toBe(132000);
    expect((await send([named('partner', 'Sam'), named('topic', 'Rent')])).json.error.code).toBe(
      132000,
    );
  });
});

describe('template management', () => {
  const submission = {
    name: 'turn_notification',
    language: 'en_GB',
    category: 'UTILITY',
    components: [
      { type: 'BODY', text: 'It is your turn in "{{1}}".', example: { body_text: [['Chores']] } },
    ],
  };

  it('submits a template as PENDING and approves it after review with a status webhook', async () => {
    const { state, receiver, graph } = await setup({ templateReviewMs: 20 });
    const created = await graph('POST', TEMPLATES, submission);
    expect(created.status).toBe(200);
    expect(created.json).toEqual({
      id: expect.stringMatching(/^\d{16}$/),
      status: 'PENDING',
      category: 'UTILITY',
    });
    expect(state.templates.find((t) => t.name === 'turn_notification')!.status).toBe('PENDING');
    await state.whenIdle();
    expect(state.templates.find((t) => t.name === 'turn_notification')!.status).toBe('APPROVED');

    const webhook = receiver.received.at(-1)!.json;
    const example = JSON.parse(
      readFileSync(
        new URL(
          '../../test/fixtures/whatsapp-examples/template-status-approved.json',
          import.meta.url,
        ),
        'utf8',
      ),
    );
    expect(Object.keys(webhook)).toEqual(Object.keys(example));
    const change = webhook.entry[0].changes[0];
    expect(change.field).toBe('message_template_status_update');
    expect(Object.keys(change.value)).toEqual(Object.keys(example.entry[0].changes[0].value));
    expect(change.value).toEqual({
      event: 'APPROVED',
      message_template_id: Number(created.json.id),
      message_template_name: 'turn_notification',
      message_template_language: 'en_GB',
      reason: 'NONE',
    });
    expect(webhook.entry[0].id).toBe(WABA_ID);

    const list = await graph('GET', `${TEMPLATES}?name=turn_notification`);
    expect(list.json.data).toEqual([
      expect.objectContaining({
        name: 'turn_notification',
        language: 'en_GB',
        status: 'APPROVED',
        category: 'UTILITY',
        id: created.json.id,
      }),
    ]);
    expect(list.json.paging).toBeDefined();
  });

  it('rejects duplicates and malformed submissions', async () => {
    const { graph } = await setup();
    expect((await graph('POST', TEMPLATES, submission)).status).toBe(200);
    const duplicate = await graph('POST', TEMPLATES, submission);
    expect(duplicate.status).toBe(400);
    expect(duplicate.json.error).toMatchObject({ code: 100, error_subcode: 2388024 });

    const badName = await graph('POST', TEMPLATES, { ...submission, name: 'Turn-Notification' });
    expect(badName.json.error.code).toBe(100);
    const badCategory = await graph('POST', TEMPLATES, {
      ...submission,
      name: 'x1',
      category: 'SERVICE',
    });
    expect(badCategory.json.error.code).toBe(100);
    const noBody = await graph('POST', TEMPLATES, {
      ...submission,
      name: 'x2',
      components: [{ type: 'FOOTER', text: 'hi' }],
    });
    expect(noBody.json.error.code).toBe(100);
    const noExample = await graph('POST', TEMPLATES, {
      ...submission,
      name: 'x3',
      components: [{ type: 'BODY', text: 'Your turn in "{{1}}" now.' }],
    });
    expect(noExample.json.error.error_user_msg).toContain('sample');
    const urlNoExample = await graph('POST', TEMPLATES, {
      ...submission,
      name: 'x4',
      components: [
        submission.components[0],
        {
          type: 'BUTTONS',
          buttons: [{ type: 'URL', text: 'Open', url: 'https://meedi8.example/r/{{1}}' }],
        },
      ],
    });
    expect(urlNoExample.json.error.code).toBe(100);
  });

  it('refuses variables at the start or end of the body', async () => {
    const { graph } = await setup();
    const r = await graph('POST', TEMPLATES, {
      ...submission,
      name: 'x5',
      components: [{ type: 'BODY', text: '{{1}} wrote to you', example: { body_text: [['Sam']] } }],
    });
    expect(r.json.error).toMatchObject({ code: 100, error_subcode: 2388299 });
  });

  it('approves at once when templateReviewMs is 0', async () => {
    const { graph } = await setup({ templateReviewMs: 0 });
    const created = await graph('POST', TEMPLATES, submission);
    expect(created.json.status).toBe('APPROVED');
  });

  it('keeps a template per language and renders the language each send names', async () => {
    const { state, graph } = await setup();
    state.addTemplate({
      ...INVITE,
      language: 'pt_BR',
      components: INVITE.components.map((c) =>
        c.type === 'BODY'
          ? {
              ...c,
              text: 'Olá! {{1}} convidou você para uma mediação sobre "{{2}}". Toque abaixo para entrar.',
            }
          : c,
      ),
    });
    state.addPhone('+5511987654321');
    const send = inviteSend('5511987654321', ['Sam', 'Fins de semana']);
    send.template.language.code = 'pt_BR';
    expect((await graph('POST', SEND, send)).status).toBe(200);
    const received = state.phone('+5511987654321')!.received[0]!;
    expect(received.template).toMatchObject({
      language: 'pt_BR',
      body: 'Olá! Sam convidou você para uma mediação sobre "Fins de semana". Toque abaixo para entrar.',
    });
    // A language the account does not have is Meta's 132001.
    send.template.language.code = 'de';
    const missing = await graph('POST', SEND, send);
    expect(missing.json.error.code).toBe(132001);
  });

  it('writes an authentication template in the language it is submitted in', async () => {
    const { state, graph } = await setup({ templateReviewMs: 0 });
    const otp = (language: string) => ({
      name: 'phone_verification_code',
      language,
      category: 'AUTHENTICATION',
      components: [
        { type: 'BODY', add_security_recommendation: true },
        { type: 'FOOTER', code_expiration_minutes: 10 },
        {
          type: 'BUTTONS',
          buttons: [{ type: 'OTP', otp_type: 'COPY_CODE', text: 'Copiar código' }],
        },
      ],
    });
    expect((await graph('POST', TEMPLATES, otp('pt_BR'))).status).toBe(200);
    expect((await graph('POST', TEMPLATES, otp('en_GB'))).status).toBe(200);
    const body = (language: string) =>
      state.templates
        .find((t) => t.name === 'phone_verification_code' && t.language === language)!
        .components.find((c) => c.type === 'BODY')!.text;
    expect(body('pt_BR')).toBe(
      '*{{1}}* é seu código de verificação. Para sua segurança, não o compartilhe.',
    );
    expect(body('en_GB')).toBe(
      '*{{1}}* is your verification code. For your security, do not share this code.',
    );
  });
});
