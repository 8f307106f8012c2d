import { describe, expect, it } from 'vitest';
import { loadSafetyResources, resourcesFor } from './resources.js';
import { buildSafetyReply, SESSION_PAUSED_NOTICE, sessionPausedNotice } from './safety-reply.js';
import { screenMessage } from './screen-message.js';
import type { SafetyCategory, SafetyFlag } from './screen-types.js';

const directory = loadSafetyResources();
const GB = resourcesFor(directory, 'GB');
const US = resourcesFor(directory, 'US');
const ELSEWHERE = resourcesFor(directory, 'XK');

function flag(category: SafetyCategory): SafetyFlag {
  return { category, reason: 'test' };
}

describe('buildSafetyReply for abuse', () => {
  it.each([
    'violence',
    'threats',
    'fear',
    'coercive_control',
    'stalking',
    'financial_control',
    'sexual_coercion',
  ] as const)('%s in GB names the abuse helplines and 999', (category) => {
    const reply = buildSafetyReply([flag(category)], GB, 'Sam');
    expect(reply).toContain('Thank you for telling me this, Sam.');
    expect(reply).toContain('paused the joint session');
    expect(reply).toContain('only be told that the session is paused');
    expect(reply).toContain("mediation isn't the right tool");
    expect(reply).toContain('National Domestic Abuse Helpline (Refuge) — 0808 2000 247');
    expect(reply).toContain("Men's Advice Line — 0808 8010 327");
    expect(reply).toMatch(/call 999 (now|first)/);
    expect(reply).toContain('decide together whether to resume');
    expect(reply).not.toContain('Samaritans');
  });

  it('names the US hotline, text line and 911', () => {
    const reply = buildSafetyReply([flag('violence')], US);
    expect(reply).toContain('National Domestic Violence Hotline — 1-800-799-7233');
    expect(reply).toContain('text START to 88788');
    expect(reply).toContain('call 911 first');
    expect(reply).not.toContain('988 Suicide');
  });
});

describe('buildSafetyReply for immediate danger', () => {
  it.each(['violence', 'threats', 'child_risk'] as const)(
    '%s puts the emergency number before any helpline',
    (category) => {
      const reply = buildSafetyReply([flag(category)], GB);
      const emergency = reply.indexOf('call 999 first');
      expect(emergency).toBeGreaterThan(0);
      expect(emergency).toBeLessThan(reply.indexOf(' — 0808'));
      expect(reply.indexOf('- Emergency services — 999')).toBeLessThan(reply.indexOf(' — 0808'));
    },
  );

  it('fear alone keeps the emergency number after the helplines', () => {
    const reply = buildSafetyReply([flag('fear')], GB);
    expect(reply).toContain('If you are ever in immediate danger, call 999 now.');
  });

  it('child risk names the child protection lines, not the suicide lines', () => {
    const reply = buildSafetyReply([flag('child_risk')], GB);
    expect(reply).toContain('NSPCC Helpline — 0808 800 5000');
    expect(reply).toContain("A child's safety comes first");
    expect(reply).not.toContain('Samaritans');
  });

  it('stalking in GB names the stalking helpline', () => {
    expect(buildSafetyReply([flag('stalking')], GB)).toContain('National Stalking Helpline');
  });

  it.each(['IE', 'CA', 'AU', 'NZ', 'IN', 'ZA'])('%s leads with its emergency number', (code) => {
    const resources = resourcesFor(directory, code);
    const number = resources[0]?.phone?.split(' ')[0] ?? '';
    const reply = buildSafetyReply([flag('violence')], resources);
    expect(reply).toContain(`call ${number}`);
  });
});

describe('buildSafetyReply for self-harm', () => {
  it('puts immediate support first and names Samaritans in GB', () => {
    const reply = buildSafetyReply([flag('self_harm')], GB);
    expect(reply.startsWith('Thank you for telling me this.')).toBe(true);
    expect(reply).toContain('the most important thing is you');
    expect(reply).toContain('Samaritans — 116 123');
    expect(reply).toContain('call 999 now or go to your nearest emergency department');
    expect(reply).not.toContain("mediation isn't the right tool");
    expect(reply).not.toContain('Domestic Abuse Helpline');
  });

  it('names 988 in the US', () => {
    const reply = buildSafetyReply([flag('self_harm')], US);
    expect(reply).toContain('988 Suicide & Crisis Lifeline — 988');
    expect(reply).toContain('call 911 now');
  });

  it('with abuse too, leads with support and lists both kinds of help', () => {
    const reply = buildSafetyReply([flag('violence'), flag('self_harm')], GB);
    expect(reply.indexOf('the most important thing is you')).toBeLessThan(
      reply.indexOf("mediation isn't the right tool"),
    );
    expect(reply).toContain('Samaritans');
    expect(reply).toContain('National Domestic Abuse Helpline');
  });
});

describe('buildSafetyReply in general', () => {
  it('uses the default directory and a generic emergency line elsewhere', () => {
    const reply = buildSafetyReply([flag('fear')], ELSEWHERE);
    expect(reply).toContain('https://findahelpline.com');
    expect(reply).toContain('call your local emergency number now');
  });

  it('still signposts when no resources are available', () => {
    const reply = buildSafetyReply([flag('self_harm')], []);
    expect(reply).toContain('https://findahelpline.com');
  });

  it('never echoes what the person wrote', () => {
    const text = 'Gareth strangled me on Friday outside the Red Lion pub';
    const reply = buildSafetyReply(screenMessage(text), GB, 'Jo');
    expect(reply).not.toMatch(/gareth|strangl|friday|red lion|pub/i);
  });

  it('is plain text without markdown', () => {
    const reply = buildSafetyReply([flag('coercive_control')], GB);
    expect(reply).not.toMatch(/^#|\*\*|__/m);
  });

  it('ignores a blank name', () => {
    expect(buildSafetyReply([flag('fear')], GB, '  ')).toContain('Thank you for telling me this.');
  });
});

describe('SESSION_PAUSED_NOTICE', () => {
  it('says the session is paused without giving a reason', () => {
    expect(SESSION_PAUSED_NOTICE.startsWith('The session is paused for now.')).toBe(true);
    expect(SESSION_PAUSED_NOTICE).not.toMatch(/safe|risk|abuse|harm|concern|help/i);
  });
});

describe('buildSafetyReply when nobody else was invited', () => {
  it('promises to tell nobody, and says nobody is told', () => {
    const reply = buildSafetyReply([flag('violence')], GB, 'Sam', 'ended_alone');
    expect(reply).toContain('Nobody else has been invited, so nobody is told anything.');
    expect(reply).not.toMatch(/other person will/);
  });
});

describe('buildSafetyReply in the person’s language', () => {
  const BR = resourcesFor(directory, 'BR');
  const SA = resourcesFor(directory, 'SA');
  const DE = resourcesFor(directory, 'DE');

  it('answers in Portuguese with the Brazilian helplines and emergency number', () => {
    const reply = buildSafetyReply([flag('violence')], BR, 'Ana', 'paused', 'pt-BR');
    expect(reply.startsWith('Obrigado por me contar isso, Ana.')).toBe(true);
    expect(reply).toContain('Pausei a sessão conjunta');
    expect(reply).toContain('ligue primeiro para 190');
    expect(reply).toContain('Ligue 180 (Central de Atendimento à Mulher) — 180');
    expect(reply).not.toContain('Thank you');
  });

  it('answers in Arabic with the helplines and emergency number', () => {
    const reply = buildSafetyReply([flag('self_harm')], SA, null, 'private', 'ar');
    expect(reply.startsWith('شكرًا لأنك أخبرتني بهذا.')).toBe(true);
    expect(reply).toContain('فاتصل الآن بالرقم 911');
    expect(reply).toContain('- خدمات الطوارئ — 911');
    expect(reply).toContain('المركز الوطني لتعزيز الصحة النفسية');
    expect(reply).not.toContain('بلاغات العنف الأسري');
    expect(reply).not.toContain('Thank you');
  });

  it('joins alternative emergency numbers with the language’s own word', () => {
    const reply = buildSafetyReply([flag('threats')], DE, 'Jo', 'paused', 'de');
    expect(reply).toContain('ruf zuerst die 110 oder 112 an');
    expect(reply).toContain('Notrufdienste — 110 oder 112');
  });

  it('signposts the directory in the person’s language when nothing is listed', () => {
    const reply = buildSafetyReply([flag('fear')], [], 'Jo', 'private', 'ar');
    expect(reply).toContain('https://findahelpline.com');
    expect(reply).toContain('فاتصل فورًا برقم الطوارئ المحلي');
  });

  it('has a neutral paused notice in every language', () => {
    expect(sessionPausedNotice('en-GB')).toBe(SESSION_PAUSED_NOTICE);
    expect(sessionPausedNotice('es').startsWith('La sesión está en pausa')).toBe(true);
  });
});

describe('buildSafetyReply in the reader’s language', () => {
  it('names Brazil’s lines with their Portuguese descriptions for a Portuguese reader', () => {
    const BR = resourcesFor(directory, 'BR');
    const reply = buildSafetyReply([flag('violence')], BR, 'Joana', 'paused', 'pt-BR');
    expect(reply).toContain('Serviços de emergência — 190');
    expect(reply).toContain('Gratuito, 24 horas, sigiloso, para mulheres em situação de violência');
    expect(reply).not.toMatch(/Emergency services|Free, 24 hours|For immediate danger/);
    // Someone who reads English in Brazil reads them as written.
    expect(buildSafetyReply([flag('violence')], BR, 'Sam', 'paused', 'en-GB')).toContain(
      'Free, 24 hours, confidential, for women facing violence',
    );
  });

  // Every country whose lines are listed for a shipped language reads them in that language.
  it.each([
    ['ES', 'es'],
    ['MX', 'es'],
    ['AR', 'es'],
    ['CO', 'es'],
    ['FR', 'fr'],
    ['BE', 'fr'],
    ['CH', 'fr'],
    ['CH', 'de'],
    ['DE', 'de'],
    ['AT', 'de'],
    ['SA', 'ar'],
    ['AE', 'ar'],
    ['EG', 'ar'],
    ['MA', 'ar'],
    ['MA', 'fr'],
    ['IN', 'hi'],
  ] as const)('names the lines of %s in %s', (country, locale) => {
    const lines = resourcesFor(directory, country);
    for (const category of ['violence', 'self_harm'] as const) {
      const reply = buildSafetyReply([flag(category)], lines, 'Alex', 'paused', locale);
      expect(reply).not.toMatch(/Emergency services|Free, 24 hours|For immediate danger|Free line/);
    }
  });
});
