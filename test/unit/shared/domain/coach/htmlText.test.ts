import { htmlText } from '../../../../../src/shared/domain/coach/htmlText';

describe('htmlText', () => {
  it('turns blocks and breaks into lines, list items into "- " lines, and decodes entities', () => {
    const { text, quoted } = htmlText(
      '<div>Hi Dana,</div><p>It&#39;s ready &amp; tested&nbsp;&mdash; see below.<br>Line two</p><ul><li>One</li><li>Two</li></ul>',
    );
    expect(text).toBe("Hi Dana,\n\nIt's ready & tested \u2014 see below.\nLine two\n\n- One\n\n- Two");
    expect(quoted).toBe(false);
  });

  it('treats source line breaks as spaces and drops head, style, script and comments', () => {
    const { text } = htmlText(
      '<html><head><title>x</title><style>p{color:red}</style></head><body><!-- hidden --><p>One\nsentence\r\nhere.</p><script>alert(1)</script></body></html>',
    );
    expect(text).toBe('One sentence here.');
  });

  it.each([
    ['Outlook desktop', '<div id="divRplyFwdMsg"><b>From:</b> Dana</div><p>Old text</p>'],
    ['Outlook on the web (appended on send)', '<div id="appendonsend"></div>'],
    ['Outlook on the web, x_ prefix', '<div id="x_divRplyFwdMsg">From: Dana</div>'],
    ['Gmail', '<div class="gmail_quote">On Mon wrote:<blockquote class="gmail_quote">Old</blockquote></div>'],
    ['Apple Mail', '<blockquote type="cite">Old text</blockquote>'],
    ['Thunderbird', '<div class="moz-cite-prefix">On Mon, Dana wrote:</div><blockquote>Old</blockquote>'],
  ])('cuts the quoted history (%s)', (_client, quote) => {
    const { text, quoted } = htmlText(`<p>New text.</p>${quote}`);
    expect(text).toBe('New text.');
    expect(quoted).toBe(true);
  });

  it('keeps a plain blockquote the writer used for emphasis', () => {
    const { text, quoted } = htmlText(
      '<p>You wrote:</p><blockquote>ship by Friday</blockquote><p>Agreed.</p>',
    );
    expect(text).toContain('ship by Friday');
    expect(quoted).toBe(false);
  });

  it('cuts the signature block', () => {
    const { text } = htmlText('<p>New text.</p><div id="Signature"><p>Sam Patel</p><p>+1 646</p></div>');
    expect(text).toBe('New text.');
  });

  it('never keeps markup and leaves unknown entities as written', () => {
    const { text } = htmlText(
      '<p onclick="x()">a <b>bold</b> <img src=x onerror=alert(1)> &bogus; &#0; &#x41;</p>',
    );
    expect(text).toBe('a bold  &bogus; &#0; A');
  });
});

describe('htmlText on hostile names', () => {
  it('does not treat Object.prototype names as entities', () => {
    expect(htmlText('<p>&constructor; &toString; &hasOwnProperty;</p>').text).toBe(
      '&constructor; &toString; &hasOwnProperty;',
    );
  });
});
