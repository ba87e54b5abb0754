/**
 * Routes one Graph request (from HTTP or inside a $batch) of an authenticated session to the mail,
 * To Do, MailTips and mailbox settings handlers, after the scope check Graph makes (403
 * ErrorAccessDenied when the token lacks the permission the resource needs).
 */
import type { Session } from '../session';
import { graphError, notFound, type GraphAnswer, type GraphCall } from './graphAnswer';
import { mailboxSettings, mailTips } from './graphMailbox';
import { mailFolderGet, messageGet, messagesList } from './graphMessages';
import type { GraphState } from './graphState';
import { todoRoute } from './graphTodo';

export interface GraphContext {
  readonly session: Session;
  readonly state: GraphState;
  readonly addinId: string;
  readonly scopes: readonly string[];
}

/** The delegated permissions that grant a resource (any one of them). */
function permissionsFor(call: GraphCall): readonly string[] {
  if (call.path.startsWith('/me/todo')) {
    return call.method === 'GET' ? ['Tasks.Read', 'Tasks.ReadWrite'] : ['Tasks.ReadWrite'];
  }
  if (call.path.startsWith('/me/mailboxSettings'))
    return ['MailboxSettings.Read', 'MailboxSettings.ReadWrite'];
  return ['Mail.Read', 'Mail.ReadWrite'];
}

function denied(): GraphAnswer {
  return graphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
}

/** Answers one request. */
export function graphDispatch(context: GraphContext, call: GraphCall): GraphAnswer {
  const granted = permissionsFor(call);
  if (!context.scopes.some((s) => granted.some((g) => g.toLowerCase() === s.toLowerCase()))) return denied();
  const segments = call.path.split('/').filter(Boolean).map(decodeURIComponent);
  if (segments[0] !== 'me') return notFound(`Resource not found for the segment '${segments[0] ?? ''}'.`);
  const [, resource, id, sub] = segments;
  const { session, state, addinId } = context;
  const cap = state.settings.maxPageSize;
  const methodNotAllowed = () =>
    graphError(
      405,
      'Request_BadRequest',
      `The HTTP method '${call.method}' is not allowed on this resource.`,
    );
  switch (resource) {
    case 'messages':
      if (call.method !== 'GET') return methodNotAllowed();
      if (id === undefined) return messagesList(session, call, null, addinId, cap);
      if (segments.length === 3) return messageGet(session, call, id, addinId);
      return notFound();
    case 'mailFolders':
      if (call.method !== 'GET' || id === undefined) return methodNotAllowed();
      if (sub === undefined) return mailFolderGet(session, id);
      if (sub === 'messages' && segments.length === 4) return messagesList(session, call, id, addinId, cap);
      if (sub === 'messages' && segments.length === 5)
        return messageGet(session, call, segments[4] as string, addinId);
      return notFound();
    case 'getMailTips':
      return call.method === 'POST' && segments.length === 2
        ? mailTips(state, session, call)
        : methodNotAllowed();
    case 'mailboxSettings':
      return call.method === 'GET' && segments.length === 2
        ? mailboxSettings(session, call)
        : methodNotAllowed();
    case 'todo':
      return todoRoute(state, call, segments.slice(2), new Date(session.nowMs()).toISOString());
    default:
      return notFound(`Resource not found for the segment '${resource ?? ''}'.`);
  }
}
