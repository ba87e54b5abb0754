/**
 * The workbench's nested app authentication bridge, at MSAL's BridgeProxy contract: JSON request
 * envelopes in through postMessage, response envelopes out to "message" listeners as strings, matched by
 * requestId; GetInitContext answers with the account context, GetToken/GetTokenPopup with the
 * workbench's tokens or a BridgeError. And isSetSupported('NestedAppAuth').
 */
import type { GraphClientInfo, GraphTokenReply } from '../../../../workbench/shared/graphContract';
import { graphLoopbackUrl } from '../../../../workbench/runtime/graphFetch';
import {
  createNestedAppAuthBridge,
  withNestedAppAuth,
} from '../../../../workbench/runtime/nestedAppAuthBridge';

const INFO: GraphClientInfo = {
  nestedAppAuth: true,
  account: {
    homeAccountId: 'oid.tid',
    environment: 'login.microsoftonline.com',
    tenantId: 'tid',
    localAccountId: 'oid',
    username: 'dana@northwind.example',
    name: 'Dana Whitfield',
  },
};

function bridgeWith(reply: GraphTokenReply | Error) {
  const posted: { path: string; body: unknown }[] = [];
  const bridge = createNestedAppAuthBridge(INFO, 's1', (path, body) => {
    posted.push({ path, body });
    return reply instanceof Error ? Promise.reject(reply) : Promise.resolve(reply);
  });
  const responses: Record<string, unknown>[] = [];
  bridge.addEventListener('message', (text) => responses.push(JSON.parse(text) as Record<string, unknown>));
  const next = () =>
    new Promise<Record<string, unknown>>((resolve) => {
      const check = () => (responses.length > 0 ? resolve(responses.shift()!) : setTimeout(check, 1));
      check();
    });
  return { bridge, posted, next };
}

const envelope = (method: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ messageType: 'NestedAppAuthRequest', method, requestId: `r-${method}`, ...extra });

const TOKEN_PARAMS = {
  clientId: '00000000-0000-4000-8000-00000000c0de',
  scope: 'Mail.Read Tasks.ReadWrite',
  correlationId: 'c',
};

describe('nested app authentication bridge', () => {
  it('answers GetInitContext with the account context, as a string envelope with the same requestId', async () => {
    const { bridge, next } = bridgeWith(new Error('not called'));
    bridge.postMessage(envelope('GetInitContext'));
    expect(await next()).toEqual({
      messageType: 'NestedAppAuthResponse',
      requestId: 'r-GetInitContext',
      success: true,
      initContext: expect.objectContaining({
        accountContext: {
          homeAccountId: 'oid.tid',
          environment: 'login.microsoftonline.com',
          tenantId: 'tid',
        },
      }) as unknown,
    });
  });

  it('asks the session for a token, silently for GetToken and interactively for GetTokenPopup', async () => {
    const reply: GraphTokenReply = {
      ok: true,
      token: { access_token: 'a', id_token: 'i', expires_in: 3600, scope: 'Mail.Read', properties: null },
      account: INFO.account,
    };
    const { bridge, posted, next } = bridgeWith(reply);
    bridge.postMessage(envelope('GetToken', { tokenParams: TOKEN_PARAMS }));
    expect(await next()).toEqual(
      expect.objectContaining({
        requestId: 'r-GetToken',
        success: true,
        token: reply.token,
        account: INFO.account,
      }),
    );
    bridge.postMessage(envelope('GetTokenPopup', { tokenParams: TOKEN_PARAMS }));
    await next();
    expect(posted).toEqual([
      {
        path: '/api/s/s1/graph/token',
        body: {
          clientId: TOKEN_PARAMS.clientId,
          scopes: ['Mail.Read', 'Tasks.ReadWrite'],
          interactive: false,
        },
      },
      {
        path: '/api/s/s1/graph/token',
        body: {
          clientId: TOKEN_PARAMS.clientId,
          scopes: ['Mail.Read', 'Tasks.ReadWrite'],
          interactive: true,
        },
      },
    ]);
  });

  it('passes a refusal on as a BridgeError, and a network failure as NO_NETWORK', async () => {
    const refused = bridgeWith({
      ok: false,
      error: { status: 'USER_CANCEL', code: 'user_cancelled', description: 'closed' },
    });
    refused.bridge.postMessage(envelope('GetTokenPopup', { tokenParams: TOKEN_PARAMS }));
    expect(await refused.next()).toEqual(
      expect.objectContaining({
        success: false,
        error: { status: 'USER_CANCEL', code: 'user_cancelled', description: 'closed' },
      }),
    );
    const offline = bridgeWith(new Error('connection refused'));
    offline.bridge.postMessage(envelope('GetToken', { tokenParams: TOKEN_PARAMS }));
    expect((await offline.next())['error']).toEqual(expect.objectContaining({ status: 'NO_NETWORK' }));
  });

  it('refuses unknown methods and token requests without parameters, and ignores what is not an envelope', async () => {
    const { bridge, posted, next } = bridgeWith(new Error('not called'));
    bridge.postMessage('not json');
    bridge.postMessage(JSON.stringify({ hello: 'world' }));
    bridge.postMessage(envelope('GetAccountList'));
    expect((await next())['error']).toEqual(expect.objectContaining({ code: 'unsupported_method' }));
    bridge.postMessage(envelope('GetToken'));
    expect((await next())['error']).toEqual(expect.objectContaining({ code: 'invalid_request' }));
    expect(posted).toEqual([]);
  });

  it('stops telling a listener once it is removed', async () => {
    const { bridge, next } = bridgeWith(new Error('x'));
    const other: string[] = [];
    const listener = (text: string) => other.push(text);
    bridge.addEventListener('message', listener);
    bridge.removeEventListener('message', listener);
    bridge.postMessage(envelope('GetInitContext'));
    await next();
    expect(other).toEqual([]);
  });
});

describe('isSetSupported with NestedAppAuth', () => {
  const base: Office.RequirementSetSupport = { isSetSupported: (name) => name === 'Mailbox' };
  it('answers NestedAppAuth 1.1 as the client supports it, and leaves other sets to the runtime', () => {
    expect(withNestedAppAuth(base, true).isSetSupported('NestedAppAuth', '1.1')).toBe(true);
    expect(withNestedAppAuth(base, true).isSetSupported('nestedappauth')).toBe(true);
    expect(withNestedAppAuth(base, true).isSetSupported('NestedAppAuth', '1.2')).toBe(false);
    expect(withNestedAppAuth(base, false).isSetSupported('NestedAppAuth', '1.1')).toBe(false);
    expect(withNestedAppAuth(base, false).isSetSupported('Mailbox', '1.1')).toBe(true);
  });
});

describe('Graph routing', () => {
  it('sends graph.microsoft.com to the workbench origin, and nothing else', () => {
    expect(
      graphLoopbackUrl('https://graph.microsoft.com/v1.0/me/messages?$top=1', 'http://127.0.0.1:3917'),
    ).toBe('http://127.0.0.1:3917/graph/v1.0/me/messages?$top=1');
    expect(graphLoopbackUrl('https://graph.microsoft.com.evil.example/v1.0', 'http://x')).toBeNull();
    expect(graphLoopbackUrl('https://login.microsoftonline.com/common', 'http://x')).toBeNull();
  });
});
