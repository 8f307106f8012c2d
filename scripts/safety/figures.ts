/** The safety screen's figures on one corpus part: recall per category, false alarms per kind. */
import { SAFETY_CATEGORIES } from '../../src/mediator/mediator.js';
import { screenMessage } from '../../src/safety/screen-message.js';
import type { CorpusMessage } from './corpus.js';

/** The figures of one part: recall per category, false alarms per no-flag kind, overall both. */
export interface PartFigures {
  messages: number;
  recall: Record<string, number>;
  /** Of the disclosures caught, the share flagged with their own category among the flags. */
  categoryMatch: number;
  falseAlarms: Record<string, number>;
  counts: Record<string, number>;
  msPerMessage: number;
  /** The slowest 1% of messages take at least this long (ms). */
  msP99: number;
}

function rate(hits: number, total: number): number {
  return total === 0 ? 0 : Math.round((hits / total) * 1000) / 1000;
}

export function evaluate(messages: CorpusMessage[]): PartFigures {
  const started = performance.now();
  const times: number[] = [];
  const results = messages.map((message) => {
    const start = performance.now();
    const flags = screenMessage(message.text);
    times.push(performance.now() - start);
    return { message, flags };
  });
  const msPerMessage = (performance.now() - started) / messages.length;
  times.sort((a, b) => a - b);
  const msP99 = times[Math.min(times.length - 1, Math.floor(times.length * 0.99))] ?? 0;
  const recall: Record<string, number> = {};
  const falseAlarms: Record<string, number> = {};
  const counts: Record<string, number> = {};
  const disclosures = results.filter((r) => r.message.label !== 'none');
  const caught = disclosures.filter((r) => r.flags.length > 0);
  for (const category of SAFETY_CATEGORIES) {
    const these = disclosures.filter((r) => r.message.label === category);
    counts[category] = these.length;
    recall[category] = rate(these.filter((r) => r.flags.length > 0).length, these.length);
  }
  recall.all = rate(caught.length, disclosures.length);
  counts.disclosures = disclosures.length;
  const safe = results.filter((r) => r.message.label === 'none');
  const kinds = [...new Set(safe.map((r) => r.message.kind ?? 'other'))].sort();
  for (const kind of kinds) {
    const these = safe.filter((r) => (r.message.kind ?? 'other') === kind);
    counts[`none:${kind}`] = these.length;
    falseAlarms[kind] = rate(these.filter((r) => r.flags.length > 0).length, these.length);
  }
  falseAlarms.all = rate(safe.filter((r) => r.flags.length > 0).length, safe.length);
  counts.none = safe.length;
  const matched = caught.filter((r) => r.flags.some((f) => f.category === r.message.label));
  return {
    messages: messages.length,
    recall,
    categoryMatch: rate(matched.length, caught.length),
    falseAlarms,
    counts,
    msPerMessage: Math.round(msPerMessage * 1000) / 1000,
    msP99: Math.round(msP99 * 1000) / 1000,
  };
}

export function table(columns: Array<[string, PartFigures]>): string {
  const lines = [
    `| | ${columns.map(([name]) => name).join(' | ')} |`,
    `|---|${columns.map(() => '---|').join('')}`,
  ];
  const cell = (figures: PartFigures, value: number | undefined, key: string) =>
    value === undefined
      ? '–'
      : `${value.toFixed(2)} (${figures.counts[key] ?? figures.counts.none})`;
  const row = (label: string, value: (figures: PartFigures) => string) =>
    lines.push(`| ${label} | ${columns.map(([, figures]) => value(figures)).join(' | ')} |`);
  for (const key of [...SAFETY_CATEGORIES, 'all']) {
    const countKey = key === 'all' ? 'disclosures' : key;
    row(`recall: ${key}`, (figures) => cell(figures, figures.recall[key] ?? 0, countKey));
  }
  row('caught with their own category', (figures) => figures.categoryMatch.toFixed(2));
  const kinds = [...new Set(columns.flatMap(([, figures]) => Object.keys(figures.falseAlarms)))]
    .filter((kind) => kind !== 'all')
    .sort();
  for (const key of [...kinds, 'all']) {
    const countKey = key === 'all' ? 'none' : `none:${key}`;
    row(`false alarms: ${key}`, (figures) => cell(figures, figures.falseAlarms[key], countKey));
  }
  row('ms per message', (figures) => String(figures.msPerMessage));
  row('ms per message, 99th percentile', (figures) => String(figures.msP99));
  return lines.join('\n');
}
