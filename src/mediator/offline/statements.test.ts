import { describe, expect, it } from 'vitest';
import { extractStatements, statesFeelingsOrNeeds } from './statements.js';

describe('extractStatements', () => {
  it('finds a feeling and a need in one sentence, as separate clauses', () => {
    expect(
      extractStatements('I feel ignored when you come home late and I need you to text me.'),
    ).toEqual([
      { kind: 'feeling', text: 'I feel ignored when you come home late' },
      { kind: 'need', text: 'I need you to text me' },
    ]);
  });

  it('stops a clause at "but" so the reflection keeps to one thought', () => {
    expect(extractStatements('It hurts when you forget the kids, but I know work is busy')).toEqual(
      [{ kind: 'feeling', text: 'It hurts when you forget the kids' }],
    );
  });

  it('recognises worries, wants and negated feelings', () => {
    const kinds = extractStatements(
      "I'm worried that Mia hears us arguing. I just want a calm house. I don't feel heard",
    ).map((s) => s.kind);
    expect(kinds).toEqual(['concern', 'want', 'feeling']);
  });

  it('clips a very long statement without punctuation', () => {
    const long = `I feel ${'really tired of carrying the shopping up the stairs every day '.repeat(30)}`;
    const [statement] = extractStatements(long);
    expect(statement?.text.split(' ').length).toBeLessThanOrEqual(17);
    expect(statement?.text.startsWith('I feel really tired')).toBe(true);
  });

  it('finds nothing in a message without feelings or needs', () => {
    expect(statesFeelingsOrNeeds('The bins go out on Mondays.')).toBe(false);
    expect(statesFeelingsOrNeeds('ok')).toBe(false);
  });
});
