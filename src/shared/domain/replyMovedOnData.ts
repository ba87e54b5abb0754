/**
 * Sentences that say a person has left their organisation, in en, de, fr, es, it, nl, pt (folded
 * lower case, regular-expression source). `self`: the writer left ("I am no longer with…");
 * `other`: someone else left ("Jane is no longer with…"); `mailbox`: the address itself is dead
 * ("this mailbox is no longer monitored"). Plain data; replyMovedOn applies it.
 */
import type { Language } from './replyAutoData';

export type MovedOnWho = 'self' | 'other' | 'mailbox';

const COMPANY_EN =
  '(?:the |our |this )?(?:company|organi[sz]ation|firm|business|agency|practice|group|team|university)';

export const MOVED_ON_PHRASES: Readonly<Record<Language, Readonly<Record<MovedOnWho, readonly string[]>>>> = {
  en: {
    self: [
      "(?:i am|i'm) no longer (?:with|employed (?:by|at|with)|working (?:at|for|with)|part of|at (?!(?:the |my )?(?:office|desk|work)\\b))",
      'i no longer work (?:at|for|with|here)',
      `i (?:have|'ve) (?:left|moved on from) ${COMPANY_EN}`,
      'my (?:last|final) (?:day|working day) (?:at|with) .{1,60}? was',
      "i (?:have|'ve) retired",
    ],
    other: [
      '(?:is|are) no longer (?:with|employed (?:by|at|with)|working (?:at|for|with)|part of|a member of|at (?!(?:the |her |his |their )?(?:office|desk|work)\\b))',
      '(?<!\\bi )no longer works? (?:at|for|with|here)',
      `(?:has|have) (?:left|departed|moved on from) ${COMPANY_EN}`,
      '(?:has|have) left \\S+ (?:effective|as of)',
      '(?:has|have) retired',
      'is no longer an? (?:employee|member of staff)',
    ],
    mailbox: [
      '(?:this|the) (?:e-?mail )?(?:mailbox|address|account|inbox) is no longer (?:monitored|active|in use|being (?:monitored|read|checked)|checked|read)',
      "(?:this|the) (?:e-?mail )?(?:mailbox|address|account) (?:will not|won't) be (?:monitored|read)",
    ],
  },
  de: {
    self: [
      'ich bin nicht mehr (?:bei|für|im unternehmen|in der firma|tätig|beschäftigt)',
      'ich habe (?:das unternehmen|die firma|unser unternehmen|unsere firma) verlassen',
      'ich bin (?:aus dem unternehmen|aus der firma) ausgeschieden',
    ],
    other: [
      '(?:ist|sind) nicht mehr (?:bei|für|im unternehmen|in unserem unternehmen|in der firma|tätig|beschäftigt|mitarbeiter)',
      '(?:hat|haben) (?:das unternehmen|die firma|unser unternehmen|unsere firma|uns) verlassen',
      '(?:ist|sind) (?:aus dem unternehmen|aus unserem unternehmen|aus der firma)? ?ausgeschieden',
    ],
    mailbox: [
      '(?:dieses postfach|diese (?:e-mail-)?adresse|dieses konto) (?:wird|ist) nicht mehr (?:genutzt|verwendet|gelesen|abgerufen|betreut|aktiv|besetzt)',
    ],
  },
  fr: {
    self: [
      'je ne fais plus partie (?:de|du|des)',
      'je ne travaille plus (?:chez|pour|au sein|dans)',
      "j'ai quitté (?:l'entreprise|la société|le groupe)",
    ],
    other: [
      'ne fait plus partie (?:de|du|des)',
      'ne travaille plus (?:chez|pour|au sein|dans)',
      "n'est plus (?:chez|en poste|au sein|employée?|salariée?|dans l'entreprise|dans la société|membre)",
      "a quitté (?:l'entreprise|la société|le groupe|notre (?:société|entreprise|groupe))",
    ],
    mailbox: [
      "cette (?:adresse|boîte(?: aux lettres| mail)?|messagerie) n'est plus (?:active|utilisée|consultée|valide|lue)",
    ],
  },
  es: {
    self: [
      'ya no (?:trabajo|formo parte|estoy en la empresa)',
      'he dejado (?:la empresa|la compañía|la organización)',
    ],
    other: [
      'ya no (?:trabaja|forma parte|pertenece|está en (?:la empresa|la compañía|nuestra empresa))',
      '(?:ha dejado|dejó) (?:la empresa|la compañía|la organización|de trabajar)',
    ],
    mailbox: [
      '(?:esta|este) (?:dirección|cuenta|buzón|correo)[^.]{0,30}? ya no (?:está activ[ao]|se (?:utiliza|usa|revisa|consulta)|está en uso)',
    ],
  },
  it: {
    self: [
      'non (?:lavoro|faccio) più (?:per|presso|con|parte)',
      "ho lasciato (?:l'azienda|la società|il gruppo)",
    ],
    other: [
      'non (?:lavora|fa) più (?:per|presso|con|parte|in)',
      'non è più (?:presso|dipendente|parte|in forza|in azienda)',
      "ha lasciato (?:l'azienda|la società|il gruppo|la nostra (?:azienda|società))",
    ],
    mailbox: [
      'questo (?:indirizzo|account|casella)[^.]{0,20}? non è più (?:attivo|in uso|utilizzato|monitorato|letto)',
    ],
  },
  nl: {
    self: [
      'ik ben niet (?:meer|langer) (?:werkzaam|in dienst|verbonden aan|actief)',
      'ik heb (?:het bedrijf|de organisatie|onze organisatie) verlaten',
    ],
    other: [
      '(?:is|zijn) niet (?:meer|langer) (?:werkzaam|in dienst|verbonden aan|actief (?:bij|voor)|bij ons)',
      '(?:heeft|hebben) (?:het bedrijf|de organisatie|ons|onze organisatie) verlaten',
      '(?:is|zijn) uit dienst',
    ],
    mailbox: [
      'dit (?:e-?mailadres|adres|mailadres|postvak) (?:is|wordt) niet (?:meer|langer) (?:actief|in gebruik|bemand|gelezen)',
    ],
  },
  pt: {
    self: [
      'já não (?:trabalho|faço parte)',
      'não (?:trabalho|faço parte) mais',
      'deixei a empresa',
      'saí da empresa',
    ],
    other: [
      'já não (?:trabalha|faz parte|está na empresa|pertence)',
      'não (?:trabalha|faz parte) mais',
      'não está mais na empresa',
      '(?:deixou|saiu d)a empresa',
      'desligad[oa] da empresa',
    ],
    mailbox: ['este (?:endereço|e-?mail|correio)[^.]{0,20}? (?:já não está|não está mais) (?:ativo|em uso)'],
  },
};
