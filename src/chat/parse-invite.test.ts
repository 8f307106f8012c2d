import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type InviteParse, inviteFromContacts, parseInvite, tidyName } from './parse-invite.js';

const ok = (phoneNumber: string, name: string | null): InviteParse => ({
  kind: 'ok',
  phoneNumber,
  name,
});
const JOHN = '+447700900502';

describe('parseInvite', () => {
  it.each<[string, InviteParse]>([
    ['INVITE +44 7700 900502 John', ok(JOHN, 'John')],
    ['+44 7700 900502 John', ok(JOHN, 'John')],
    ['invite John +447700900502', ok(JOHN, 'John')],
    ['John Smith 07700 900502', ok(JOHN, 'John Smith')],
    ['+44 (0)7700-900502 john', ok(JOHN, 'John')],
    ['my partner is John, his number is +44 7700 900502', ok(JOHN, 'John')],
    ['please invite Maria on +34 612 345 678', ok('+34612345678', 'Maria')],
    ['Maria 0034 612 345 678', ok('+34612345678', 'Maria')],
    ['invite my ex-wife Sarah at 07911 123456', ok('+447911123456', 'Sarah')],
    ['+447700900502', ok(JOHN, null)],
    ['INVITE +44 7700 900502', ok(JOHN, null)],
    ['invite my husband 07700900502', ok(JOHN, null)],
    ['JOHN SMITH +44 7700 900502', ok(JOHN, 'John Smith')],
    ["mary-jane o'brien 07700 900502", ok(JOHN, "Mary-Jane O'Brien")],
    ['Ronan McDonald: +44 7700 900502', ok(JOHN, 'Ronan McDonald')],
    ['Renée +33 6 12 34 56 78', ok('+33612345678', 'Renée')],
    ['invite Priya (+91 98765 43210) please', ok('+919876543210', 'Priya')],
    ['Can you invite Tom? His number is 07700 900502. Thanks!', ok(JOHN, 'Tom')],
    [`${'Bartholomew '.repeat(8)}07700 900502`, ok(JOHN, `${'Bartholomew '.repeat(5)}`.trim())],
  ])('%j', (text, expected) => {
    expect(parseInvite(text, { defaultCountry: 'GB' })).toEqual(expected);
  });

  it('keeps names within 60 characters', () => {
    const result = parseInvite(`${'Bartholomew '.repeat(8)}07700 900502`, { defaultCountry: 'GB' });
    expect(result.kind === 'ok' && (result.name?.length ?? 0) <= 60).toBe(true);
  });

  it.each<[string, string]>([
    ['invite John 020 7946 0018', '020 7946 0018'], // a landline: WhatsApp needs a mobile
    ['John 07700 9005', '07700 9005'],
    ['John +44 1234 567890123', '+44 1234 567890123'],
  ])('calls %j a bad number (%j)', (text, written) => {
    expect(parseInvite(text, { defaultCountry: 'GB' })).toEqual({ kind: 'bad_number', written });
  });

  it('needs a country for a number written without one', () => {
    expect(parseInvite('John 07700 900502', {})).toEqual({
      kind: 'bad_number',
      written: '07700 900502',
    });
  });

  it.each(['INVITE John', 'invite', 'my partner is John', 'we meet at 6', 'I paid £1500 on 3/4'])(
    'finds no number in %j',
    (text) => {
      expect(parseInvite(text, { defaultCountry: 'GB' })).toEqual({ kind: 'none' });
    },
  );
});

describe('inviteFromContacts', () => {
  const example = JSON.parse(
    readFileSync('/work/shared/whatsapp/examples/inbound-contacts.json', 'utf8').replace(
      /^\uFEFF/,
      '',
    ),
  );
  const sharedCard = example.entry[0].changes[0].value.messages[0].contacts;

  it("reads Meta's contact card example", () => {
    expect(inviteFromContacts(sharedCard, {})).toEqual(ok(JOHN, 'John'));
  });

  it.each<[string, unknown, InviteParse]>([
    [
      'prefers wa_id to the written phone',
      [{ name: { first_name: 'Ana' }, phones: [{ phone: '612 345 678', wa_id: '447700900502' }] }],
      ok(JOHN, 'Ana'),
    ],
    [
      'reads phone with the default country when there is no wa_id',
      [{ name: { formatted_name: 'ana lópez' }, phones: [{ phone: '07700 900502' }] }],
      ok(JOHN, 'Ana López'),
    ],
    [
      'skips contacts without a phone',
      [
        { name: { first_name: 'Nobody' } },
        { name: { first_name: 'Sam' }, phones: [{ wa_id: '447700900502' }] },
      ],
      ok(JOHN, 'Sam'),
    ],
    [
      'tries each phone on the card',
      [
        {
          name: { first_name: 'Sam' },
          phones: [{ phone: '020 7946 0018' }, { phone: '+44 7700 900502' }],
        },
      ],
      ok(JOHN, 'Sam'),
    ],
    [
      'has no name when the card has none',
      [{ phones: [{ wa_id: '447700900502' }] }],
      ok(JOHN, null),
    ],
    [
      'calls a landline a bad number',
      [{ name: { first_name: 'Sam' }, phones: [{ phone: '020 7946 0018' }] }],
      { kind: 'bad_number', written: '020 7946 0018' },
    ],
    ['finds nothing in an empty list', [], { kind: 'none' }],
    ['finds nothing in something that is not a list', { phones: [] }, { kind: 'none' }],
    ['finds nothing in null', null, { kind: 'none' }],
    ['ignores a card with junk phones', [{ phones: [null, { phone: 42 }] }], { kind: 'none' }],
  ])('%s', (_label, contacts, expected) => {
    expect(inviteFromContacts(contacts, { defaultCountry: 'GB' })).toEqual(expected);
  });
});

describe('tidyName', () => {
  it.each<[string, string | null]>([
    ['john', 'John'],
    ['JOHN SMITH', 'John Smith'],
    ['Ronan McDonald', 'Ronan McDonald'],
    ['  ', null],
    ['...', null],
  ])('%j → %j', (name, expected) => {
    expect(tidyName(name)).toBe(expected);
  });
});

describe('numbers cut short after INVITE', () => {
  it.each([
    ['0770 John', '0770'],
    ['07700 9 Sam', '07700 9'],
    ['+44 770 Maria', '+44 770'],
  ])('says %j has an incomplete number', (text, written) => {
    expect(parseInvite(text, { defaultCountry: 'GB', explicit: true })).toEqual({
      kind: 'bad_number',
      written,
      incomplete: true,
    });
  });

  it('leaves short numbers in plain words alone', () => {
    expect(parseInvite('we meet at 0930 John', { defaultCountry: 'GB' })).toEqual({ kind: 'none' });
  });
});
