/** Reading an operations endpoint's JSON as table rows, whatever its exact shape. */

export type JsonRow = Record<string, unknown>;

/** The rows of an answer: a top-level list, the list under `key` (or any list), or one object. */
export function asRows(data: unknown, key: string): JsonRow[] {
  if (Array.isArray(data)) return data.map(toRow);
  if (data && typeof data === 'object') {
    const record = data as Record<string, unknown>;
    const list = Array.isArray(record[key])
      ? record[key]
      : Object.values(record).find((value) => Array.isArray(value));
    if (Array.isArray(list)) return list.map(toRow);
    return [record];
  }
  return data === null || data === undefined ? [] : [{ value: data }];
}

function toRow(item: unknown): JsonRow {
  return item && typeof item === 'object' && !Array.isArray(item)
    ? (item as JsonRow)
    : { value: item };
}

/** A cell's value as text (objects as compact JSON, nothing as an em dash). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value) && value.every((item) => typeof item === 'string'))
    return value.length === 0 ? '—' : value.join('; ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
