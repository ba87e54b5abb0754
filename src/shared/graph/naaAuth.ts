/**
 * Signing in to Microsoft 365 with nested app authentication: MSAL's
 * createNestablePublicClientApplication over the bridge the Outlook host provides
 * (window.nestedAppAuthBridge), acquireTokenSilent first and acquireTokenPopup when the user must
 * consent or pick an account (only from a user gesture, or the popup is blocked). Tokens live in
 * MSAL's memory cache only (cacheLocation memoryStorage): nothing lands in localStorage or cookies,
 * and closing the pane forgets them. Where the host offers no bridge, MSAL would quietly fall back
 * to a standard browser client that cannot work inside Outlook; that fallback is refused here.
 * Requires the Entra app registration described in the README (SPA redirect brk-multihub://<domain>).
 */
import {
  AuthError,
  BrowserCacheLocation,
  createNestablePublicClientApplication,
  InteractionRequiredAuthError,
  PublicClientApplication,
  type AuthenticationResult,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import type { ConnectedAccount, GraphAuthPort } from '../ports';
import { GraphError } from './graphError';
import { authStrings } from './graphStrings';

/** The delegated Microsoft Graph permissions connected mode asks for. */
export const GRAPH_SCOPES: readonly string[] = ['Mail.Read', 'Tasks.ReadWrite', 'MailboxSettings.Read'];

export interface NaaAuthOptions {
  readonly clientId: string;
  /** "common" serves work/school accounts of any tenant. */
  readonly authority?: string;
}

function failure(error: unknown): GraphError {
  if (error instanceof GraphError) return error;
  if (error instanceof InteractionRequiredAuthError)
    return new GraphError({ kind: 'signIn', code: error.errorCode, message: authStrings.interaction });
  if (error instanceof AuthError) {
    switch (error.errorCode) {
      case 'user_canceled':
      case 'user_cancelled':
        return new GraphError({ kind: 'signIn', code: error.errorCode, message: authStrings.cancelled });
      case 'no_network_connectivity':
        return new GraphError({ kind: 'offline', code: error.errorCode, message: authStrings.offline });
      case 'nested_app_auth_bridge_disabled':
        return new GraphError({ kind: 'signIn', code: error.errorCode, message: authStrings.noBridge });
      default:
        return new GraphError({
          kind: 'signIn',
          code: error.errorCode,
          message: authStrings.failed(error.errorMessage || error.errorCode),
        });
    }
  }
  return new GraphError({
    kind: 'signIn',
    message: authStrings.failed(error instanceof Error ? error.message : String(error)),
  });
}

/** The GraphAuthPort over MSAL's nested app authentication. */
export function createNaaAuth(options: NaaAuthOptions): GraphAuthPort {
  let app: Promise<IPublicClientApplication> | null = null;
  let account: ConnectedAccount | null = null;
  let signedOut = false;
  const scopes = [...GRAPH_SCOPES];

  const application = (): Promise<IPublicClientApplication> => {
    app ??= (async () => {
      if (!options.clientId) throw new GraphError({ kind: 'signIn', message: authStrings.notConfigured });
      let nested = false;
      const created = await createNestablePublicClientApplication(
        {
          auth: {
            clientId: options.clientId,
            authority: options.authority ?? 'https://login.microsoftonline.com/common',
          },
          cache: { cacheLocation: BrowserCacheLocation.MemoryStorage },
        },
        undefined,
        (configuration, controller) => {
          nested = true;
          return new PublicClientApplication(configuration, controller);
        },
      );
      if (!nested) throw new GraphError({ kind: 'signIn', message: authStrings.noBridge });
      return created;
    })();
    app.catch(() => {
      app = null; // try again next time (the host may offer the bridge after a reload)
    });
    return app;
  };

  const remember = (result: AuthenticationResult): ConnectedAccount => {
    account = { username: result.account.username, name: result.account.name ?? '' };
    return account;
  };

  return {
    async token(tokenOptions) {
      if (signedOut) throw new GraphError({ kind: 'signIn', message: authStrings.signedOut });
      try {
        const result = await (
          await application()
        ).acquireTokenSilent({
          scopes,
          ...(tokenOptions?.forceRefresh ? { forceRefresh: true } : {}),
        });
        remember(result);
        return result.accessToken;
      } catch (error: unknown) {
        throw failure(error);
      }
    },
    async signIn(interactive) {
      signedOut = false;
      let pca: IPublicClientApplication;
      try {
        pca = await application();
      } catch (error: unknown) {
        throw failure(error);
      }
      try {
        return remember(await pca.acquireTokenSilent({ scopes }));
      } catch (silentError: unknown) {
        if (!interactive) throw failure(silentError);
        try {
          return remember(await pca.acquireTokenPopup({ scopes }));
        } catch (popupError: unknown) {
          throw failure(popupError);
        }
      }
    },
    signOut() {
      signedOut = true;
      account = null;
      app = null; // MSAL's memory cache goes with the application object
    },
    account: () => account,
  };
}
