import {
  addressDomain,
  addressLocalPart,
  isMachineAddress,
  isPublicMailDomain,
  orgDomain,
} from '../../../../src/shared/domain/mailAddress';

describe('mailAddress', () => {
  it('splits an address into lower-case parts', () => {
    expect(addressDomain(' Jane.Doe@Contoso.COM ')).toBe('contoso.com');
    expect(addressLocalPart('Jane.Doe@Contoso.COM')).toBe('jane.doe');
    expect(addressDomain('no-at-sign')).toBe('');
  });

  it('finds the organisation domain, keeping a third label under two-label suffixes', () => {
    expect(orgDomain('eu.mail.contoso.com')).toBe('contoso.com');
    expect(orgDomain('sales.wingtip.co.uk')).toBe('wingtip.co.uk');
    expect(orgDomain('woodgrove.com.br')).toBe('woodgrove.com.br');
    expect(orgDomain('contoso.com')).toBe('contoso.com');
  });

  it('knows public mailbox providers in the languages served', () => {
    for (const domain of [
      'gmail.com',
      'outlook.com',
      'hotmail.fr',
      'web.de',
      'libero.it',
      'ziggo.nl',
      'sapo.pt',
      'icloud.com',
    ]) {
      expect(isPublicMailDomain(domain)).toBe(true);
    }
    expect(isPublicMailDomain('contoso.com')).toBe(false);
  });

  it('tells machine addresses from people', () => {
    for (const address of [
      'noreply@x.com',
      'no-reply@x.com',
      'do_not_reply@x.com',
      'newsletter@x.com',
      'notifications+a@x.com',
    ]) {
      expect(isMachineAddress(address)).toBe(true);
    }
    for (const address of ['jane@x.com', 'info@x.com', 'newsdesk.editor@x.com', 'noreen@x.com']) {
      expect(isMachineAddress(address)).toBe(false);
    }
  });
});
