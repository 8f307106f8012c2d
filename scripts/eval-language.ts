/**
 * `npm run eval:language`: scores the detection of the language a person writes in
 * (src/i18n/detect-language.ts) on eval/language/held-out.jsonl, frozen before it was first scored.
 * Per language: how many were recognised, how many were read as another language (the costly
 * mistake: the person would be answered in a language they did not write), and how many of the
 * texts that should say nothing (a word, a name, romanised Hindi) said something.
 */
import { readFileSync } from 'node:fs';
import { detectWrittenLanguage } from '../src/i18n/detect-language.js';

interface Example {
  id: string;
  text: string;
  language: string | null;
}

const file = new URL('../eval/language/held-out.jsonl', import.meta.url);
const examples: Example[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as Example);

const rows = new Map<string, { total: number; right: number; wrong: number; silent: number }>();
for (const example of examples) {
  const found = await detectWrittenLanguage(example.text);
  const key = example.language ?? 'says nothing';
  const row = rows.get(key) ?? { total: 0, right: 0, wrong: 0, silent: 0 };
  row.total += 1;
  if (found === example.language) row.right += 1;
  else if (found === null) row.silent += 1;
  else row.wrong += 1;
  rows.set(key, row);
}

console.log('| written in | messages | recognised | read as another language | no answer |');
console.log('| --- | --- | --- | --- | --- |');
for (const [language, row] of rows) {
  const share = (n: number) => `${n} (${((100 * n) / row.total).toFixed(0)}%)`;
  console.log(
    `| ${language} | ${row.total} | ${share(row.right)} | ${share(row.wrong)} | ${share(row.silent)} |`,
  );
}
