import type { CommandWordTable } from './types.js';

/** French. */
export const fr: CommandWordTable = {
  keywords: {
    help: ['aide'],
    status: ['statut', 'état'],
    break: ['pause'],
    resume: ['reprendre', 'continuer'],
    agree: ['accord'],
    yes: ['oui', 'confirmer'],
    no: ['non'],
    leave: ['quitter'],
    switch: ['changer'],
    invite: ['inviter'],
    link: ['lien', 'navigateur'],
    new: ['nouvelle', 'nouveau'],
  },
  phrases: {
    help: ["j'ai besoin d'aide", 'comment ça marche', 'je fais quoi maintenant', 'aidez-moi'],
    status: ["c'est à qui", "c'est mon tour", 'où en est-on', 'on en est où'],
    break: ["j'ai besoin d'une pause", 'faisons une pause', 'une pause', 'on fait une pause'],
    resume: ['je suis de retour', 'on continue', 'on reprend', 'je suis prêt', 'je suis prête'],
    yes: ["d'accord", 'ouais', 'oui merci', 'je confirme', 'bien sûr'],
    no: ['pas encore', 'non merci', 'pas tout à fait'],
    leave: ['je veux partir', 'je veux quitter la médiation', 'quitter la médiation'],
    switch: ['changer de médiation', 'autre médiation'],
  },
  yesTails: ['merci', "s'il vous plaît", "s'il te plaît", "c'est bon", 'parfait', 'je confirme'],
  politeTails: ["s'il vous plaît", "s'il te plaît", 'svp', 'stp', 'merci'],
  optOut: {
    stop: ['arrêt', 'arrête', 'arrêter', 'désabonner', 'désinscrire', 'me désabonner'],
    start: ['commencer', 'reprendre', 'réabonner'],
  },
  screeningAnswers: {
    yes: ['oui', 'parfois', 'souvent', 'oui parfois'],
    no: ['non', 'jamais', 'pas du tout', 'non jamais', "pas d'enfants", 'non pas du tout'],
    unsure: ['pas sûr', 'pas sûre', 'je ne sais pas', 'je sais pas', 'peut-être', 'ça dépend'],
    skip: ['passer', 'suivant', 'je préfère ne pas répondre'],
  },
  typedYes: ['oui', 'ouais', 'confirmer', 'daccord'],
  typedNo: ['non', 'attends', 'pas'],
};
