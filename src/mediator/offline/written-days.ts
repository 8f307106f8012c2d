/**
 * Days written out in a signed line the way an agreement spells them: "every tues" becomes
 * "every Tuesday", "mon wed fri" becomes "Monday, Wednesday and Friday", "sundays" becomes
 * "Sundays". Only what the detail reader takes for a day is touched.
 */

import { findDetails } from './details.js';
import { joinNames } from './text.js';

const FULL: Record<string, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

/** One day word in full, keeping a plural ("weds" is one Wednesday, "tuesdays" many). */
function fullDay(word: string): string {
  const lower = word.toLowerCase();
  const key = lower.slice(0, 3);
  const full = FULL[key];
  if (!full) return word;
  if (/days$/.test(lower)) return `${full}s`;
  if (/day$/.test(lower) || /^(?:mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)$/.test(lower))
    return full;
  return word;
}

/** The text with every day written in full and a run of bare days joined as a list. */
export function writtenDays(text: string): string {
  const days = findDetails(text).filter((d) => d.kind === 'day');
  let out = text;
  for (const d of [...days].reverse()) {
    const written = d.text.replace(
      /\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\b(?:mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)\b/giu,
      (w) => fullDay(w),
    );
    out = out.slice(0, d.index) + written + out.slice(d.index + d.text.length);
  }
  // "Monday Wednesday Friday" -> "Monday, Wednesday and Friday".
  return out.replace(
    /\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days? ){1,5}(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\b/gu,
    (run, at: number, whole: string) => {
      const before = /\b(?:on|every|each|from|till|until|by|and|or)\s+$/i.test(whole.slice(0, at));
      return `${before ? '' : 'on '}${joinNames(run.split(' '))}`;
    },
  );
}
