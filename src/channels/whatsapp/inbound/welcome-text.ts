/** The first reply to someone who writes to Meedi8: who it is, what it does, how to stop. */
export function welcomeText(profileName: string | null, publicUrl: string): string {
  const name = profileName?.trim().split(/\s+/)[0];
  return [
    `Hi${name ? ` ${name}` : ''}, this is Meedi8 👋`,
    'Meedi8 is an AI mediator: it helps couples, co-parents, families and housemates talk through a disagreement, each from their own phone, and agree on what happens next. It is not a therapist or a lawyer, and it is not for situations where someone is being hurt or is afraid.',
    `To start a mediation and invite the other person, go to ${publicUrl}. What you write here is private.`,
    'Reply STOP at any time and Meedi8 will not message you again.',
  ].join('\n\n');
}

/** The first reply to someone who is already in a mediation: where to carry on, how to stop. */
export function roomPointerText(
  profileName: string | null,
  roomTitle: string,
  roomUrl: string,
): string {
  const name = profileName?.trim().split(/\s+/)[0];
  return [
    `Hi${name ? ` ${name}` : ''}, this is Meedi8. You are in the mediation “${roomTitle}”.`,
    `Carry on here: ${roomUrl}`,
    'Meedi8 will tell you on WhatsApp when it is your turn. Reply STOP at any time and it will not message you again.',
  ].join('\n\n');
}
