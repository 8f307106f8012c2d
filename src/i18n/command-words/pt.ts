import type { CommandWordTable } from './types.js';

/** Portuguese (Brazil and Portugal). */
export const pt: CommandWordTable = {
  keywords: {
    help: ['ajuda'],
    status: ['situação'],
    break: ['pausa', 'intervalo'],
    resume: ['continuar', 'retomar'],
    agree: ['acordo'],
    yes: ['sim', 'confirmo', 'confirmar'],
    no: ['não'],
    leave: ['abandonar'],
    switch: ['trocar', 'mudar'],
    invite: ['convidar'],
    link: ['link', 'navegador'],
    new: ['nova', 'novo'],
  },
  phrases: {
    help: [
      'preciso de ajuda',
      'o que eu faço agora',
      'o que faço agora',
      'como funciona isso',
      'me ajuda',
    ],
    status: ['de quem é a vez', 'é minha vez', 'como estamos'],
    break: ['preciso de uma pausa', 'preciso de um tempo', 'vamos fazer uma pausa', 'uma pausa'],
    resume: ['voltei', 'vamos continuar', 'estou pronto', 'estou pronta', 'podemos continuar'],
    yes: ['claro', 'pode ser', 'de acordo', 'sim por favor', 'com certeza'],
    no: ['ainda não', 'não obrigado', 'não obrigada'],
    leave: ['quero sair', 'quero sair da mediação', 'sair da mediação'],
    switch: ['trocar de mediação', 'outra mediação'],
  },
  yesTails: ['por favor', 'obrigado', 'obrigada', 'está certo', 'perfeito', 'confirmo'],
  politeTails: ['por favor', 'obrigado', 'obrigada'],
  optOut: {
    stop: ['parar', 'pare', 'sair', 'cancelar', 'cancelar inscrição', 'descadastrar'],
    start: ['começar', 'iniciar', 'voltar a receber'],
  },
  screeningAnswers: {
    yes: ['sim', 'às vezes', 'muitas vezes', 'sim às vezes', 'sempre'],
    no: [
      'não',
      'nunca',
      'de jeito nenhum',
      'não nunca',
      'não tenho filhos',
      'não há crianças',
      'não se aplica',
    ],
    unsure: ['não tenho certeza', 'não sei', 'talvez', 'depende', 'não sei dizer'],
    skip: ['pular', 'passar', 'prefiro não dizer', 'próxima'],
  },
  typedYes: ['sim', 'claro', 'confirmo', 'beleza'],
  typedNo: ['não', 'nao', 'espera'],
};
