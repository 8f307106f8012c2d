/**
 * Filling the account's templates: the guide's hand-made four (built from the guide's text in
 * the emulator's fixture), Meedi8's own, named placeholders, and templates Meedi8 cannot fill.
 */
import { describe, expect, it } from 'vitest';
import { guideTemplates } from '../../../emulator/guide-templates.js';
import { buildTemplateContent } from '../graph/build-template.js';
import type { ServerTemplate } from '../graph/graph-types.js';
import { chooseAccountTemplates } from './choose-account-templates.js';
import { templateDefinitions } from './definitions.js';
import { planTemplateFill } from './plan-template-fill.js';
import { fillPlan } from './render-account-template.js';
import { templateValues } from './template-values.js';
import { toCreateTemplateRequest } from './to-create-template-request.js';

const SITE = 'https://meedi8.example';
const TOKEN = 'q3Zr8WfKx0bT2mYvL5nJc7HdA9sGe4uPkR1oVi6NwQE';
const ROOM = '3f2b8c1e-6d4a-4b7e-9a51-2c8d7e6f1a90';

const approved = (t: object, i = 0) =>
  ({ id: String(500 + i), status: 'APPROVED', ...t }) as ServerTemplate;
const guide = (name: string) => approved(guideTemplates(SITE).find((t) => t.name === name)!);
const own = (name: string, as = name) =>
  approved({
    ...toCreateTemplateRequest(templateDefinitions(SITE).find((d) => d.name === name)!),
    name: as,
  });

function plan(purpose: Parameters<typeof planTemplateFill>[0], template: ServerTemplate) {
  const result = planTemplateFill(purpose, template, SITE);
  if (!result.ok) throw new Error(result.problem);
  return result.plan;
}

describe("the guide's hand-made templates", () => {
  it('fills mediation_invite as name, inviter, link, with the link in the button', () => {
    const p = plan('mediation_invite', guide('mediation_invite'));
    expect(p.body.map((s) => s.value)).toEqual(['recipientName', 'inviterName', 'link']);
    expect(p.urlButton).toEqual({ index: 0, prefix: `${SITE}/`, value: 'link' });
    const values = templateValues(
      'mediation_invite',
      { recipientName: 'John', inviterName: 'Sarah', inviteToken: TOKEN },
      SITE,
    );
    const filled = fillPlan('mediation_invite', p, values);
    if (!filled.ok) throw new Error(filled.reason);
    expect(buildTemplateContent(filled.message).template).toEqual({
      name: 'mediation_invite',
      language: { code: 'en_GB' },
      components: [
        {
          type: 'body',
          parameters: [
            { type: 'text', text: 'John' },
            { type: 'text', text: 'Sarah' },
            { type: 'text', text: `${SITE}/join/${TOKEN}` },
          ],
        },
        {
          type: 'button',
          sub_type: 'url',
          index: '0',
          parameters: [{ type: 'text', text: `join/${TOKEN}` }],
        },
      ],
    });
  });

  it('fills the notices: partner and room link; the agreement with a summary free of content', () => {
    expect(plan('turn_notification', guide('turn_notification')).body.map((s) => s.value)).toEqual([
      'partnerName',
      'link',
    ]);
    expect(plan('break_requested', guide('break_requested'))).toMatchObject({
      body: [{ value: 'partnerName' }, { value: 'link' }],
      urlButton: null,
    });
    const agreement = plan('agreement_reached', guide('agreement_reached'));
    expect(agreement.body.map((s) => s.value)).toEqual(['summary', 'link']);
    const filled = fillPlan(
      'agreement_reached',
      agreement,
      templateValues('agreement_reached', { partnerName: 'Sarah', roomId: ROOM }, SITE),
    );
    expect(filled.ok && filled.message.bodyParams).toEqual([
      'You and Sarah agreed on a way forward.',
      `${SITE}/rooms/${ROOM}`,
    ]);
    expect(filled.ok && filled.message.urlButtonSuffix).toBe(`rooms/${ROOM}`);
  });
});

describe('other shapes', () => {
  it("fills Meedi8's own templates as defined, under any versioned name", () => {
    const p = plan('mediation_invite', own('mediation_invite', 'mediation_invite_v2'));
    expect(p.templateName).toBe('mediation_invite_v2');
    expect(p.body.map((s) => s.value)).toEqual(['recipientName', 'inviterName']);
    expect(p.urlButton?.prefix).toBe(`${SITE}/join/`);
  });

  it('reads named placeholders by their names and sends them with parameter_name', () => {
    const p = plan(
      'turn_notification',
      approved({
        name: 'turn_notification',
        language: 'en_GB',
        category: 'UTILITY',
        parameter_format: 'NAMED',
        components: [
          { type: 'HEADER', format: 'TEXT', text: 'News about {{topic}}' },
          {
            type: 'BODY',
            text: 'It is your turn: {{partner_name}} wrote. Open {{room_link}} now.',
          },
        ],
      }),
    );
    expect(p.header).toEqual([{ value: 'topic', parameterName: 'topic' }]);
    expect(p.body).toEqual([
      { value: 'partnerName', parameterName: 'partner_name' },
      { value: 'link', parameterName: 'room_link' },
    ]);
    const filled = fillPlan(
      'turn_notification',
      p,
      templateValues(
        'turn_notification',
        { partnerName: 'Sam', roomId: ROOM, topic: 'Rent' },
        SITE,
      ),
    );
    if (!filled.ok) throw new Error(filled.reason);
    expect(buildTemplateContent(filled.message).template.components).toEqual([
      { type: 'header', parameters: [{ type: 'text', text: 'Rent', parameter_name: 'topic' }] },
      {
        type: 'body',
        parameters: [
          { type: 'text', text: 'Sam', parameter_name: 'partner_name' },
          { type: 'text', text: `${SITE}/rooms/${ROOM}`, parameter_name: 'room_link' },
        ],
      },
    ]);
  });

  it('says why a template cannot be filled, with the exact fix', () => {
    const base = guideTemplates(SITE).find((t) => t.name === 'mediation_invite')!;
    const extra = approved({
      ...base,
      components: [
        {
          type: 'BODY',
          text: 'Hi {{1}}! {{2}} invited you. Your code is {{3}}, valid until {{4}}. Join: {{5}}',
          example: { body_text: [['John', 'Sarah', 'X1', 'Friday', `${SITE}/join/a`]] },
        },
      ],
    });
    const result = planTemplateFill('mediation_invite', extra, SITE);
    expect(result).toMatchObject({ ok: false, problem: expect.stringContaining('{{3}}') });
    expect(!result.ok && result.fix).toContain('mediation_invite_v2');
    expect(!result.ok && result.fix).toContain("{{1}} the recipient's first name");

    const image = planTemplateFill(
      'turn_notification',
      approved({
        ...guide('turn_notification'),
        components: [{ type: 'HEADER', format: 'IMAGE' }, ...guide('turn_notification').components],
      }),
      SITE,
    );
    expect(image).toMatchObject({ ok: false, problem: expect.stringContaining('header is image') });

    const elsewhere = planTemplateFill(
      'break_requested',
      approved({
        ...guide('turn_notification'),
        name: 'break_requested',
        components: [
          ...guide('break_requested').components,
          {
            type: 'BUTTONS',
            buttons: [{ type: 'URL', text: 'Open', url: 'https://other.example/{{1}}' }],
          },
        ],
      }),
      SITE,
    );
    expect(elsewhere).toMatchObject({
      ok: false,
      fix: expect.stringContaining(`${SITE}/{{1}}`),
    });
  });
});

describe('chooseAccountTemplates', () => {
  const guideAccount = guideTemplates(SITE).map((t, i) => approved(t, i));

  it("uses the guide's templates, and Meedi8's own version once it is approved", () => {
    const before = chooseAccountTemplates(guideAccount, SITE);
    expect(before.find((c) => c.purpose === 'mediation_invite')?.templateName).toBe(
      'mediation_invite',
    );
    // Not at the account at all: sent as Meedi8 defines it.
    expect(before.find((c) => c.purpose === 'mediation_check_in')).toMatchObject({
      templateName: null,
      problem: null,
    });
    const pending = { ...own('mediation_invite', 'mediation_invite_v2'), status: 'PENDING' };
    expect(
      chooseAccountTemplates([...guideAccount, pending], SITE).find(
        (c) => c.purpose === 'mediation_invite',
      )?.templateName,
    ).toBe('mediation_invite');
    const after = chooseAccountTemplates(
      [...guideAccount, own('mediation_invite', 'mediation_invite_v2')],
      SITE,
    );
    expect(after.find((c) => c.purpose === 'mediation_invite')?.templateName).toBe(
      'mediation_invite_v2',
    );
  });
});
