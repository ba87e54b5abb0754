/**
 * Calendar words in en, de, fr, es, it, nl, pt (folded lower case) for reading return dates:
 * month and weekday names, relative days, and the phrases around a date that tell what it means.
 * Plain data; returnDateCandidates and returnDateRole apply it.
 */

/**
 * Month names and usual abbreviations, one line per month (January first), all languages mixed.
 * Abbreviations that are common words elsewhere ("out" for outubro) are left out.
 */
const MONTH_NAMES: readonly string[] = [
  'january jan januar jänner janvier janv enero ene gennaio gen januari janeiro',
  'february feb februar février fevrier févr fevr febrero febbraio februari fevereiro fev',
  'march mar märz maerz mär mars marzo maart mrt março marco',
  'april apr avril avr abril abr aprile',
  'may mai mayo maggio mag mei maio',
  'june jun juni juin junio giugno giu junho',
  'july jul juli juillet juil julio luglio lug julho',
  'august aug août aout agosto ago augustus',
  'september sep sept septembre septiembre setiembre set settembre setembro',
  'october oct oktober okt octobre octubre ottobre ott outubro',
  'november nov novembre noviembre novembro',
  'december dec dezember dez décembre decembre déc diciembre dic dicembre dezembro',
];

/** Weekday names, one line per day (Monday first). */
const WEEKDAY_NAMES: readonly string[] = [
  'monday montag lundi lunes lunedì lunedi maandag segunda-feira segunda',
  'tuesday dienstag mardi martes martedì martedi dinsdag terça-feira terça terca-feira',
  'wednesday mittwoch mercredi miércoles miercoles mercoledì mercoledi woensdag quarta-feira quarta',
  'thursday donnerstag jeudi jueves giovedì giovedi donderdag quinta-feira quinta',
  'friday freitag vendredi viernes venerdì venerdi vrijdag sexta-feira sexta',
  'saturday samstag sonnabend samedi sábado sabado sabato zaterdag',
  'sunday sonntag dimanche domingo domenica zondag',
];

function indexByName(lines: readonly string[]): Readonly<Record<string, number>> {
  const byName: Record<string, number> = {};
  lines.forEach((line, index) => {
    for (const name of line.split(' ')) byName[name] = index + 1;
  });
  return byName;
}

/** Month name → 1…12. */
export const MONTHS = indexByName(MONTH_NAMES);

/** Weekday name → ISO weekday (1 = Monday). */
export const WEEKDAYS = indexByName(WEEKDAY_NAMES);

/** Relative days → days after the received date ("next week" is handled as the next Monday). */
export const RELATIVE_DAYS: Readonly<Record<string, number>> = {
  'the day after tomorrow': 2,
  'day after tomorrow': 2,
  übermorgen: 2,
  'après-demain': 2,
  'apres-demain': 2,
  'pasado mañana': 2,
  dopodomani: 2,
  overmorgen: 2,
  'depois de amanhã': 2,
  tomorrow: 1,
  morgen: 1,
  demain: 1,
  mañana: 1,
  domani: 1,
  amanhã: 1,
};

export const NEXT_WEEK: readonly string[] = [
  'next week',
  'nächste woche',
  'nächster woche',
  'kommende woche',
  'kommender woche',
  'la semaine prochaine',
  'semaine prochaine',
  'la próxima semana',
  'próxima semana',
  'la semana que viene',
  'la prossima settimana',
  'prossima settimana',
  'settimana prossima',
  'volgende week',
  'komende week',
  'na próxima semana',
  'semana que vem',
];

/**
 * Phrases before (or, for `backAfter`, after) a date that say what it is. Regular-expression sources
 * over folded text; the role order is in returnDateRole.
 */
export const ROLE_PHRASES = {
  /** The date is the last day away: "through", "bis einschließlich", "tot en met". */
  through: [
    'through',
    'thru',
    '(?:until|till|up to|to) and including',
    'until the end of',
    'bis (?:einschließlich|einschl\\.|inklusive|inkl\\.|und mit)',
    'tot en met',
    't/m',
  ],
  /** Written after the date: "jusqu'au 3 décembre inclus". */
  inclusiveAfter: [
    'inclus',
    'incluse',
    'inclusivement',
    'inclusive',
    'inclusief',
    'incluido',
    'incluida',
    'compreso',
    'compresa',
    'incluso',
    'inclusa',
    'einschließlich',
    'inklusive',
    'included',
  ],
  /** The date is the day the person is back. */
  back: [
    'back',
    'return(?:s|ing)?',
    'returns?',
    'expected in',
    'in the office',
    'in office',
    'available',
    'reachable',
    'zurück',
    'wieder',
    'rückkehr',
    'retour',
    'reviens',
    'reviendrai',
    'revenir',
    'joignable',
    'disponible',
    'vuelta',
    'vuelvo',
    'volveré',
    'regreso',
    'regresaré',
    'regresa',
    'reincorporo',
    'reincorporaré',
    'ritorno',
    'rientro',
    'rientrerò',
    'torno',
    'tornerò',
    'di nuovo',
    'nuovamente',
    'raggiungibile',
    'terug',
    'weer',
    'bereikbaar',
    'volta',
    'regresso',
    'regressarei',
    'retorno',
    'retornarei',
    'volto',
    'disponível',
  ],
  /** Said after a "from" date: "ab dem 4.12. wieder erreichbar", "from 4 December I'll be back". */
  backAfter: [
    'wieder',
    "i'll be back",
    'i will be back',
    'back',
    'de retour',
    'de nouveau',
    'à nouveau',
    'de vuelta',
    'de nuevo',
    'di nuovo',
    'di ritorno',
    'weer',
    'terug',
    'de volta',
    'novamente',
  ],
  /** The date is the day the person is back too, in the usual reading of "until Monday". */
  until: [
    'until',
    'till',
    "'til",
    'til',
    'up to',
    'bis(?: zum| zur| am| einschl)?',
    "jusqu'(?:au|à|a)",
    'hasta(?: el)?',
    "fino (?:al|a|all'|alla)",
    'sino (?:al|a)',
    'tot(?: en met)?',
    'até(?: ao| à| o| a| dia| ao dia)?',
  ],
  /** Joins a range's start to its end: "24.11.–3.12.", "du 24 au 28 novembre", "del 24 al 28 de noviembre". */
  rangeEnd: ['to', '-', '–', '—', 'au', 'al', 'a', 'à', 'ao', 'bis', 'tot', 'até'],
} as const;

/** Frequent words per language, to tell which one a message is written in. */
export const LANGUAGE_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: 'the and i am will be back until office my your you with thank thanks please on leave away return'.split(
    ' ',
  ),
  de: 'ich bin und der die das bis im wieder ihre sie nicht mit vielen dank urlaub büro grüße nachricht'.split(
    ' ',
  ),
  fr: 'je suis et le la les du au retour votre vous merci jusqu serai absent absente bureau congés cordialement'.split(
    ' ',
  ),
  es: 'estoy el los hasta del y su gracias correo oficina por estaré vuelta regreso volveré saludos mensaje'.split(
    ' ',
  ),
  it: 'sono il e fino al della grazie ufficio per non che sarò mio rientro saluti ferie messaggio'.split(' '),
  nl: 'ik ben en het een tot met uw bedankt voor niet op weer afwezig groet bericht kantoor vakantie'.split(
    ' ',
  ),
  pt: 'estou o os até do da obrigado obrigada seu sua escritório não estarei volta férias mensagem cumprimentos'.split(
    ' ',
  ),
};
