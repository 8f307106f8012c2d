/**
 * The mediator's system prompts, kept as versioned Markdown files next to this module so a
 * change to how Meedi8 mediates is a new file (and a new version in the records), not an edit.
 */
import { readFileSync } from 'node:fs';

/** The prompt version new mediations use. */
export const CURRENT_PROMPT_VERSION = 'facilitative-v1';

/** The prompt version private intakes (one person, before the joint session) use. */
export const CURRENT_INTAKE_PROMPT_VERSION = 'intake-v1';

/** A system prompt together with the version it was loaded from. */
export interface SystemPrompt {
  version: string;
  text: string;
}

// Versions are file names; the pattern keeps a misconfigured value from reaching outside this folder.
const VERSION_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads the system prompt for `version` from disk; throws when it is malformed or missing. */
export function loadSystemPrompt(version: string = CURRENT_PROMPT_VERSION): SystemPrompt {
  if (!VERSION_PATTERN.test(version)) {
    throw new Error(`Invalid mediator prompt version "${version}"`);
  }
  let text: string;
  try {
    text = readFileSync(new URL(`./${version}.md`, import.meta.url), 'utf8');
  } catch (error) {
    throw new Error(`Mediator prompt "${version}" could not be read`, { cause: error });
  }
  text = text.trim();
  if (text.length === 0) {
    throw new Error(`Mediator prompt "${version}" is empty`);
  }
  return { version, text };
}
