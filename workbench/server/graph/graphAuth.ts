/**
 * Tokens for the workbench's Microsoft Graph: what the nested app authentication bridge hands MSAL
 * and what the endpoint accepts. Access tokens are JWTs (HS256 with a key that lives as long as the
 * server) carrying the session, the scopes and an expiry in session time, so moving the session clock
 * expires them as real time would. ID tokens are unsigned-in-practice JWTs with the claims MSAL reads
 * (oid, tid, preferred_username, name): MSAL decodes them and does not check their signature.
 */
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { GraphTokenAccount } from '../../shared/graphContract';
import type { Session } from '../session';

const KEY = randomBytes(32);
/** The simulated tenant (a fixed GUID, so accounts look the same across restarts). */
export const WORKBENCH_TENANT = '5f2c8a4e-1b7d-4c3a-9e61-0d2b8f7a4c19';
const ENVIRONMENT = 'login.microsoftonline.com';

export interface AccessClaims {
  readonly session: string;
  readonly scopes: readonly string[];
  /** Expiry, epoch seconds of session time. */
  readonly exp: number;
  readonly clientId: string;
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function sign(payload: Record<string, unknown>): string {
  const body = `${b64({ typ: 'JWT', alg: 'HS256' })}.${b64(payload)}`;
  return `${body}.${createHmac('sha256', KEY).update(body).digest('base64url')}`;
}

/** The mailbox user's object id: stable per address. */
function objectId(email: string): string {
  const hex = createHmac('sha256', 'workbench-oid').update(email.toLowerCase()).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The account the bridge reports for the session's mailbox user. */
export function accountOf(session: Session): GraphTokenAccount {
  const oid = objectId(session.user.email);
  return {
    homeAccountId: `${oid}.${WORKBENCH_TENANT}`,
    environment: ENVIRONMENT,
    tenantId: WORKBENCH_TENANT,
    localAccountId: oid,
    username: session.user.email,
    name: session.user.name,
  };
}

/** An access token for Graph and the ID token of the account, valid `minutes` of session time. */
export function tokensIssue(
  session: Session,
  clientId: string,
  scopes: readonly string[],
  minutes: number,
): { accessToken: string; idToken: string; expiresIn: number } {
  const now = Math.floor(session.nowMs() / 1000);
  const exp = now + minutes * 60;
  const account = accountOf(session);
  const accessToken = sign({
    aud: 'https://graph.microsoft.com',
    iss: `https://sts.windows.net/${WORKBENCH_TENANT}/`,
    iat: now,
    nbf: now,
    exp,
    appid: clientId,
    scp: scopes.join(' '),
    oid: account.localAccountId,
    tid: WORKBENCH_TENANT,
    upn: session.user.email,
    wbs: session.id,
    uti: randomUUID(),
  });
  const idToken = sign({
    aud: clientId,
    iss: `https://${ENVIRONMENT}/${WORKBENCH_TENANT}/v2.0`,
    iat: now,
    nbf: now,
    exp,
    name: session.user.name,
    oid: account.localAccountId,
    preferred_username: session.user.email,
    sub: account.localAccountId,
    tid: WORKBENCH_TENANT,
    ver: '2.0',
  });
  return { accessToken, idToken, expiresIn: minutes * 60 };
}

/** The claims of an access token this server signed, or why it is refused (Graph's wording). */
export function accessTokenRead(token: string): AccessClaims | string {
  const parts = token.split('.');
  if (parts.length !== 3) return 'IDX14100: JWT is not well formed, there are no dots (.).';
  const [header, payload, signature] = parts as [string, string, string];
  const expected = createHmac('sha256', KEY).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return 'Invalid signature. The token was not issued by this tenant.';
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    const session = claims['wbs'];
    const exp = claims['exp'];
    const scp = claims['scp'];
    const appid = claims['appid'];
    if (typeof session !== 'string' || typeof exp !== 'number' || typeof scp !== 'string')
      return 'The token is missing required claims.';
    return {
      session,
      exp,
      scopes: scp.split(' ').filter(Boolean),
      clientId: typeof appid === 'string' ? appid : '',
    };
  } catch {
    return 'IDX14102: Unable to decode the payload of the token.';
  }
}
