/**
 * Choosing per language: each language gets the account's approved template in it (Meedi8's own
 * or a hand-made one), or the reason it has none; the purpose's main choice, which sends fall
 * back to, stays English even when another language is Meedi8's own and English is hand-made.
 */
import { describe, expect, it } from 'vitest';
import { guideTemplates } from '../../../emulator/guide-templates.js';
import type { ServerTemplate } from '../graph/graph-types.js';
import { chooseAccountTemplates } from './choose-account-templates.js';
import { templateDefinition } from './definitions.js';
import { toCreateTemplateRequest } from './to-create-template-request.js';

const SITE = 'https://meedi8.example';
let ids = 0;
const listed = (t: object, status = 'APPROVED') =>
  ({ id: String(++ids), status, ...t }) as ServerTemplate;
const own = (locale: Parameters<typeof templateDefinition>[2], status?: string) =>
  listed(toCreateTemplateRequest(templateDefinition('mediation_invite', SITE, locale)), status);
const handMade = listed(guideTemplates(SITE).find((t) => t.name === 'mediation_invite')!);

const inviteChoice = (templates: ServerTemplate[]) =>
  chooseAccountTemplates(templates, SITE).find((c) => c.purpose === 'mediation_invite')!;

describe('choosing templates per language', () => {
  it('keeps the hand-made English template as the fallback, Meedi8’s own where it has a language', () => {
    const choice = inviteChoice([
      handMade,
      own('pt-BR'),
      own('es', 'PENDING'),
      { ...own('fr'), status: 'REJECTED', rejected_reason: 'INVALID_FORMAT' },
    ]);
    expect(choice).toMatchObject({ templateName: 'mediation_invite', language: 'en_GB' });
    expect(choice.plan!.body.map((s) => s.value)).toEqual(['recipientName', 'inviterName', 'link']);
    expect(choice.languages.en_GB!.plan!.language).toBe('en_GB');
    expect(choice.languages.pt_BR).toMatchObject({
      plan: { templateName: 'mediation_invite', language: 'pt_BR', body: [{}, {}] },
      reason: null,
    });
    expect(choice.languages.es).toEqual({ plan: null, reason: 'PENDING' });
    expect(choice.languages.fr).toEqual({ plan: null, reason: 'REJECTED (INVALID_FORMAT)' });
    expect(choice.languages.de).toEqual({ plan: null, reason: 'missing' });
    expect(Object.keys(choice.languages)).toEqual([
      'en_GB',
      'en_US',
      'es',
      'pt_BR',
      'fr',
      'de',
      'hi',
      'ar',
    ]);
  });

  it('never falls back to another language than English while English is approved', () => {
    const unfillable = listed({
      name: 'mediation_invite',
      language: 'en_GB',
      category: 'UTILITY',
      components: [
        {
          type: 'BODY',
          text: 'Hi {{1}}! {{2}} invited you. Your reference is {{3}}, valid until {{4}}. Join: {{5}} today.',
          example: { body_text: [['John', 'Sarah', 'X1', 'Friday', `${SITE}/join/a`]] },
        },
      ],
    });
    const choice = inviteChoice([unfillable, own('pt-BR')]);
    expect(choice.plan).toBeNull();
    expect(choice.problem).toContain('mediation_invite (en_GB)');
    expect(choice.languages.pt_BR!.plan).not.toBeNull();
    expect(choice.languages.en_GB!.reason).toMatch(/^cannot be filled: /);
  });

  it('takes an account that has only another language as its fallback', () => {
    const choice = inviteChoice([own('de')]);
    expect(choice).toMatchObject({ templateName: 'mediation_invite', language: 'de' });
  });
});
