import { describe, expect, it } from 'vitest';
import { noticeTemplate, noticeText } from './compose-notices.js';

const url = 'https://meedi8.example/rooms/r1';

describe('noticeText (d: several events, one message)', () => {
  it('tells several replies as one line', () => {
    const text = noticeText(
      'en-GB',
      'Chores',
      [
        { kind: 'turn', actorName: 'Sarah' },
        { kind: 'turn', actorName: 'Sarah' },
      ],
      url,
    );
    expect(text).toBe(
      `Meedi8 · Chores\nSarah replied twice. It is your turn when you are ready.\n${url}`,
    );
  });

  it('tells a join, a break and an agreement together, with the link', () => {
    const text = noticeText(
      'en-GB',
      'Money',
      [
        { kind: 'partner_joined', actorName: 'John' },
        { kind: 'break_requested', actorName: 'John' },
        { kind: 'agreement_reached', actorName: 'John' },
      ],
      url,
    );
    expect(text).toContain('John joined your mediation.');
    expect(text).toContain('John asked for a break.');
    expect(text).toContain('reached an agreement');
    expect(text.endsWith(url)).toBe(true);
  });

  it('says only that the session is paused, never why or by whom', () => {
    const text = noticeText('en-GB', 'Home', [{ kind: 'paused', actorName: '' }], url);
    expect(text).toBe(`Meedi8 · Home\nThe session is paused for now.\n${url}`);
  });
});

describe('noticeTemplate (outside the window)', () => {
  it('picks the template for the most important event', () => {
    expect(
      noticeTemplate('r1', [
        { kind: 'turn', actorName: 'Sam' },
        { kind: 'agreement_reached', actorName: 'Sam' },
      ])?.name,
    ).toBe('agreement_reached');
    expect(noticeTemplate('r1', [{ kind: 'break_requested', actorName: 'Sam' }])?.name).toBe(
      'break_requested',
    );
    expect(noticeTemplate('r1', [{ kind: 'partner_joined', actorName: 'Sam' }])?.name).toBe(
      'turn_notification',
    );
  });

  it('never tells a safety pause in a template', () => {
    expect(noticeTemplate('r1', [{ kind: 'paused', actorName: '' }])).toBeNull();
  });
});

describe('noticeText in the recipient’s language', () => {
  it('tells replies and a break in Portuguese, and counts by Arabic plural rules', () => {
    const notices = [
      { kind: 'turn' as const, actorName: 'Joana' },
      { kind: 'turn' as const, actorName: 'Joana' },
      { kind: 'break_requested' as const, actorName: 'Joana' },
    ];
    const pt = noticeText('pt-BR', 'A casa', notices, url);
    expect(pt).toContain('Joana respondeu duas vezes. É a sua vez');
    expect(pt).toContain('Joana pediu uma pausa.');
    expect(pt.endsWith(url)).toBe(true);
    expect(noticeText('ar', 'البيت', notices, url)).toContain('ردّ Joana مرتين.');
  });
});
