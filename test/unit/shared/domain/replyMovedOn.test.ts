import { replyMovedOn } from '../../../../src/shared/domain/replyMovedOn';

describe('replyMovedOn', () => {
  it.each([
    ['en', 'Jane Doe is no longer with Contoso.', 'other', 'is no longer with'],
    ['en', 'Jane has left the company.', 'other', 'has left the company'],
    ['en', "I'm no longer with Contoso.", 'self', "I'm no longer with"],
    ['en', 'This mailbox is no longer monitored.', 'mailbox', 'This mailbox is no longer monitored'],
    ['de', 'Frau Weber ist nicht mehr im Unternehmen.', 'other', 'ist nicht mehr im Unternehmen'],
    ['de', 'Herr Weber hat das Unternehmen verlassen.', 'other', 'hat das Unternehmen verlassen'],
    ['de', 'Ich bin nicht mehr bei Fabrikam.', 'self', 'Ich bin nicht mehr bei'],
    ['fr', 'Claire ne fait plus partie de Tailspin.', 'other', 'ne fait plus partie de'],
    ['fr', "Claire a quitté l'entreprise.", 'other', "a quitté l'entreprise"],
    ['es', 'Lucía ya no trabaja en Adventure Works.', 'other', 'ya no trabaja'],
    ['es', 'Ya no trabajo en Adventure Works.', 'self', 'Ya no trabajo'],
    ['it', "Marco ha lasciato l'azienda.", 'other', "ha lasciato l'azienda"],
    ['it', 'Non lavoro più per Northwind.', 'self', 'Non lavoro più per'],
    ['nl', 'Pieter is niet meer werkzaam bij Litware.', 'other', 'is niet meer werkzaam'],
    ['nl', 'Dit e-mailadres is niet meer in gebruik.', 'mailbox', 'Dit e-mailadres is niet meer in gebruik'],
    ['pt', 'A Ana já não faz parte da equipa.', 'other', 'já não faz parte'],
    ['pt', 'Não trabalho mais na Woodgrove.', 'self', 'Não trabalho mais'],
  ])('%s: %s', (_language, text, who, quote) => {
    expect(replyMovedOn(text)[0]).toMatchObject({ who, quote });
  });

  it('keeps the words before a statement (whom it is about)', () => {
    expect(replyMovedOn('Thanks. Please note that Jane Doe is no longer with Contoso.')[0]?.lead).toBe(
      'please note that jane doe ',
    );
  });

  it('does not read absences or other "no longer" sentences as leaving', () => {
    for (const text of [
      "I'm no longer at my desk today.",
      'Ich bin nicht mehr im Büro heute.',
      'I have left you a voicemail and a message.',
      'We no longer need the second licence.',
    ]) {
      expect(replyMovedOn(text)).toEqual([]);
    }
  });
});
