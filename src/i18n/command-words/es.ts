import type { CommandWordTable } from './types.js';

/** Spanish. */
export const es: CommandWordTable = {
  keywords: {
    help: ['ayuda', 'menú'],
    status: ['estado'],
    break: ['pausa', 'descanso'],
    resume: ['continuar', 'reanudar', 'seguir'],
    agree: ['acuerdo'],
    yes: ['sí', 'confirmo', 'confirmar'],
    no: ['no'],
    leave: ['abandonar'],
    switch: ['cambiar'],
    invite: ['invitar'],
    link: ['enlace', 'navegador'],
    new: ['nueva', 'nuevo'],
  },
  phrases: {
    help: ['necesito ayuda', 'qué hago ahora', 'qué hago', 'cómo funciona', 'ayúdame'],
    status: ['de quién es el turno', 'es mi turno', 'cómo vamos', 'en qué estamos'],
    break: ['necesito un descanso', 'necesito una pausa', 'hagamos una pausa', 'un descanso'],
    resume: ['sigamos', 'estoy listo', 'estoy lista', 'ya volví', 'podemos seguir'],
    yes: ['claro', 'vale', 'de acuerdo', 'claro que sí', 'sí por favor', 'sí confirmo'],
    no: ['todavía no', 'aún no', 'no gracias'],
    leave: ['quiero salir', 'quiero dejar la mediación', 'salir de la mediación'],
    switch: ['cambiar de mediación', 'otra mediación'],
  },
  yesTails: ['por favor', 'gracias', 'está bien', 'perfecto', 'de acuerdo', 'confirmo'],
  politeTails: ['por favor', 'gracias'],
  optOut: {
    stop: ['baja', 'parar', 'para', 'detener', 'cancelar', 'darme de baja'],
    start: ['alta', 'empezar', 'comenzar', 'iniciar'],
  },
  screeningAnswers: {
    yes: ['sí', 'a veces', 'a menudo', 'sí a veces', 'muchas veces'],
    no: ['no', 'nunca', 'para nada', 'no nunca', 'en absoluto', 'no hay niños', 'no tenemos hijos', 'no aplica'],
    unsure: ['no estoy seguro', 'no estoy segura', 'no sé', 'quizás', 'quizá', 'tal vez', 'depende'],
    skip: ['saltar', 'omitir', 'prefiero no decirlo', 'siguiente'],
  },
  typedYes: ['sí', 'si', 'claro', 'vale', 'confirmo'],
  typedNo: ['no', 'todavía', 'espera'],
};
