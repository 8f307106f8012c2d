/**
 * Each person is answered in their own language through the emulator: the language they write
 * in (their number's country when a message says too little), with commands in that language
 * and in English.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatPhone, FAST_PAIR_RATE, textOf } from '../helpers/chat-phone.js';
import { createRoom, inviteByWhatsApp, registerPerson } from '../helpers/factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp(FAST_PAIR_RATE.env, { emulator: FAST_PAIR_RATE.emulator });
});
afterAll(async () => {
  await t?.close();
});

const chat = (number: string, name: string) => chatPhone(t.emulator.state, number, name);

async function languageOf(number: string) {
  return t.services.db
    .selectFrom('users')
    .select(['locale', 'locale_source'])
    .where('phone_number', '=', number)
    .executeTakeFirstOrThrow();
}

describe('the chat in each person’s language', () => {
  it('someone writing in Portuguese gets the greeting, the intake’s texts and the commands in Portuguese', async () => {
    const joana = chat('+5511912345678', 'Joana Silva');
    joana.say('Oi, preciso de ajuda');
    const greeting = await joana.expect('O que você gostaria de resolver?');
    expect(textOf(greeting)).toContain('Oi, Joana');
    expect(textOf(greeting)).toContain('STOP');
    expect(await languageOf('+5511912345678')).toEqual({
      locale: 'pt-BR',
      locale_source: 'written',
    });

    joana.say('AJUDA');
    await joana.expect('Veja o que você pode fazer');
    // English commands work for everyone, and answer in the person's language.
    joana.say('STATUS');
    await joana.expect('Conversa inicial privada');

    joana.say('CONVIDAR +55 11 98765 4321 Pedro');
    const confirm = await joana.expect('Vou convidar Pedro');
    expect(JSON.stringify(confirm.payload)).toContain('Enviar convite');
    await joana.tap('Alterar');
    await joana.expect('não enviei nada');
    expect(t.emulator.state.phone('+5511987654321')?.received ?? []).toHaveLength(0);
  });

  it('a Spanish speaker’s HELP and AYUDA both answer in Spanish', async () => {
    const lucia = chat('+34612345670', 'Lucía');
    lucia.say('Hola, necesito ayuda con mi ex');
    await lucia.expect('¿Qué te gustaría resolver?');
    expect((await languageOf('+34612345670')).locale).toBe('es-ES');
    lucia.say('AYUDA');
    await lucia.expect('Esto es lo que puedes hacer');
    lucia.say('HELP');
    await lucia.expect('Esto es lo que puedes hacer');
  });

  it('a short hello from a Brazilian number is answered in Portuguese (the country until they write more)', async () => {
    const rafa = chat('+5521998765432', 'Rafa');
    rafa.say('Oi');
    await rafa.expect('O que você gostaria de resolver?');
    expect(await languageOf('+5521998765432')).toEqual({
      locale: 'pt-BR',
      locale_source: 'country',
    });
  });

  it.each([
    [
      'Arabic',
      '+966501234567',
      'مرحبا، أحتاج مساعدة مع أخي في موضوع البيت',
      'ما الذي تودّ حلّه؟',
      'مساعدة',
      'إليك ما يمكنك فعله',
    ],
    [
      'Hindi',
      '+919876543210',
      'नमस्ते, मुझे अपने भाई के साथ घर के बारे में मदद चाहिए',
      'आप किस बात को सुलझाना चाहेंगे?',
      'मदद',
      'आप यह कर सकते हैं',
    ],
    [
      'German',
      '+4915123456789',
      'Hallo, ich habe Streit mit meinem Bruder wegen des Hauses',
      'Was möchtest du klären?',
      'HILFE',
      'Das kannst du tun',
    ],
    [
      'French',
      '+33612345678',
      'Bonjour, j’ai un conflit avec mon frère au sujet de la maison',
      'Qu’aimeriez-vous régler ?',
      'AIDE',
      'Voici ce que vous pouvez faire',
    ],
  ])(
    'someone writing in %s is greeted and helped in it',
    async (_language, number, first, greeting, help, helpText) => {
      const phone = chat(number, 'Sam');
      phone.say(first);
      await phone.expect(greeting);
      phone.say(help);
      await phone.expect(helpText);
    },
  );

  it('an English speaker is unaffected, and AYUDA works for them too', async () => {
    const sam = chat('+447700900951', 'Sam');
    sam.say('Hi, I need some help with my flatmate');
    const greeting = await sam.expect('What would you like to work through?');
    expect(textOf(greeting)).toContain('not a therapist or a lawyer');
    sam.say('AYUDA');
    await sam.expect('Here is what you can do');
  });

  it('STOP in a person’s own word is confirmed in their language', async () => {
    const ana = chat('+34612345671', 'Ana');
    ana.say('Hola, quiero hablar de algo con mi hermana');
    await ana.expect('¿Qué te gustaría resolver?');
    ana.say('PARAR');
    await ana.expect('No recibirás más mensajes de Meedi8');
    ana.say('EMPEZAR');
    await ana.expect('Bienvenido de nuevo');
  });

  it('someone invited in French is asked in French, even before they write more than “ok”', async () => {
    const sarah = await registerPerson(t.app, 'Sarah');
    const { room } = await createRoom(t.app, sarah, { title: 'Les vacances' });
    const number = '+447700900952';
    const phone = chat(number, 'Léa');
    await inviteByWhatsApp(t.app, sarah, room.id, number, 'Léa');
    // The inviter said which language Léa reads.
    await t.services.db
      .updateTable('invites')
      .set({ recipient_locale: 'fr' })
      .where('room_id', '=', room.id)
      .execute();
    phone.say('ok');
    const welcome = await phone.expect('Souhaitez-vous participer ?');
    expect(JSON.stringify(welcome.payload)).toContain('Oui, je participe');
    expect(await languageOf(number)).toEqual({ locale: 'fr', locale_source: 'invite' });
  });
});
