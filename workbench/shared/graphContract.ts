/**
 * Connected mode in the workbench: the contract between the loopback Microsoft Graph endpoint
 * (server/graph/), its state API (under /api/s/<session>/graph), the nested app authentication bridge
 * the Office runtime puts in the add-in's frames (runtime/nestedAppAuthBridge.ts) and the tests.
 * Plain JSON.
 */

/** Microsoft Graph's origin, as production code calls it. */
export const GRAPH_ORIGIN = 'https://graph.microsoft.com';
/** Where the workbench serves Graph v1.0 on its own origin. */
export const GRAPH_LOOPBACK_PATH = '/graph/v1.0';

/** How the simulated Microsoft 365 side behaves (PUT /api/s/<session>/graph/settings, partial). */
export interface GraphSimSettings {
  /** The client supports nested app authentication (isSetSupported('NestedAppAuth', '1.1')); false plays an older build. */
  readonly nestedAppAuth: boolean;
  /** The user already consented to the add-in's scopes, so a silent token request succeeds. */
  readonly consented: boolean;
  /** What the sign-in popup does: the user consents, or closes it. */
  readonly popup: 'consent' | 'cancel';
  /** The largest page the endpoint returns whatever $top asks (Graph: 10 by default, 1000 at most for mail). */
  readonly maxPageSize: number;
  /** Access token lifetime in minutes of session time (Microsoft's are 60 to 90). */
  readonly tokenMinutes: number;
}

export const DEFAULT_GRAPH_SETTINGS: GraphSimSettings = {
  nestedAppAuth: true,
  consented: true,
  popup: 'consent',
  maxPageSize: 1000,
  tokenMinutes: 75,
};

/**
 * An injected fault for Graph requests whose path (after /v1.0, with the query) contains `path`
 * (every request when absent). `remaining`: how many more requests it hits (-1: all until cleared).
 * throttle: 429 or 503 with Retry-After (seconds; none when null); unauthorized: 401
 * InvalidAuthenticationToken; error: any status and Graph error code; hang: never answers (the
 * client's timeout must end it); drop: the connection is closed without an answer.
 */
export type GraphFault =
  | {
      readonly kind: 'throttle';
      readonly status: 429 | 503;
      readonly retryAfterSeconds: number | null;
      readonly remaining: number;
      readonly path?: string;
    }
  | { readonly kind: 'unauthorized'; readonly remaining: number; readonly path?: string }
  | {
      readonly kind: 'error';
      readonly status: number;
      readonly code: string;
      readonly message?: string;
      readonly remaining: number;
      readonly path?: string;
    }
  | { readonly kind: 'hang'; readonly remaining: number; readonly path?: string }
  | { readonly kind: 'drop'; readonly remaining: number; readonly path?: string };

/** One Graph request the endpoint answered (GET /api/s/<session>/graph/log?since=). */
export interface GraphLogEntry {
  readonly seq: number;
  readonly method: string;
  /** Path after /v1.0 with its query, as received. */
  readonly url: string;
  readonly status: number;
  /** Set on the requests inside a $batch: the batch's sequence number. */
  readonly batch?: number;
}

/** A contact's automatic replies as MailTips reports them (PUT …/graph/automatic-replies). */
export interface SimAutomaticReplies {
  readonly message: string;
  /** ISO date-times (UTC) of a scheduled out-of-office, when scheduled. */
  readonly scheduledStartTime?: string;
  readonly scheduledEndTime?: string;
}

/** What the nested app authentication bridge asks the workbench for (POST …/graph/token). */
export interface GraphTokenRequest {
  readonly clientId: string;
  readonly scopes: readonly string[];
  /** GetTokenPopup (true) or GetToken (false). */
  readonly interactive: boolean;
}

export interface GraphTokenAccount {
  readonly homeAccountId: string;
  readonly environment: string;
  readonly tenantId: string;
  readonly localAccountId: string;
  readonly username: string;
  readonly name: string;
}

/** The bridge's answer, in the shapes MSAL's BridgeProxy expects (token + account, or a BridgeError). */
export type GraphTokenReply =
  | {
      readonly ok: true;
      readonly token: {
        readonly access_token: string;
        readonly id_token: string;
        readonly expires_in: number;
        readonly scope: string;
        readonly properties: null;
      };
      readonly account: GraphTokenAccount;
    }
  | {
      readonly ok: false;
      readonly error: {
        readonly status: string;
        readonly code: string;
        readonly subError?: string;
        readonly description: string;
      };
    };

/** What the runtime needs before Office.onReady (GET …/graph/client). */
export interface GraphClientInfo {
  readonly nestedAppAuth: boolean;
  readonly account: GraphTokenAccount;
}
