/**
 * The certificate for https://localhost:3000. When Microsoft's dev CA is installed (npm run sideload
 * does that on Windows/macOS), its localhost certificate is used so desktop Outlook trusts the add-in.
 * Otherwise a self-signed one is generated once into the git-ignored .certs/ folder; nothing is added
 * to the system trust store, and the browser shows a warning the first time.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { generate } from 'selfsigned';

export interface Certificate {
  readonly key: string;
  readonly cert: string;
}

/** Microsoft's office-addin-dev-certs output, if installed. */
function officeDevCertificate(): Certificate | undefined {
  const dir = path.join(homedir(), '.office-addin-dev-certs');
  const key = path.join(dir, 'localhost.key');
  const cert = path.join(dir, 'localhost.crt');
  if (!existsSync(key) || !existsSync(cert)) return undefined;
  return { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') };
}

/** The Office dev certificate if installed, else .certs/localhost.{key,crt} (generated when missing or expiring). */
export async function devCertificate(root: string): Promise<Certificate> {
  const trusted = officeDevCertificate();
  if (trusted) return trusted;
  const dir = path.join(root, '.certs');
  const keyFile = path.join(dir, 'localhost.key');
  const certFile = path.join(dir, 'localhost.crt');
  const stampFile = path.join(dir, 'expires');
  if (existsSync(keyFile) && existsSync(certFile) && existsSync(stampFile)) {
    const expires = Date.parse(readFileSync(stampFile, 'utf8'));
    if (expires - Date.now() > 24 * 3600 * 1000) {
      return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8') };
    }
  }
  const notAfterDate = new Date(Date.now() + 365 * 24 * 3600 * 1000);
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  });
  mkdirSync(dir, { recursive: true });
  writeFileSync(keyFile, pems.private, { mode: 0o600 });
  writeFileSync(certFile, pems.cert);
  writeFileSync(stampFile, notAfterDate.toISOString());
  return { key: pems.private, cert: pems.cert };
}
