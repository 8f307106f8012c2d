/** The browser's language as the API takes it (`navigator.language`, a BCP 47 tag), if any. */
export function browserLanguage(): string | undefined {
  return navigator.language?.replace(/[^a-zA-Z0-9_-]/g, '').slice(0, 35) || undefined;
}
