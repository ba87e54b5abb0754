import { bodyHtmlToText, bodyTextToHtml, htmlEscape } from '../../../../workbench/shared/bodyFormat';

describe('bodyFormat', () => {
  it('round-trips text through HTML, keeping empty lines and escaping markup', () => {
    const text = 'Hi <Priya> & team,\n\nSee "this".\nDana';
    const html = bodyTextToHtml(text);
    expect(html).toContain('&lt;Priya&gt; &amp; team');
    expect(html).not.toContain('<Priya>');
    expect(bodyHtmlToText(html)).toBe(text);
  });

  it('reads HTML as text: block ends and <br> are line breaks, hidden parts and tags go, entities decode', () => {
    const html =
      '<html><head><style>p{}</style></head><body><p>One&nbsp;two</p><div>3 &lt; 4<br>five &#x263A; &#65;</div><!-- x --></body></html>';
    expect(bodyHtmlToText(html)).toBe('One two\n3 < 4\nfive ☺ A');
  });

  it('escapes the five HTML-special characters', () => {
    expect(htmlEscape(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
