// @ts-check
/** The production manifest: every dev URL (https://localhost:3000) rewritten to the deployment's base URL. */
const DEV_BASE_URL = 'https://localhost:3000';

/**
 * Checks and normalizes ADDIN_BASE_URL (https only, no trailing slash). Undefined keeps the dev URL.
 * @param {string | undefined} raw
 */
function addinBaseUrl(raw) {
  if (!raw) return DEV_BASE_URL;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_BASE_URL is not a URL: "${raw}"`);
  }
  if (url.protocol !== 'https:')
    throw new Error(`ADDIN_BASE_URL must use https (Outlook requires it): "${raw}"`);
  if (url.search || url.hash) throw new Error(`ADDIN_BASE_URL must not have a query or fragment: "${raw}"`);
  return url.href.replace(/\/+$/, '');
}

/**
 * @param {string} xml the dev manifest
 * @param {string} base a value returned by addinBaseUrl
 */
function manifestForBase(xml, base) {
  return xml.split(DEV_BASE_URL).join(base);
}

module.exports = { DEV_BASE_URL, addinBaseUrl, manifestForBase };
