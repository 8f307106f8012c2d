/** The secret of a password reset link, from the page address's fragment (`#token=…`). */

const TOKEN = /^[A-Za-z0-9_-]{20,200}$/;

/** The token in a `#token=…` fragment, or null when there is none that could be one. */
export function resetTokenFrom(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && TOKEN.test(token) ? token : null;
}
