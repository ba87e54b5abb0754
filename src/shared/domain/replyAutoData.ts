/**
 * Words of automatic replies in en, de, fr, es, it, nl, pt (lower case, folded): subject prefixes
 * that out-of-office tools put first, and the sentences an out-of-office notice opens and closes
 * with. Plain data; the matching rules live in replyAutoSignals.
 */

export type Language = 'en' | 'de' | 'fr' | 'es' | 'it' | 'nl' | 'pt';

/**
 * Subject prefixes. `phrase` entries are specific enough to count when followed by a space
 * ("Out of office until Monday"); `label` entries are common words that count only as the whole
 * subject or before a colon ("Absent: Proposal", not "Absence of reply").
 */
export const AUTO_SUBJECT_PREFIXES: Readonly<
  Record<Language, { phrase: readonly string[]; label: readonly string[] }>
> = {
  en: {
    phrase: [
      'automatic reply',
      'auto reply',
      'auto-reply',
      'autoreply',
      'automatic response',
      'auto response',
      'auto-response',
      'autoresponse',
      'out of office autoreply',
      'out of office',
      'out of the office',
      'out-of-office',
      'vacation reply',
      'away from the office',
    ],
    label: ['auto', 'ooo', 'away', 'on leave', 'on vacation', 'on holiday'],
  },
  de: {
    phrase: [
      'automatische antwort',
      'autom. antwort',
      'automatische rückantwort',
      'abwesenheitsnotiz',
      'automatische abwesenheitsnotiz',
      'nicht im büro',
      'außer haus',
    ],
    label: ['abwesend', 'abwesenheit', 'urlaub', 'im urlaub'],
  },
  fr: {
    phrase: [
      'réponse automatique',
      'reponse automatique',
      "message d'absence",
      'absence du bureau',
      'absent du bureau',
      'absente du bureau',
      'hors du bureau',
    ],
    label: ['absent', 'absente', 'absence', 'en congé', 'en congés', 'en vacances'],
  },
  es: {
    phrase: [
      'respuesta automática',
      'respuesta automatica',
      'respuesta de ausencia',
      'fuera de la oficina',
      'fuera de oficina',
    ],
    label: ['ausente', 'ausencia', 'de vacaciones'],
  },
  it: {
    phrase: [
      'risposta automatica',
      'risposta non al computer',
      'non al computer',
      'fuori sede',
      'fuori ufficio',
    ],
    label: ['assente', 'assenza', 'in ferie'],
  },
  nl: {
    phrase: [
      'automatisch antwoord',
      'automatisch beantwoorden',
      'niet aanwezig',
      'buiten kantoor',
      'niet op kantoor',
      'afwezigheidsmelding',
    ],
    label: ['afwezig', 'afwezigheid', 'met vakantie'],
  },
  pt: {
    phrase: [
      'resposta automática',
      'resposta automatica',
      'resposta de ausência',
      'fora do escritório',
      'fora do escritorio',
      'ausência temporária',
    ],
    label: ['ausente', 'ausência', 'ausencia', 'de férias', 'em férias'],
  },
};

/** Subjects that end by saying so (Lotus/HCL Notes: "Jane Doe is out of the office."). */
export const AUTO_SUBJECT_SUFFIXES: readonly string[] = [
  'is out of the office',
  'is out of office',
  'ist außer haus',
  'ist nicht im büro',
  'est absent',
  'est absente',
  'está fuera de la oficina',
  'è fuori ufficio',
  'is afwezig',
  'está fora do escritório',
];

/**
 * How an out-of-office notice opens, in the present tense ("I am out of the office"). A human reply
 * saying "I was out of office last week" does not match.
 */
export const AUTO_NOTICE_OPENINGS: readonly string[] = [
  "(?:i am|i'm|i will be|i'll be) (?:currently |now )?(?:out of (?:the )?office|away from (?:the office|my desk)|on (?:annual |parental |sick )?leave|on (?:vacation|holiday)|travel(?:l)?ing|out of the country|not in the office)",
  'ich bin (?:derzeit |zurzeit |momentan |aktuell |bis )?.{0,40}?(?:nicht im büro|abwesend|im urlaub|außer haus|nicht erreichbar|auf dienstreise)',
  'je suis (?:actuellement |en ce moment )?(?:absent|absente|en congé|en congés|en vacances|hors du bureau|en déplacement)',
  '(?:estoy|me encuentro|estaré) (?:actualmente )?(?:fuera de la oficina|fuera de oficina|de vacaciones|ausente|de viaje)',
  '(?:sono|sarò) (?:attualmente |momentaneamente )?(?:fuori (?:ufficio|sede)|in ferie|assente|in vacanza|in trasferta)',
  'ik ben (?:momenteel |op dit moment |tot en met .{0,20}?|tot .{0,20}?)?(?:afwezig|niet op kantoor|met vakantie|buiten kantoor|niet aanwezig|niet bereikbaar)',
  '(?:estou|encontro-me|estarei) (?:atualmente |de momento )?(?:fora do escritório|de férias|ausente|em férias|em viagem)',
];

/** What out-of-office notices close with and human replies rarely say. */
export const AUTO_NOTICE_CLOSINGS: readonly string[] = [
  'limited access to (?:e-?mail|my e-?mail)',
  '(?:will|shall) (?:reply|respond|get back to you|answer)[^.]{0,40}(?:on|upon|after) my return',
  'for (?:urgent|immediate) (?:matters|requests|issues|enquiries|inquiries|questions|assistance)',
  'if (?:it is|your (?:matter|request) is) urgent',
  'in dringenden fällen',
  'ihre (?:e-mail|nachricht) wird nicht weitergeleitet',
  'nach meiner rückkehr',
  "en cas d'urgence",
  'pour toute (?:urgence|demande urgente)',
  'à mon retour',
  'para (?:asuntos|temas|consultas) urgentes',
  'a mi regreso',
  '(?:per (?:urgenze|questioni urgenti|casi urgenti)|in caso di urgenza)',
  'al mio rientro',
  'voor dringende (?:zaken|vragen)',
  'na mijn terugkomst',
  'para (?:assuntos|questões) urgentes',
  '(?:após|no) meu regresso',
];
