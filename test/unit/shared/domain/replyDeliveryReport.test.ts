import { replyDeliveryReport } from '../../../../src/shared/domain/replyDeliveryReport';
import { incoming } from './incomingMessage';

const DSN = { 'content-type': 'multipart/report; report-type="delivery-status"; boundary="b"' };

describe('replyDeliveryReport', () => {
  it('reads the RFC 3464 fields: failed recipients, status and diagnostic', () => {
    const report = replyDeliveryReport(
      incoming({
        from: { email: 'MAILER-DAEMON@mx.example' },
        headers: DSN,
        bodyText:
          'Final-Recipient: rfc822; Jane.Doe@contoso.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n\n' +
          'Final-Recipient: rfc822; bob@contoso.com\nAction: delivered\nStatus: 2.0.0',
      }),
    );
    expect(report).toEqual({
      outcome: 'failed',
      evidence: 'Content-Type multipart/report; report-type=delivery-status',
      recipients: ['jane.doe@contoso.com'],
      diagnostic: '5.1.1 550 5.1.1 User unknown',
    });
  });

  it('tells delays and deliveries from failures', () => {
    const delayed = incoming({
      headers: DSN,
      bodyText: 'Final-Recipient: rfc822; a@b.example\nAction: delayed\nStatus: 4.4.1',
    });
    expect(replyDeliveryReport(delayed)).toMatchObject({ outcome: 'delayed', recipients: ['a@b.example'] });
    const relayed = incoming({
      headers: DSN,
      bodyText: 'Final-Recipient: rfc822; a@b.example\nAction: relayed\nStatus: 2.0.0',
    });
    expect(replyDeliveryReport(relayed)?.outcome).toBe('delivered');
    expect(
      replyDeliveryReport(incoming({ headers: DSN, subject: 'Delivery delayed: Proposal', bodyText: '' }))
        ?.outcome,
    ).toBe('delayed');
  });

  it('reads Exchange report classes and read receipts', () => {
    expect(replyDeliveryReport(incoming({ messageClass: 'REPORT.IPM.Note.NDR' }))?.outcome).toBe('failed');
    expect(replyDeliveryReport(incoming({ messageClass: 'REPORT.IPM.Note.IPNRN' }))?.outcome).toBe('read');
    expect(replyDeliveryReport(incoming({ messageClass: 'REPORT.IPM.Note.DR' }))?.outcome).toBe('delivered');
    const mdn = { 'content-type': 'multipart/report; report-type=disposition-notification' };
    expect(replyDeliveryReport(incoming({ headers: mdn }))?.outcome).toBe('read');
  });

  it('reads X-Failed-Recipients and mailer-daemon senders with a bounce subject', () => {
    const exim = replyDeliveryReport(
      incoming({
        from: { email: 'Mailer-Daemon@mx.example' },
        headers: { 'x-failed-recipients': 'a@b.example, c@d.example' },
      }),
    );
    expect(exim).toMatchObject({ outcome: 'failed', recipients: ['a@b.example', 'c@d.example'] });
    const postmaster = incoming({
      from: { email: 'postmaster@contoso.com' },
      subject: 'Unzustellbar: Angebot',
      bodyText: '',
    });
    expect(replyDeliveryReport(postmaster)).toMatchObject({
      outcome: 'failed',
      evidence: 'sent by postmaster@contoso.com',
    });
  });

  it('is not fooled by a human message from postmaster or about an undeliverable parcel', () => {
    expect(
      replyDeliveryReport(
        incoming({ from: { email: 'postmaster@contoso.com' }, subject: 'Mail migration on Sunday' }),
      ),
    ).toBeUndefined();
    expect(
      replyDeliveryReport(
        incoming({ subject: 'Undeliverable parcel – what now?', bodyText: 'The courier failed twice.' }),
      ),
    ).toBeUndefined();
  });
});
