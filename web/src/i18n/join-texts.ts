/**
 * The texts the join screen can show, so a person opening an invite downloads only these (the
 * build cuts each catalogue to them, see vite.config.ts). A key here is a prefix ("join.") or a
 * whole key. Anything else the page meets (a rarer error code) shows the server's own words.
 */
export const JOIN_TEXTS: readonly string[] = [
  'join.',
  'closed.',
  'quickExit.',
  'language.label',
  'field.yourName',
  'check.nameMissing',
  'check.tooLong',
  'error.generic',
  'error.network_error',
  'error.http_',
  'error.invite_',
  'error.room_full',
  'error.already_participant',
  'error.room_resolved',
  'error.internal_error',
  'error.service_unavailable',
];

/** Whether the join screen's part of a catalogue carries `key`. */
export function isJoinText(key: string): boolean {
  return JOIN_TEXTS.some((text) =>
    text.endsWith('.') || text.endsWith('_') ? key.startsWith(text) : key === text,
  );
}
