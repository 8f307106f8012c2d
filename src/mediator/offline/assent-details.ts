/**
 * "6pm?" "ok 6pm at the services on fridays": a yes that names a when the offer lacked adds it,
 * so the signed line says Fridays. Only a detail of a kind the offer has none of is added; one
 * of a kind it has is a counter-offer, read elsewhere.
 */

import { detailPhrase, whenKind } from './detail-phrase.js';
import { type Detail, findDetails } from './details.js';
import type { TrackedProposal } from './tracked-proposal.js';

/** One sentence of an answer, as far as this needs it. */
interface Said {
  text: string;
  assent: boolean;
  proposes: boolean;
}

/** Adds to the one accepted proposal the kinds of detail it lacks that the yes names. */
export function addAssentedDetails(
  target: TrackedProposal[],
  sentences: Said[],
  elsewhere: (detail: Detail) => boolean,
): void {
  const [only] = target;
  if (target.length !== 1 || !only || only.status !== 'accepted') return;
  const has = new Set(findDetails(only.action).map((d) => whenKind(d.kind)));
  const phrases: string[] = [];
  for (const s of sentences.filter((x) => x.assent && !x.proposes)) {
    for (const d of findDetails(s.text)) {
      const kind = whenKind(d.kind);
      if (has.has(kind) || elsewhere(d)) continue;
      has.add(kind);
      phrases.push(detailPhrase(s.text, d));
    }
  }
  if (phrases.length > 0) {
    only.action = `${only.action.replace(/[\s,.;]+$/, '')} ${phrases.join(' ')}`;
  }
}
