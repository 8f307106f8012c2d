/**
 * Word vectors for the safety classifier (src/safety/trained/word-vectors.bin; source, licence and
 * how to regenerate in src/safety/trained/README.md): words used alike have vectors pointing alike,
 * so "walloped" lands near "punched" although the development part never says "walloped".
 *
 * File layout (little-endian): "MWV1", word count, count of the frequency-ranked words that come
 * first, dimensions (uint32 each), the scale of one step (float32), the byte length of the words,
 * the words (UTF-8, one per line), then each word's vector as signed bytes, in word order.
 */
import { readFileSync } from 'node:fs';

const MAGIC = 'MWV1';
const HEADER_BYTES = 24;

/** What the extraction writes: unit vectors in word order, most frequent words first. */
export interface WordVectorSource {
  words: string[];
  frequentCount: number;
  dimensions: number;
  /** The largest absolute component over every vector: it maps to byte 127. */
  largest: number;
  unit: number[][];
}

/** Encodes word vectors as the committed file's bytes. */
export function encodeWordVectors(source: WordVectorSource): Buffer {
  const words = Buffer.from(source.words.join('\n'), 'utf8');
  const header = Buffer.alloc(HEADER_BYTES);
  header.write(MAGIC, 0, 'ascii');
  header.writeUInt32LE(source.words.length, 4);
  header.writeUInt32LE(source.frequentCount, 8);
  header.writeUInt32LE(source.dimensions, 12);
  header.writeFloatLE(source.largest / 127, 16);
  header.writeUInt32LE(words.length, 20);
  const data = Buffer.alloc(source.words.length * source.dimensions);
  source.unit.forEach((vector, row) => {
    vector.forEach((value, column) => {
      data.writeInt8(Math.round((value / source.largest) * 127), row * source.dimensions + column);
    });
  });
  return Buffer.concat([header, words, data]);
}

/** Word vectors read from the committed file. */
export interface WordVectors {
  dimensions: number;
  /** The word's row, or undefined when it has no vector. */
  row(word: string): number | undefined;
  /** Adds `weight` times the word's (unit) vector at `row` into `into`. */
  addInto(into: Float32Array, row: number, weight: number): void;
  /** The word's component `column`, for max-pooling. */
  component(row: number, column: number): number;
  /** How much a word says: frequent words ("the", "and") little, rare ones fully. */
  weight(row: number): number;
}

/** Decodes the committed file's bytes. */
export function decodeWordVectors(bytes: Buffer): WordVectors {
  if (bytes.toString('ascii', 0, 4) !== MAGIC) throw new Error('not a word-vector file');
  const count = bytes.readUInt32LE(4);
  const frequentCount = bytes.readUInt32LE(8);
  const dimensions = bytes.readUInt32LE(12);
  const scale = bytes.readFloatLE(16);
  const wordBytes = bytes.readUInt32LE(20);
  const words = bytes.toString('utf8', HEADER_BYTES, HEADER_BYTES + wordBytes).split('\n');
  if (words.length !== count) throw new Error('word-vector file: word count does not match');
  const start = HEADER_BYTES + wordBytes;
  const data = new Int8Array(bytes.buffer, bytes.byteOffset + start, count * dimensions);
  const rows = new Map<string, number>();
  words.forEach((word, row) => {
    rows.set(word, row);
  });
  const logTop = Math.log(frequentCount + 2);
  return {
    dimensions,
    row: (word) => rows.get(word),
    addInto(into, row, weight) {
      const offset = row * dimensions;
      const factor = weight * scale;
      for (let column = 0; column < dimensions; column += 1) {
        into[column] = (into[column] ?? 0) + (data[offset + column] ?? 0) * factor;
      }
    },
    component: (row, column) => (data[row * dimensions + column] ?? 0) * scale,
    // A word's frequency rank stands in for how common it is (words past the frequent ones are rare).
    weight: (row) => (row >= frequentCount ? 1 : Math.log(row + 2) / logTop),
  };
}

let loaded: WordVectors | undefined;

/** The committed word vectors, read once (the file travels with the build). */
export function loadWordVectors(): WordVectors {
  loaded ??= decodeWordVectors(
    readFileSync(new URL('./trained/word-vectors.bin', import.meta.url)),
  );
  return loaded;
}
