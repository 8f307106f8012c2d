/** A room shared between the web app and a WhatsApp chat, as several chat tests need it. */
import { chatPhone } from './chat-phone.js';

type Phone = ReturnType<typeof chatPhone>;

import { createRoom, inviteByWhatsApp, registerPerson } from './factories.js';
import { eventually, json, type TestApp } from './test-app.js';

/**
 * Priya (or `ownerName`) starts a room in the web app and invites `number` by WhatsApp; they
 * agree in their chat, answer the short private intake and join. Resolves once the mediator has
 * opened the joint session.
 */
export async function webAndChat(t: TestApp, number: string, name: string, ownerName = 'Priya') {
  const person = chatPhone(t.emulator.state, number, name);
  const priya = await registerPerson(t.app, ownerName);
  const { room } = await createRoom(t.app, priya, { title: 'Bills' });
  await inviteByWhatsApp(t.app, priya, room.id, number, name);
  await eventually(async () => (person.count() > 0 ? true : undefined));
  person.say('hello');
  await person.expect('Would you like to take part?');
  person.say('yes please');
  await person.expect('what matters most');
  person.say('Fairness about the bills.');
  person.say('I pay more than my share every month.');
  await answerScreening(person, 'no');
  await person.expect(`The joint session with ${ownerName} has started`);
  await eventually(async () => {
    const view = json(
      await t.app.inject({ method: 'GET', url: `/api/rooms/${room.id}`, headers: priya.auth }),
    );
    return view.messages.some((m: { kind: string }) => m.kind === 'opening') ? true : undefined;
  });
  return { person, priya, roomId: room.id as string };
}

/**
 * Answers the six private screening questions in a chat: the first by tapping its button, the
 * rest typed (as people do), each once the question has arrived.
 */
export async function answerScreening(phone: Phone, answer: 'no' | 'not sure' | 'yes' | 'skip') {
  const titles = { no: 'No', 'not sure': 'Not sure', yes: 'Yes' } as const;
  for (let i = 1; i <= 6; i++) {
    await phone.expect(`(${i}/6)`);
    if (i === 1 && answer !== 'skip') await phone.tap(titles[answer]);
    else phone.say(answer);
  }
}
