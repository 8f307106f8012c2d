/**
 * What is wrong with the catalogues, as lines a person can act on: a key missing from a language
 * or not in the source, a text that is not valid ICU, a placeholder that differs from the source's.
 * The catalogue test (run by CI) fails on any line.
 */
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { namespacesOnDisk, readCatalogue } from './catalogues.js';
import { LOCALES, OVERLAY_LOCALES, SOURCE_LOCALE } from './locales.js';

/** The names a text's placeholders and tags use, e.g. {name}, {count, plural…}, <b>…</b>. */
export function placeholders(text: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
      names.add(element.value);
      if (element.type === TYPE.tag) walk(element.children);
      if (element.type === TYPE.select || element.type === TYPE.plural) {
        for (const option of Object.values(element.options)) walk(option.value);
      }
    }
  };
  walk(parse(text));
  return [...names].sort();
}

function parsed(text: string): string[] | Error {
  try {
    return placeholders(text);
  } catch (err) {
    return err as Error;
  }
}

export function catalogueProblems(): string[] {
  const problems: string[] = [];
  for (const namespace of namespacesOnDisk()) {
    const source = readCatalogue(namespace, SOURCE_LOCALE);
    if (Object.keys(source).length === 0) problems.push(`${namespace}: no ${SOURCE_LOCALE} texts`);
    for (const locale of LOCALES) {
      const texts = readCatalogue(namespace, locale);
      const where = `${namespace}/${locale}.json`;
      if (!OVERLAY_LOCALES.has(locale)) {
        for (const key of Object.keys(source)) {
          if (!(key in texts)) problems.push(`${where}: missing "${key}"`);
        }
      }
      for (const [key, text] of Object.entries(texts)) {
        if (!(key in source)) {
          problems.push(`${where}: "${key}" is not in ${SOURCE_LOCALE}`);
          continue;
        }
        const own = parsed(text);
        const expected = parsed(source[key] as string);
        if (own instanceof Error) {
          problems.push(`${where}: "${key}" is not valid ICU (${own.message})`);
        } else if (!(expected instanceof Error) && own.join() !== expected.join()) {
          problems.push(
            `${where}: "${key}" uses {${own.join(', ')}}, the source uses {${expected.join(', ')}}`,
          );
        }
      }
    }
  }
  return problems;
}
