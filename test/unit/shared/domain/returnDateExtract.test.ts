import { DateTime } from 'luxon';
import { returnDateExtract } from '../../../../src/shared/domain/returnDateExtract';

const ZONE = 'Europe/Berlin';
/** Thursday 27 November 2025, 10:00 in Berlin. */
const THURSDAY = DateTime.fromISO('2025-11-27T10:00', { zone: ZONE }).toMillis();

function dateIn(text: string, receivedAt = THURSDAY, zone = ZONE): string | null {
  return returnDateExtract(text, receivedAt, zone).date;
}

function at(iso: string, zone = ZONE): number {
  return DateTime.fromISO(iso, { zone }).toMillis();
}

describe('returnDateExtract: forms and languages (received Thu 27 Nov 2025)', () => {
  it.each([
    ['back on 3 December', '2025-12-03'],
    ['I will be back on December 3rd, 2025.', '2025-12-03'],
    ['out of the office until Monday', '2025-12-01'],
    ['I am away, returning 12/03', '2025-12-03'],
    ['back tomorrow', '2025-11-28'],
    ['back the day after tomorrow', '2025-11-29'],
    ['on leave and back next week', '2025-12-01'],
    ['Back 2025-12-03', '2025-12-03'],
    ['out until Dec. 3', '2025-12-03'],
    ['out until the 3rd of December', '2025-12-03'],
    ['away through Friday', '2025-12-01'],
    ['away until and including 3 December', '2025-12-04'],
    ['Ich bin bis 3.12. nicht im Büro.', '2025-12-03'],
    ['Ich bin bis zum 3. Dezember nicht im Büro.', '2025-12-03'],
    ['Ich bin bis einschließlich 3.12.2025 nicht im Büro.', '2025-12-04'],
    ['Zurück am Montag, den 8. Dezember.', '2025-12-08'],
    ['Ab dem 4.12. bin ich wieder erreichbar.', '2025-12-04'],
    ['Ich bin vom 24.11. bis 3.12. im Urlaub.', '2025-12-04'],
    ['Je serai de retour le 3 décembre.', '2025-12-03'],
    ["Je suis absent jusqu'au 3 décembre.", '2025-12-03'],
    ["Je suis en congés jusqu'au vendredi 5 décembre inclus.", '2025-12-08'],
    ['Je suis absente du 24 novembre au 3 décembre.', '2025-12-04'],
    ['Estoy fuera de la oficina hasta el 3 de diciembre.', '2025-12-03'],
    ['Estaré de vuelta el lunes por la mañana.', '2025-12-01'],
    ['Del 24 al 28 de noviembre estaré de viaje.', '2025-12-01'],
    ['Sono fuori ufficio fino al 3 dicembre.', '2025-12-03'],
    ['Rientrerò in ufficio lunedì 15 dicembre.', '2025-12-15'],
    ['Ik ben tot en met 3 december afwezig.', '2025-12-04'],
    ['Ik ben t/m 3 december afwezig.', '2025-12-04'],
    ['Vanaf maandag 1 december ben ik weer aanwezig.', '2025-12-01'],
    ['Estou fora do escritório até 3 de dezembro.', '2025-12-03'],
    ['Estarei de volta na segunda-feira.', '2025-12-01'],
    ['Estou de férias e retorno em 05/01/2026.', '2026-01-05'],
  ])('%s → %s', (text, expected) => {
    expect(dateIn(text)).toBe(expected);
  });

  it('quotes the words it read the date from', () => {
    expect(
      returnDateExtract('Thanks. I am out of the office until Wednesday 3 December.', THURSDAY, ZONE),
    ).toEqual({
      date: '2025-12-03',
      quote: 'office until Wednesday 3 December.',
    });
  });
});

describe('returnDateExtract: which date when there are several', () => {
  it('prefers "back on" over a range end and an "until"', () => {
    expect(dateIn('I am out from 24 November until 3 December and back on 5 December.')).toBe('2025-12-05');
    expect(dateIn('Ich bin vom 24.11. bis 5.12. im Urlaub. Ab dem 8.12. bin ich wieder erreichbar.')).toBe(
      '2025-12-08',
    );
  });

  it('takes the phrase closest to the date', () => {
    expect(dateIn('I am out of the office through the holidays and back on 5 January.')).toBe('2026-01-05');
  });

  it('counts a weekday from a later date written before it', () => {
    expect(dateIn('I am out from November 24th through Friday, December 5th, 2025 and back Monday.')).toBe(
      '2025-12-08',
    );
  });

  it('ignores dates that say nothing about the return', () => {
    expect(dateIn('I am out of the office. Sent on 28 November.')).toBeNull();
    expect(dateIn('Ich bin bis 9.30 Uhr in einem Termin.')).toBeNull();
    expect(dateIn('Support is available 24/7 on +49 30 1234 5678.')).toBeNull();
  });
});

describe('returnDateExtract: the stated rules', () => {
  it('resolves a date without a year to the next one on or after receipt', () => {
    expect(dateIn('back on 5 January', at('2025-12-20T12:00'))).toBe('2026-01-05');
    expect(dateIn('back on 27 November')).toBe('2025-11-27');
  });

  it('reads a year-less date up to 30 days back as a notice left on (passed), not next year', () => {
    expect(returnDateExtract('out until 14 November', THURSDAY, ZONE)).toEqual({
      date: null,
      note: 'the date it gives ("14 November") has passed',
    });
    expect(dateIn('back on 20 October')).toBe('2026-10-20');
  });

  it('refuses a date more than a year away (a typo)', () => {
    expect(returnDateExtract('back on 3 December 2027', THURSDAY, ZONE).note).toMatch(
      /more than a year away/,
    );
  });

  it('moves a "through" end falling on a weekend to Monday', () => {
    expect(dateIn('away through Friday 28 November')).toBe('2025-12-01');
    expect(dateIn('Ik ben tot en met zaterdag 29 november afwezig.')).toBe('2025-12-01');
  });

  it('weekdays are strictly after the received day', () => {
    expect(dateIn('back Thursday')).toBe('2025-12-04');
  });

  describe('ambiguous numeric dates', () => {
    it('a part above 12 is the day', () => {
      expect(dateIn('back on 12/13')).toBe('2025-12-13');
      expect(dateIn('back on 13/12')).toBe('2025-12-13');
    });

    it('dotted dates are day.month even in English', () => {
      expect(dateIn('back on 3.12.')).toBe('2025-12-03');
      expect(dateIn('back on 1.12.', at('2025-11-20T09:00'))).toBe('2025-12-01');
    });

    it('de/fr/es/it/nl/pt texts write day/month', () => {
      expect(dateIn('Je serai de retour le 02/12.', at('2025-01-25T09:00'))).toBe('2025-12-02');
      expect(dateIn('Estaré de vuelta el 02/12.', at('2025-01-25T09:00'))).toBe('2025-12-02');
    });

    it('in English, the reading that falls soonest on or after receipt', () => {
      expect(dateIn('returning 12/03', at('2025-11-28T09:00'))).toBe('2025-12-03');
      expect(dateIn('returning 12/03', at('2026-03-01T09:00'))).toBe('2026-03-12');
      expect(dateIn('I am on leave and will return on 02/12', at('2025-01-25T09:00'))).toBe('2025-02-12');
    });
  });

  it('reads the calendar in the given zone', () => {
    const lateInNewYork = DateTime.fromISO('2025-11-30T23:30', { zone: 'America/New_York' }).toMillis();
    expect(dateIn('back tomorrow', lateInNewYork, 'America/New_York')).toBe('2025-12-01');
    expect(dateIn('back tomorrow', lateInNewYork, 'Europe/Berlin')).toBe('2025-12-02');
    expect(dateIn('back tomorrow', lateInNewYork, 'UTC-5')).toBe('2025-12-01');
  });

  it('falls back to UTC for an unknown zone instead of failing', () => {
    expect(dateIn('back on 3 December', THURSDAY, 'Not/AZone')).toBe('2025-12-03');
  });

  it('finds nothing in text without a date', () => {
    expect(returnDateExtract('I am out of the office with limited access to email.', THURSDAY, ZONE)).toEqual(
      {
        date: null,
      },
    );
  });
});
