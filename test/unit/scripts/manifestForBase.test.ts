import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { addinBaseUrl, manifestForBase } = require('../../../scripts/manifestForBase.js') as {
  addinBaseUrl: (raw: string | undefined) => string;
  manifestForBase: (xml: string, base: string) => string;
};

const root = path.resolve(__dirname, '../../..');
const schema = path.resolve(root, '../shared/schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd');

describe('production manifest', () => {
  it('points every URL at ADDIN_BASE_URL, keeps no localhost, and still validates', () => {
    const xml = manifestForBase(
      readFileSync(path.join(root, 'manifest.xml'), 'utf8'),
      addinBaseUrl('https://example.com/'),
    );
    expect(xml).not.toMatch(/localhost/);
    expect(xml).toContain('<bt:Url id="JSRuntime.Url" DefaultValue="https://example.com/commands.js"/>');
    expect(xml).toContain('<AppDomain>https://example.com</AppDomain>');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'manifest-')), 'manifest.xml');
    writeFileSync(file, xml);
    const lint = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, file], { encoding: 'utf8' });
    expect(lint.stderr.trim()).toBe(`${file} validates`);
    expect(lint.status).toBe(0);
  });

  it('keeps a path in the base URL', () => {
    expect(addinBaseUrl('https://cdn.contoso.example/reachplan/')).toBe(
      'https://cdn.contoso.example/reachplan',
    );
  });

  it.each([
    ['http://example.com', /must use https/],
    ['not a url', /is not a URL/],
    ['https://example.com/?v=2', /query or fragment/],
  ])('refuses %s', (raw, message) => {
    expect(() => addinBaseUrl(raw)).toThrow(message);
  });

  it('keeps the dev URL when no base is given', () => {
    expect(addinBaseUrl(undefined)).toBe('https://localhost:3000');
  });
});
