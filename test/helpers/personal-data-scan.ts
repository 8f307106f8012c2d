/**
 * Looks for pieces of personal data anywhere in the database: every text, character, json and
 * jsonb column (and arrays of them) of every table in every schema, found from
 * information_schema, so a column added later is searched without anyone listing it.
 */
import { sql } from 'kysely';
import type { Db } from '../../src/storage/database.js';

/** One column that holds at least one of the pieces looked for. */
export interface ColumnHit {
  /** `schema.table.column` */
  column: string;
  /** The pieces found in it. */
  found: string[];
}

const TEXT_TYPES = ['text', 'character varying', 'character', 'json', 'jsonb'];
const ARRAY_TYPES = ['_text', '_varchar', '_bpchar', '_json', '_jsonb'];

/** Every searchable column, as `schema.table.column`. */
export async function searchableColumns(db: Db): Promise<string[]> {
  const { rows } = await sql<{ table_schema: string; table_name: string; column_name: string }>`
    select c.table_schema, c.table_name, c.column_name
    from information_schema.columns c
    join information_schema.tables t
      on t.table_schema = c.table_schema and t.table_name = c.table_name
    where t.table_type = 'BASE TABLE'
      and c.table_schema not in ('pg_catalog', 'information_schema')
      and (c.data_type = any(${TEXT_TYPES}) or c.udt_name = any(${ARRAY_TYPES}))
    order by 1, 2, 3
  `.execute(db);
  return rows.map((r) => `${r.table_schema}.${r.table_name}.${r.column_name}`);
}

/** The columns holding any of `pieces` (case-insensitive, anywhere in the value's text). */
export async function scanForPersonalData(db: Db, pieces: string[]): Promise<ColumnHit[]> {
  const needles = [...new Set(pieces.filter((p) => p.length > 0).map((p) => p.toLowerCase()))];
  const hits: ColumnHit[] = [];
  for (const column of await searchableColumns(db)) {
    const [schema, table, name] = column.split('.') as [string, string, string];
    const { rows } = await sql<{ needle: string }>`
      select n.needle from unnest(${needles}::text[]) as n(needle)
      where exists (
        select 1 from ${sql.table(`${schema}.${table}`)}
        where strpos(lower(${sql.ref(name)}::text), n.needle) > 0
      )
    `.execute(db);
    if (rows.length > 0) hits.push({ column, found: rows.map((r) => r.needle) });
  }
  return hits;
}
