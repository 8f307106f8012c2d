/** Every language pack the safety screen reads messages with, besides English. */

import { ARABIC } from './ar.js';
import { GERMAN } from './de.js';
import { SPANISH } from './es.js';
import { FRENCH } from './fr.js';
import { HINDI } from './hi.js';
import { HINDI_LATIN } from './hi-latn.js';
import type { LanguagePack } from './language-pack.js';
import { PORTUGUESE } from './pt.js';

export const LANGUAGE_PACKS: readonly LanguagePack[] = [
  SPANISH,
  PORTUGUESE,
  FRENCH,
  GERMAN,
  HINDI,
  HINDI_LATIN,
  ARABIC,
];
