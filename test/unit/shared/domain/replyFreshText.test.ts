import { replyFreshText } from '../../../../src/shared/domain/replyFreshText';

describe('replyFreshText', () => {
  it.each([
    ['Gmail', 'On Thu, 27 Nov 2025 at 14:02, Jane Doe <jane@contoso.com> wrote:'],
    ['Gmail wrapped', 'On Thu, 27 Nov 2025 at 14:02, Jane Doe <\njane@contoso.com> wrote:'],
    ['German', 'Am 27.11.2025 um 14:02 schrieb Jane Doe <jane@contoso.com>:'],
    ['French', 'Le jeu. 27 nov. 2025 à 14:02, Jane Doe <jane@contoso.com> a écrit :'],
    ['Spanish', 'El jue, 27 nov 2025 a las 14:02, Jane Doe (<jane@contoso.com>) escribió:'],
    ['Italian', 'Il giorno gio 27 nov 2025 alle 14:02 Jane Doe <jane@contoso.com> ha scritto:'],
    ['Dutch', 'Op do 27 nov 2025 om 14:02 schreef Jane Doe <jane@contoso.com>:'],
    ['Portuguese', 'Em qui., 27 de nov. de 2025 às 14:02, Jane Doe <jane@contoso.com> escreveu:'],
    ['Outlook', 'From: Jane Doe <jane@contoso.com>\nSent: Thursday, November 27, 2025 2:02 PM\nTo: Alex'],
    [
      'Outlook German',
      'Von: Jane Doe <jane@contoso.com>\nGesendet: Donnerstag, 27. November 2025 14:02\nAn: Alex',
    ],
    ['Outlook French', 'De : Jane Doe <jane@contoso.com>\nEnvoyé : jeudi 27 novembre 2025 14:02\nÀ : Alex'],
    ['separator', '-----Original Message-----\nFrom: Jane'],
    ['underscores', '________________________________\nFrom: Jane'],
  ])('cuts at the %s quote header', (_name, header) => {
    expect(replyFreshText(`Yes, go ahead.\n\n${header}\nI am out of the office until 3 December.`)).toBe(
      'Yes, go ahead.',
    );
  });

  it('drops ">" quoted lines and keeps the rest', () => {
    expect(replyFreshText('Fine.\n> I am out until Monday\nSee you then.')).toBe('Fine.\nSee you then.');
  });

  it('keeps a message without quotes whole, and a "From:" line that is not a header block', () => {
    expect(replyFreshText('From: Monday on I will handle it.\nThanks')).toBe(
      'From: Monday on I will handle it.\nThanks',
    );
  });
});
