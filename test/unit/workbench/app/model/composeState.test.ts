import {
  composeBodyGet,
  composeBodyPrepend,
  composeBodySet,
  composeBodyType,
  composeBodyTyped,
  type ComposeState,
} from '../../../../../workbench/app/model/composeState';

const base: ComposeState = {
  draftId: 'd',
  kind: 'new',
  originalId: null,
  saved: false,
  conversationId: null,
  inReplyTo: null,
  from: { name: 'Dana', email: 'dana@northwind.example' },
  to: [],
  cc: [],
  bcc: [],
  subject: '',
  body: 'Hello',
  bodyHtml: null,
  headers: {},
};

describe('compose body in Office coercion types', () => {
  it('is text until HTML is set, and reads in both types', () => {
    expect(composeBodyType(base)).toBe('text');
    expect(composeBodyGet(base, 'text')).toBe('Hello');
    expect(composeBodyGet(base, 'html')).toBe('<html><body><div>Hello</div></body></html>');
  });

  it('setAsync with HTML makes it HTML; text reads the HTML as text', () => {
    const html = composeBodySet(base, '<p>Hi <b>Priya</b></p>', 'html');
    expect(composeBodyType(html)).toBe('html');
    expect(composeBodyGet(html, 'html')).toBe('<p>Hi <b>Priya</b></p>');
    expect(composeBodyGet(html, 'text')).toBe('Hi Priya');
  });

  it('prependAsync puts text or HTML first, inside the HTML body', () => {
    expect(composeBodyPrepend(base, 'Note: ', 'text').body).toBe('Note: Hello');
    const html = composeBodyPrepend(base, '<i>Tracked</i>', 'html');
    expect(composeBodyGet(html, 'html')).toBe('<html><body><i>Tracked</i><div>Hello</div></body></html>');
    const escaped = composeBodyPrepend(html, '<b>&', 'text');
    expect(composeBodyGet(escaped, 'html')).toContain('<body>&lt;b&gt;&amp;<i>Tracked</i>');
  });

  it('typing in the editor keeps an HTML body HTML', () => {
    const html = composeBodySet(base, '<p>Hi</p>', 'html');
    const typed = composeBodyTyped(html, 'Hi there\nDana');
    expect(composeBodyType(typed)).toBe('html');
    expect(composeBodyGet(typed, 'text')).toBe('Hi there\nDana');
  });
});
