import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Recorded in eval/safety/FROZEN.md when each held-out part was frozen (held-out: commit 39ed803;
// held-out-2: the first commit on branch safety-two that contains it; probe-3 and probe-4: blind
// probes frozen on branch safety-model, each before the one change it measures; probe-5: frozen on
// branch safety-data before the development batch it measures).
const FROZEN_SHA256: Record<string, string> = {
  'held-out': 'e798060a5a3977f1f35fcf8c3820a9318133001602f86a440abe200198f7df80',
  'held-out-2': 'de1bac9f41cf93cd053aad4c2c6b94cf53e0641e13a74e484921759a10f6bc6e',
  'probe-3': 'd7ba4d98341a708b405856cb0ef6bc7306977ed609f57d36cbd415da30936cd1',
  'probe-4': 'd81ddc65a9a452e0d8468c74da1c6b05df0243e31423ea084b539511da58a9c6',
  'probe-5': 'a5bec24f4db468fa179ea7226679a2ee03b2a383a3c72dc2f9d975af569c8f79',
  // probe-6: frozen on branch safety-six before the word-vector features it measures.
  'probe-6': 'a2916689d4262a8ac4080dd5fe781bd7197e1f0d452be80bed5105aa9ae63b30',
  // probe-7: frozen on branch safety-encoder before the sentence-encoder experiment it measures.
  'probe-7': '75e3cc995c86790e082195d4a710ce4f106affb39a3c62ed23273e37e1019645',
  // probe-8: written blind by a separate session, frozen before the development batches c and i
  // it measures (eval/safety/FROZEN.md).
  'probe-8': 'ee6b0338ebf1efc1da3a04622eca6d589d9b962956e7a0e5aa1856b651c5135c',
  // probe-9: talk of harm long over, jokes, and current risk said lightly or beside the past;
  // written blind, frozen before the change to the reading of a resolved past it measures.
  'probe-9': 'a958fabcb7010fc8e0dd31abe267171a7c4aed3e318df2acdc23ef6a4627841b',
  // probe-10: jokes and figures of speech in words of harm, and current risk said with a laugh;
  // written blind, frozen before the change to how a laugh is read that it measures.
  'probe-10': 'c99a78203c208685033dbc95a9d78e517a1075618315c2a87e25b063d72c415f',
  // Hand-over talk between co-parents: false alarms only, written before the change it measures.
  'probe-arrangements': '466b70456a07fe045cd6d133118da9b14f7693cd1410974e167b1c174bd4d76e',
  // The other shipped languages' held-out parts, frozen in commit 57fceee before any indicator
  // for them was written.
  'es/held-out': '9d3b0660316c5430725f18f3e3512aae506c237640ec913d8bf30a6511a97598',
  'pt-BR/held-out': '2b4d4259fd0720389a7563cdeb1eaf4eb180c4e510e8803ac1e86effce1cf88b',
  'fr/held-out': '36ae61fc43de4db8cddce3bf4752530f817b220c3bd74855549b323a2603dee8',
  'de/held-out': '8c851a20431527a22aa1fd5df92becaa91a6b1156d40e0e1e1b59b9caccc6907',
  'hi/held-out': 'd802d62162a095edffa47729925fce3cc5e49ba64cf5d3ce8ee94a0b5f364a88',
  'ar/held-out': '101947752f1d621f493757cad213ef70fdb257529ede1419e642d48bca5e5110',
  // Blind probes per language, frozen after the first held-out reading, before any change they measure.
  'es/probe': '89b73559122b85287b711c5a26486675dbf0428acf1f4c364d3c3bad4c27e7da',
  'pt-BR/probe': '862f2d4bc29b7a86a0b701187fa89b1f659fc0bc06c80af02bcde9fe2153c47b',
  'fr/probe': '489cf5ed2bca29e4ecce684e27bec26d483460a3078bff88ab4823e8a20cf988',
  'de/probe': '34655b188eeeeed250136877ab26426b86f3ac527e4dee8c74930f59a0c13031',
  'hi/probe': 'dee48e7adcb7033b42919b40da7c49c14ce169d818614b5971224c7f088193cc',
  'ar/probe': 'e451cd1dd4c05e43bc1a02c8e48e57458a260d749a76513f4244c1f52b46d4b0',
  // A second blind probe per language, frozen before the batch-c development work it measures.
  'es/probe-2': 'bc9da72a49ff126e9acc304c7da66640f5e1c03a69a23f6441b7fc6935cb3a45',
  'pt-BR/probe-2': '4aad5cee896b0bce9c253d57d2fb872ea341cfe31c46f4367c31852345bdf74a',
  'fr/probe-2': 'ac05cf8785c7b7b3ad41c0403d44e7785889a4fcfb30ee329f85d3e8a1e4fadf',
  'de/probe-2': '473fee01733178dc4e42d4749182252253b187b94d6183c48ba47014ad85d38e',
  'hi/probe-2': '4abb4bb711a02d019784b2e57528ad45dfec8608104516c019a0770a218fa3e9',
  'ar/probe-2': '9a0e7a33c8280c25d29937ba7ce2d33e5680102d8bc6ff62e3492d07459235d5',
};

// The development part each frozen part must not share a message with.
const devOf = (part: string) => (part.includes('/') ? `${part.split('/')[0]}/dev` : 'dev');

const texts = (part: string) =>
  readFileSync(new URL(`../../eval/safety/${part}.jsonl`, import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { text: string }).text.trim().toLowerCase());

describe('frozen safety corpus parts', () => {
  for (const [part, sha256] of Object.entries(FROZEN_SHA256)) {
    it(`${part} is unchanged since it was frozen`, () => {
      const file = readFileSync(new URL(`../../eval/safety/${part}.jsonl`, import.meta.url));
      expect(createHash('sha256').update(file).digest('hex')).toBe(sha256);
    });

    it(`${part} shares no message with the development part`, () => {
      const dev = new Set(texts(devOf(part)));
      expect(texts(part).filter((text) => dev.has(text))).toEqual([]);
    });
  }

  it('the two held-out parts share no message', () => {
    const first = new Set(texts('held-out'));
    expect(texts('held-out-2').filter((text) => first.has(text))).toEqual([]);
  });
});
