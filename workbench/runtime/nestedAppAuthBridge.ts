/**
 * Nested app authentication in the workbench, at the boundary Office provides: the host object
 * `window.nestedAppAuthBridge` that MSAL's BridgeProxy (@azure/msal-browser 5.x, src/naa/) talks to.
 * MSAL posts JSON request envelopes ({ messageType: "NestedAppAuthRequest", method: GetInitContext |
 * GetToken | GetTokenPopup, requestId, tokenParams }) with postMessage(string) and listens for
 * "message" events carrying response envelopes ({ messageType: "NestedAppAuthResponse", requestId,
 * success, initContext | token + account | error: BridgeError }). The workbench answers with tokens
 * from the session's Graph side (POST /api/s/<session>/graph/token), which its loopback Graph
 * endpoint accepts. The client supports NestedAppAuth 1.1 only when the session says so (an older
 * Outlook build otherwise), and isSetSupported reports it.
 */
import type { GraphClientInfo, GraphTokenReply, GraphTokenRequest } from '../shared/graphContract';
import type { FrameBinding } from '../shared/hostApi';
import { versionAtLeast, versionFromArgument } from '../shared/requirementVersion';

type Listener = (response: string) => void;

interface RequestEnvelope {
  readonly messageType: 'NestedAppAuthRequest';
  readonly method: string;
  readonly requestId: string;
  readonly tokenParams?: { readonly clientId?: unknown; readonly scope?: unknown };
}

/** The host object MSAL looks for (its AuthBridge interface). */
export interface NestedAppAuthBridge {
  addEventListener(eventName: string, callback: Listener): void;
  removeEventListener(eventName: string, callback: Listener): void;
  postMessage(message: string): void;
}

function isEnvelope(value: unknown): value is RequestEnvelope {
  const v = value as Partial<RequestEnvelope> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    v.messageType === 'NestedAppAuthRequest' &&
    typeof v.method === 'string' &&
    typeof v.requestId === 'string'
  );
}

/** A bridge answering from the workbench session `session` (`fetchJson` talks to the workbench server). */
export function createNestedAppAuthBridge(
  info: GraphClientInfo,
  session: string,
  fetchJson: (path: string, body: unknown) => Promise<unknown>,
): NestedAppAuthBridge {
  const listeners = new Set<Listener>();
  const respond = (envelope: Record<string, unknown>) => {
    const text = JSON.stringify({ messageType: 'NestedAppAuthResponse', ...envelope });
    // Hosts answer asynchronously; MSAL registers the request before posting it.
    setTimeout(() => listeners.forEach((listener) => listener(text)), 0);
  };
  const failure = (requestId: string, status: string, code: string, description: string) =>
    respond({ requestId, success: false, error: { status, code, description } });

  const token = async (request: RequestEnvelope, interactive: boolean) => {
    const params = request.tokenParams;
    if (typeof params?.clientId !== 'string' || typeof params.scope !== 'string') {
      failure(
        request.requestId,
        'PERSISTENT_ERROR',
        'invalid_request',
        'tokenParams needs clientId and scope',
      );
      return;
    }
    const body: GraphTokenRequest = {
      clientId: params.clientId,
      scopes: params.scope.split(' ').filter(Boolean),
      interactive,
    };
    try {
      const reply = (await fetchJson(
        `/api/s/${encodeURIComponent(session)}/graph/token`,
        body,
      )) as GraphTokenReply;
      if (reply.ok)
        respond({ requestId: request.requestId, success: true, token: reply.token, account: reply.account });
      else respond({ requestId: request.requestId, success: false, error: reply.error });
    } catch (error: unknown) {
      failure(
        request.requestId,
        'NO_NETWORK',
        'network_error',
        error instanceof Error ? error.message : String(error),
      );
    }
  };

  return {
    addEventListener(eventName, callback) {
      if (eventName === 'message') listeners.add(callback);
    },
    removeEventListener(eventName, callback) {
      if (eventName === 'message') listeners.delete(callback);
    },
    postMessage(message) {
      let request: unknown;
      try {
        request = JSON.parse(message);
      } catch {
        return; // not ours: hosts ignore what they cannot read
      }
      if (!isEnvelope(request)) return;
      switch (request.method) {
        case 'GetInitContext':
          respond({
            requestId: request.requestId,
            success: true,
            initContext: {
              sdkName: 'ReachPlan workbench',
              sdkVersion: '1.0.0',
              capabilities: { queryAccount: false },
              accountContext: {
                homeAccountId: info.account.homeAccountId,
                environment: info.account.environment,
                tenantId: info.account.tenantId,
              },
            },
          });
          return;
        case 'GetToken':
        case 'GetTokenPopup':
          void token(request, request.method === 'GetTokenPopup');
          return;
        default:
          failure(
            request.requestId,
            'PERSISTENT_ERROR',
            'unsupported_method',
            `${request.method} is not supported`,
          );
      }
    },
  };
}

async function postJson(path: string, body: unknown): Promise<unknown> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  return response.json();
}

/**
 * Puts the bridge on `target` when the session's client supports nested app authentication; returns
 * whether it does (for isSetSupported('NestedAppAuth', '1.1')). Never rejects: a workbench that cannot
 * tell plays a client without NAA.
 */
export async function nestedAppAuthInstall(target: Window, binding: FrameBinding): Promise<boolean> {
  const session = binding.client().session;
  if (!session) return false;
  try {
    const response = await fetch(`/api/s/${encodeURIComponent(session)}/graph/client`);
    if (!response.ok) return false;
    const info = (await response.json()) as GraphClientInfo;
    if (!info.nestedAppAuth) return false;
    (target as unknown as { nestedAppAuthBridge: NestedAppAuthBridge }).nestedAppAuthBridge =
      createNestedAppAuthBridge(info, session, postJson);
    return true;
  } catch {
    return false;
  }
}

/** isSetSupported that also answers NestedAppAuth 1.1 (the only version there is). */
export function withNestedAppAuth(
  requirements: Office.RequirementSetSupport,
  supported: boolean,
): Office.RequirementSetSupport {
  return {
    isSetSupported(name: string, minVersion?: string | number): boolean {
      if (typeof name === 'string' && name.toLowerCase() === 'nestedappauth') {
        const version = minVersion === undefined ? '1.1' : versionFromArgument(minVersion);
        return supported && version !== undefined && !versionAtLeast(version, '1.2');
      }
      return (requirements.isSetSupported as (n: string, v?: string | number) => boolean)(name, minVersion);
    },
  };
}
