import { describe, expect, it } from 'vitest';
import type { MediatorParticipant, TranscriptEntry } from '../mediator.js';
import { say } from './catalogue-text.js';
import { createOfflineMediator } from './offline-mediator.js';

const JOANA: MediatorParticipant = { id: 'p-joana', name: 'Joana', role: 'owner', locale: 'pt-BR' };
const RAFAEL: MediatorParticipant = {
  id: 'p-rafael',
  name: 'Rafael',
  role: 'invitee',
  locale: 'pt-BR',
};
const SARAH: MediatorParticipant = {
  id: 'p-sarah',
  name: 'Sarah',
  role: 'invitee',
  locale: 'en-GB',
};
const LUCIA: MediatorParticipant = { id: 'p-lucia', name: 'Lucía', role: 'owner', locale: 'es' };
const MARCOS: MediatorParticipant = {
  id: 'p-marcos',
  name: 'Marcos',
  role: 'invitee',
  locale: 'es',
};
const CLAIRE: MediatorParticipant = { id: 'p-claire', name: 'Claire', role: 'owner', locale: 'fr' };
const LEO: MediatorParticipant = { id: 'p-leo', name: 'Léo', role: 'invitee', locale: 'fr' };
const room = { id: 'room-languages', title: 'A semana das crianças', topic: null };
const at = new Date('2026-01-01T10:00:00Z');
const line = (p: MediatorParticipant | null, text: string): TranscriptEntry => ({
  participantId: p?.id ?? null,
  text,
  at,
});
const mediator = createOfflineMediator();

describe('the offline facilitator in the person’s language', () => {
  it('opens a Portuguese room in Portuguese, from the catalogue', async () => {
    const response = await mediator.respond({
      kind: 'opening',
      room,
      participants: [JOANA, RAFAEL],
      transcript: [],
      nextSpeakerId: JOANA.id,
    });
    expect(response.replyLocale).toBe('pt-BR');
    expect(response.reply).toContain(say('pt-BR', 'opening.who'));
    expect(response.reply).toContain('Joana e Rafael');
    expect(response.reply).toContain(`Joana, ${say('pt-BR', 'opening.invite')}`);
    expect(response.replyVersions).toBeUndefined();
  });

  it('reflects a Portuguese person’s own words back in Portuguese and asks the other a question', async () => {
    const text =
      'Estou muito cansada e sozinha. Preciso de mais ajuda com as crianças durante a semana.';
    const response = await mediator.respond({
      kind: 'reply',
      room,
      participants: [JOANA, RAFAEL],
      transcript: [line(null, 'Boas-vindas.'), line(JOANA, text)],
      latest: { participantId: JOANA.id, text },
      nextSpeakerId: RAFAEL.id,
    });
    expect(response.reply).toMatch(/^Joana, parece que você se sente cansada e sozinha\./);
    expect(response.reply).toContain('você precisa de mais ajuda com as crianças durante a semana');
    expect(response.reply).toMatch(/Rafael, [^?]+\?$/);
    expect(response.reply).not.toMatch(/\b(?:the|you|and)\b/);
  });

  it('reflects Spanish too, and never says blame back', async () => {
    const base = {
      kind: 'reply' as const,
      room,
      participants: [LUCIA, MARCOS],
      nextSpeakerId: MARCOS.id,
    };
    const needs = 'Me siento agotada. Necesito que mi pareja me ayude con la casa.';
    const one = await mediator.respond({
      ...base,
      transcript: [line(LUCIA, needs)],
      latest: { participantId: LUCIA.id, text: needs },
    });
    expect(one.reply).toContain('parece que te sientes agotada');
    expect(one.reply).toContain('necesitas que tu pareja te ayude con la casa');
    const blame = 'Tú siempre llegas tarde y eres un egoísta.';
    const two = await mediator.respond({
      ...base,
      transcript: [line(LUCIA, blame)],
      latest: { participantId: LUCIA.id, text: blame },
    });
    expect(two.reply).not.toContain('egoísta');
    expect(two.reply).not.toContain('llegas tarde');
  });

  it('in French it says once, kindly, that it will not reword, and keeps to catalogue texts', async () => {
    const text = 'Je suis épuisée, je fais tout à la maison depuis des mois.';
    const note = say('fr', 'reflect.unavailable', { language: 'français' });
    const first = await mediator.respond({
      kind: 'reply',
      room,
      participants: [CLAIRE, LEO],
      transcript: [line(CLAIRE, text)],
      latest: { participantId: CLAIRE.id, text },
      nextSpeakerId: LEO.id,
    });
    expect(first.reply).toContain(note);
    expect(first.reply).not.toContain('épuisée');
    const again = await mediator.respond({
      kind: 'reply',
      room,
      participants: [CLAIRE, LEO],
      transcript: [
        line(CLAIRE, text),
        line(null, first.reply),
        line(LEO, 'Je vois les choses autrement.'),
      ],
      latest: { participantId: LEO.id, text: 'Je vois les choses autrement.' },
      nextSpeakerId: CLAIRE.id,
    });
    expect(again.reply).not.toContain(note);
    expect(again.reply).toMatch(/^Léo, merci de l’avoir dit\./);
  });

  it('writes a line per language when the two people read different languages', async () => {
    const text = 'Eu posso buscar as crianças na escola às terças e quintas.';
    const response = await mediator.respond({
      kind: 'reply',
      room,
      participants: [JOANA, SARAH],
      transcript: [line(JOANA, text)],
      latest: { participantId: JOANA.id, text },
      nextSpeakerId: SARAH.id,
    });
    expect(response.replyLocale).toBe('pt-BR');
    expect(response.reply).toContain('você ofereceu: “Eu posso buscar as crianças');
    const english = response.replyVersions?.['en-GB'] ?? '';
    expect(english).toMatch(
      /^Joana wrote in Portuguese; their words are shown above as they were written\. /,
    );
    expect(english).toMatch(/Sarah, [^?]+\?$/);
  });

  it('asks a Portuguese intake’s questions from the catalogue and finishes when all three are answered', async () => {
    const asks = async (transcript: TranscriptEntry[], text: string) =>
      mediator.respond({
        kind: 'intake',
        room,
        participants: [JOANA],
        personId: JOANA.id,
        transcript: [...transcript, line(JOANA, text)],
        latest: { text },
        partner: { name: 'Rafael', invited: false },
        role: 'owner',
      });
    const first = await asks([], 'Oi');
    expect(first.reply).toMatch(/^Obrigado, Joana\./);
    expect(first.intake?.readyForJointSession).toBe(false);
    let transcript = [line(JOANA, 'Oi'), line(null, first.reply)];
    const answers = [
      'A gente briga toda semana sobre quem busca as crianças na escola.',
      'Estou muito cansada e frustrada.',
      'Preciso de mais ajuda durante a semana.',
    ];
    let last = first;
    for (const answer of answers) {
      last = await asks(transcript, answer);
      transcript = [...transcript, line(JOANA, answer), line(null, last.reply)];
    }
    expect(last.intake?.readyForJointSession).toBe(true);
    expect(last.reply).toContain(say('pt-BR', 'intake.invite_named', { partner: 'Rafael' }));
  });

  it('drafts a Portuguese agreement with the catalogue’s headings and each offer as written', async () => {
    const response = await mediator.respond({
      kind: 'draft_agreement',
      room,
      participants: [JOANA, RAFAEL],
      transcript: [
        line(JOANA, 'Eu posso buscar as crianças às terças.'),
        line(RAFAEL, 'Combinado. Eu vou pagar a escola até o dia 5.'),
      ],
    });
    expect(response.agreement?.text).toContain('Rascunho de acordo: A semana das crianças');
    expect(response.agreement?.text).toContain('1. Joana: “Eu posso buscar as crianças às terças”');
    expect(response.agreement?.text).toContain('2. Rafael: “Eu vou pagar a escola até o dia 5”');
    expect(response.reply).toContain('Joana e Rafael');

    const again = await mediator.respond({
      kind: 'draft_agreement',
      room,
      participants: [JOANA, RAFAEL],
      transcript: [line(JOANA, 'Eu posso buscar as crianças às terças.')],
      previousDraft: response.agreement!,
      changeRequests: [{ participantId: RAFAEL.id, note: 'Prefiro às quartas.' }],
    });
    expect(again.agreement?.text).toContain('Mudanças pedidas no rascunho anterior');
    expect(again.agreement?.text).toContain('- Rafael: “Prefiro às quartas.”');
  });
});
