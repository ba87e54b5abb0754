import { replyAutomation } from '../../../../src/shared/domain/replyAutoSignals';
import { incoming } from './incomingMessage';

function signals(overrides: Parameters<typeof incoming>[0], fresh = '') {
  return replyAutomation(incoming(overrides), fresh);
}

describe('replyAutomation: headers', () => {
  it.each([
    [{ 'auto-submitted': 'auto-replied' }, 'auto-reply header Auto-Submitted: auto-replied'],
    [{ 'auto-submitted': 'auto-generated' }, 'auto-reply header Auto-Submitted: auto-generated'],
    [
      { 'auto-submitted': 'auto-replied (zimbra; vacation)' },
      'auto-reply header Auto-Submitted: auto-replied (zimbra; vacation)',
    ],
    [{ 'x-autoreply': 'yes' }, 'auto-reply header X-Autoreply: yes'],
    [{ 'x-autorespond': 'Away' }, 'auto-reply header X-Autorespond: Away'],
    [{ precedence: 'auto_reply' }, 'auto-reply header Precedence: auto_reply'],
    [{ 'x-precedence': 'auto_reply' }, 'auto-reply header X-Precedence: auto_reply'],
  ])('%j → autoReply', (headers, reason) => {
    expect(signals({ headers })).toEqual({ autoReply: reason });
  });

  it('reads the Exchange out-of-office and rule-reply message classes', () => {
    expect(signals({ messageClass: 'IPM.Note.Rules.OofTemplate.Microsoft' }).autoReply).toBe(
      'Exchange out-of-office message class IPM.Note.Rules.OofTemplate.Microsoft',
    );
    expect(signals({ messageClass: 'IPM.Note.Rules.ReplyTemplate.Microsoft' }).autoReply).toMatch(
      /rule auto-reply/,
    );
    expect(signals({ messageClass: 'IPM.Note' })).toEqual({});
  });

  it('ignores Auto-Submitted: no, X-Autoreply: no and X-Auto-Response-Suppress', () => {
    expect(
      signals({
        headers: { 'auto-submitted': 'no', 'x-autoreply': 'no', 'x-auto-response-suppress': 'All' },
      }),
    ).toEqual({});
  });

  it('reads list and bulk headers as mass mail, auto-generated with them as mass mail too', () => {
    expect(signals({ headers: { precedence: 'bulk' } })).toEqual({
      bulk: 'bulk-mail header Precedence: bulk',
    });
    expect(
      signals({ headers: { 'list-unsubscribe': '<mailto:u@x>', 'auto-submitted': 'auto-generated' } }),
    ).toEqual({
      bulk: 'mailing-list header List-Unsubscribe: <mailto:u@x>',
    });
    expect(signals({ headers: { precedence: 'junk', 'x-autoreply': 'yes' } })).toEqual({
      autoReply: 'auto-reply header X-Autoreply: yes',
      bulk: 'bulk-mail header Precedence: junk',
    });
  });
});

describe('replyAutomation: subjects', () => {
  it.each([
    ['Automatic reply: Proposal', 'Automatic reply:', 'en'],
    ['Out of Office: Proposal', 'Out of Office:', 'en'],
    ['Out of Office AutoReply: Budget', 'Out of Office AutoReply:', 'en'],
    ['Automatische Antwort: Angebot', 'Automatische Antwort:', 'de'],
    ['Abwesenheitsnotiz: Re: Angebot', 'Abwesenheitsnotiz:', 'de'],
    ['Réponse automatique : Devis', 'Réponse automatique :', 'fr'],
    ['Respuesta automática: Propuesta', 'Respuesta automática:', 'es'],
    ['Risposta automatica: Offerta', 'Risposta automatica:', 'it'],
    ['Fuori sede: Offerta', 'Fuori sede:', 'it'],
    ['Automatisch antwoord: Offerte', 'Automatisch antwoord:', 'nl'],
    ['Afwezig', 'Afwezig', 'nl'],
    ['Resposta automática: Proposta', 'Resposta automática:', 'pt'],
    ['Ausente: Proposta', 'Ausente:', 'es'],
    ['[EXTERNAL] Automatic reply: Proposal', 'Automatic reply:', 'en'],
  ])('%s', (subject, prefix, language) => {
    expect(signals({ subject }).autoReply).toBe(`subject starts with "${prefix}" (${language})`);
  });

  it('reads a Notes-style subject that ends "is out of the office"', () => {
    expect(signals({ subject: 'Jane Doe is out of the office.' }).autoReply).toBe(
      'subject ends with "is out of the office."',
    );
  });

  it('does not read replies to auto-replies or ordinary words as auto-replies', () => {
    for (const subject of [
      'RE: Automatic reply: Proposal',
      'AW: Abwesenheitsnotiz: Angebot',
      'Absence of reply from legal',
      'Away day agenda',
      'Re: Jane Doe is out of the office.',
      'Automatically generated reports – question',
    ]) {
      expect(signals({ subject })).toEqual({});
    }
  });
});

describe('replyAutomation: headerless notices', () => {
  it('reads a short text that opens and closes like an out-of-office notice', () => {
    const fresh = 'Hello, I am currently out of the office until Friday. For urgent matters please call Tom.';
    expect(signals({}, fresh).autoReply).toBe(
      'reads as an out-of-office notice ("I am currently out of the office…") though no auto-reply header says so',
    );
    expect(
      signals({}, 'Ich bin derzeit im Urlaub. In dringenden Fällen wenden Sie sich an Tom.').autoReply,
    ).toBeDefined();
  });

  it('does not read a human answer that mentions an absence', () => {
    expect(signals({}, "I'm out of the office today but yes, Tuesday works.")).toEqual({});
    expect(signals({}, 'I was on leave last week; for urgent matters I now use Teams. Approved.')).toEqual(
      {},
    );
  });
});
