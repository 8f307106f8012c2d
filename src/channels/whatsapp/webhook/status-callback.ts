/**
 * Meedi8's own id on a send, as `biz_opaque_callback_data`: Meta echoes it in the message's
 * status webhooks, so a status still finds its message when the send's answer (with the wamid)
 * was lost to a timeout or a dying process.
 */
const PREFIX = 'meedi8:';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function statusCallbackData(messageId: string): string {
  return `${PREFIX}${messageId}`;
}

/** The stored message's id a status names, or null. */
export function messageIdOfCallback(data: unknown): string | null {
  if (typeof data !== 'string' || !data.startsWith(PREFIX)) return null;
  const id = data.slice(PREFIX.length);
  return UUID.test(id) ? id : null;
}
