import { describe, expect, it } from 'vitest';
import { screenMessage } from '../screen-message.js';
import type { SafetyCategory } from '../screen-types.js';
import { languageFlags } from './language-screen.js';

const categories = (text: string) => screenMessage(text).map((flag) => flag.category);

describe('the safety screen in the other shipped languages', () => {
  it.each<[string, SafetyCategory]>([
    ['anoche me golpeo contra la mesa', 'violence'],
    ['Me pegó otra vez', 'violence'],
    ['dice que me va a matar si hablo con un abogado', 'threats'],
    ['meu marido me forçou a transar ontem', 'sexual_coercion'],
    ['il lit mes messages et vérifie mon portable', 'coercive_control'],
    ['ich möchte sterben', 'self_harm'],
    ['उसने मुझे धक्का दिया', 'violence'],
    ['ما يخليني أشوف أهلي', 'coercive_control'],
    ['يتحكم في كل فلوسي', 'financial_control'],
  ])('flags "%s" as %s', (text, category) => {
    expect(categories(text)).toContain(category);
  });

  it.each([
    'jamas me ha golpeado, solo no nos ponemos de acuerdo',
    'jajaja te mato si no me traes cafe',
    'en la serie de anoche el marido la empujaba',
    'ela nunca me agrediu',
    'il me frappe pas, on se dispute juste',
    'er schlägt mich nicht, wir streiten nur',
    'उसने मुझे धक्का नहीं दिया',
    'ما دفعني أبدا',
    'mi vecino dice que su mujer le controla el sueldo',
  ])('does not flag "%s"', (text) => {
    expect(languageFlags(text)).toEqual([]);
  });

  it('stands down on English, where another language would misread a word', () => {
    expect(
      languageFlags('she let me use the bathroom before we talked about the schedule'),
    ).toEqual([]);
  });
});
