import { bodyParts } from '../../../../../src/shared/domain/coach/bodyParts';
import { EN_SEND } from '../../../../../src/shared/domain/coach/lang/enSend';
import { QUOTE_SEPARATOR_NAMES } from '../../../../../src/shared/domain/coach/lang/mailConventions';

const NEW =
  'Hi Dana,\n\nThe report is attached. Could you review it by Friday?\n\nBest regards,\nSam Patel\nNorthwind';
const ORIGINAL = 'Hi Sam,\nCan you send the report?\nDana';

function parts(body: string) {
  return bodyParts(body, 'text', EN_SEND);
}

describe('bodyParts', () => {
  it('keeps only the new text: no greeting, sign-off or signature', () => {
    expect(parts(NEW)).toEqual({
      text: 'The report is attached. Could you review it by Friday?',
      quote: null,
    });
  });

  it.each(
    Object.entries(QUOTE_SEPARATOR_NAMES).flatMap(([lang, names]) => names.map((n) => [lang, n] as const)),
  )('cuts at the %s separator "-----%s-----"', (_lang, name) => {
    const result = parts(`${NEW}\n\n-----${name}-----\n${ORIGINAL}`);
    expect(result).toEqual({
      text: 'The report is attached. Could you review it by Friday?',
      quote: 'separator',
    });
  });

  it.each([
    ['en', 'On Tue, 3 Mar 2026 at 10:02, Dana Reyes <dana@contoso.example> wrote:'],
    ['en, wrapped', 'On Tue, 3 Mar 2026 at 10:02, Dana Reyes <dana@contoso.example>\nwrote:'],
    ['de', 'Am Di., 3. März 2026 um 10:02 Uhr schrieb Dana Reyes <dana@contoso.example>:'],
    ['de, short', 'Dana Reyes schrieb am 03.03.2026 10:02:'],
    ['fr', 'Le mar. 3 mars 2026 à 10:02, Dana Reyes <dana@contoso.example> a écrit :'],
    ['es', 'El mar, 3 mar 2026 a las 10:02, Dana Reyes (<dana@contoso.example>) escribió:'],
    ['it', 'Il giorno mar 3 mar 2026 alle ore 10:02 Dana Reyes <dana@contoso.example> ha scritto:'],
    ['nl', 'Op di 3 mrt 2026 om 10:02 schreef Dana Reyes <dana@contoso.example>:'],
    ['pt', 'Em ter., 3 de mar. de 2026 às 10:02, Dana Reyes <dana@contoso.example> escreveu:'],
    ['sv', 'Den tis 3 mars 2026 kl 10:02 skrev Dana Reyes <dana@contoso.example>:'],
    ['fi', 'ti 3. maalisk. 2026 klo 10.02 Dana Reyes (dana@contoso.example) kirjoitti:'],
    ['pl', 'W dniu wt., 3.03.2026 o 10:02 Dana Reyes <dana@contoso.example> napisał(a):'],
  ])('cuts at an attribution line (%s)', (_lang, line) => {
    expect(parts(`${NEW}\n\n${line}\n> Hi Sam,\n> Can you send the report?`).quote).toBe('attribution');
  });

  it.each([
    ['en', 'From: Dana Reyes\nSent: Tuesday, March 3, 2026 10:02 AM\nTo: Sam Patel\nSubject: Report'],
    ['en, Date', 'From: Dana Reyes <dana@contoso.example>\nDate: Tuesday, March 3, 2026 at 10:02\nTo: Sam'],
    ['de', 'Von: Dana Reyes\nGesendet: Dienstag, 3. März 2026 10:02\nAn: Sam Patel\nBetreff: Bericht'],
    ['fr', 'De : Dana Reyes\nEnvoyé : mardi 3 mars 2026 10:02\nÀ : Sam Patel\nObjet : Rapport'],
    ['es', 'De: Dana Reyes\nEnviado el: martes, 3 de marzo de 2026 10:02\nPara: Sam Patel'],
    ['it', 'Da: Dana Reyes\nInviato: martedì 3 marzo 2026 10:02\nA: Sam Patel'],
    ['nl', 'Van: Dana Reyes\nVerzonden: dinsdag 3 maart 2026 10:02\nAan: Sam Patel'],
    ['pt', 'De: Dana Reyes\nEnviada em: terça-feira, 3 de março de 2026 10:02\nPara: Sam Patel'],
    ['sv', 'Från: Dana Reyes\nSkickat: den 3 mars 2026 10:02\nTill: Sam Patel'],
    ['da', 'Fra: Dana Reyes\nSendt: 3. marts 2026 10:02\nTil: Sam Patel'],
    ['pl', 'Od: Dana Reyes\nWysłano: wtorek, 3 marca 2026 10:02\nDo: Sam Patel'],
    ['bold markers', '*From:* Dana Reyes\n*Sent:* Tuesday, March 3, 2026'],
  ])('cuts at an Outlook header block (%s)', (_lang, header) => {
    const result = parts(`${NEW}\n\n${header}\n\n${ORIGINAL}`);
    expect(result.quote).toBe('header');
    expect(result.text).not.toContain('Dana Reyes');
  });

  it('cuts the Outlook plain-text underscore line with the header', () => {
    const result = parts(`${NEW}\n________________________________\nFrom: Dana\nSent: Monday\n${ORIGINAL}`);
    expect(result).toEqual({
      text: 'The report is attached. Could you review it by Friday?',
      quote: 'header',
    });
  });

  it('drops "> " lines, inline replies included, and keeps the answers', () => {
    const result = parts(
      '> Can you ship Friday?\nYes, Friday works.\n> And the invoice?\nIt goes out Monday.',
    );
    expect(result).toEqual({ text: 'Yes, Friday works.\nIt goes out Monday.', quote: 'prefix' });
  });

  it('does not take a "From:" line without a date line for a header', () => {
    const result = parts('The quote is below.\nFrom: our price list\nItem A costs 10.');
    expect(result.quote).toBeNull();
    expect(result.text).toContain('From: our price list');
  });

  it.each([
    ['dashes', 'The report is attached.\n-- \nSam Patel\n+1 646 555 0199'],
    ['mobile', 'The report is attached.\n\nSent from my iPhone'],
    ['mobile, German', 'The report is attached.\n\nVon meinem iPhone gesendet'],
    ['sign-off with name', 'The report is attached.\n\nThanks, Sam'],
    ['bare name', 'The report is attached.\n\nSam'],
    [
      'sign-off and title',
      'The report is attached.\n\nKind regards,\nSam Patel\nAccount Manager\nNorthwind Supply',
    ],
  ])('cuts the signature (%s)', (_kind, body) => {
    expect(parts(body).text).toBe('The report is attached.');
  });

  it('keeps a closing sentence that only starts like a sign-off', () => {
    expect(parts('The report is attached.\nThanks for your help with the numbers last week.').text).toBe(
      'The report is attached.\nThanks for your help with the numbers last week.',
    );
  });

  it('removes the greeting but keeps text after it on the same line', () => {
    expect(parts('Hi Dana, the report is attached.').text).toBe('the report is attached.');
    expect(parts('Dear Mr. Smith,\nThe report is attached.').text).toBe('The report is attached.');
    expect(parts('Hiring update: two people start Monday.').text).toBe(
      'Hiring update: two people start Monday.',
    );
  });

  it('reads HTML bodies the same way', () => {
    const result = bodyParts(
      '<p>Hi Dana,</p><p>The report is attached.</p><p>Best,<br>Sam</p><div id="divRplyFwdMsg">From: Dana</div>',
      'html',
      EN_SEND,
    );
    expect(result).toEqual({ text: 'The report is attached.', quote: 'html' });
  });
});
