/**
 * Mail in Graph's shapes over the session's simulated mailbox: /me/messages, /me/mailFolders/{id}
 * and /me/mailFolders/{id}/messages, /me/messages/{id}. Ids are REST-formatted (EWS ids with "/" → "-"
 * and "+" → "_", as Outlook's convertToRestId does), times UTC. internetMessageHeaders come only
 * with $select and extended properties only with $expand, as Graph does; the add-in's custom
 * properties are the named property `cecp-<add-in id>` (JSON of all of them), the message class is
 * PidTagMessageClass.
 */
import { bodyHtmlToText } from '../../shared/bodyFormat';
import { internetHeaderBlock } from '../../shared/internetHeaders';
import type { FolderName, MailMessage, MailPerson } from '../../shared/mailMessage';
import type { Session } from '../session';
import { badRequest, graphError, graphOk, notFound, type GraphAnswer, type GraphCall } from './graphAnswer';
import {
  customPropertiesId,
  extendedIdCanonical,
  MESSAGE_CLASS_ID,
} from '../../../src/shared/graph/extendedProperty';
import {
  filtered,
  page,
  queryChecked,
  queryFilter,
  querySelect,
  selected,
  sorted,
  type CollectionOptions,
} from './graphQuery';
import type { FilterExpr, Literal } from './odataFilter';

const TYPE = 'microsoft.graph.message';

/** REST id of an EWS-format id (Office.js convertToRestId). */
export function restId(ewsId: string): string {
  return ewsId.replace(/\//g, '-').replace(/\+/g, '_');
}

/** EWS id of a REST-format id (Office.js convertToEwsId). */
export function ewsId(restIdText: string): string {
  return restIdText.replace(/-/g, '/').replace(/_/g, '+');
}

const WELL_KNOWN: Readonly<Record<string, FolderName | null>> = {
  inbox: 'inbox',
  sentitems: 'sent',
  drafts: 'drafts',
  deleteditems: null,
  junkemail: null,
  archive: null,
  outbox: null,
};

const FOLDER_NAMES: Readonly<Record<FolderName, string>> = {
  inbox: 'Inbox',
  sent: 'Sent Items',
  drafts: 'Drafts',
};

/** The folder's id (REST-shaped, stable). */
export function folderId(folder: string): string {
  return `AQMkADwb${Buffer.from(`folder:${folder}`).toString('base64url')}AAA=`;
}

/** Resolves a well-known name or a folder id; undefined when unknown, null for an empty well-known folder. */
function folderOf(id: string): FolderName | null | undefined {
  const known = WELL_KNOWN[id.toLowerCase()];
  if (known !== undefined) return known;
  return (Object.keys(FOLDER_NAMES) as FolderName[]).find((f) => folderId(f) === id);
}

const utc = (iso: string) => new Date(Date.parse(iso)).toISOString().replace(/\.\d{3}Z$/, 'Z');
const address = (p: MailPerson) => ({ emailAddress: { name: p.name, address: p.email } });

function headerList(message: MailMessage): { name: string; value: string }[] {
  return internetHeaderBlock(message)
    .split('\r\n')
    .filter(Boolean)
    .map((line) => {
      const colon = line.indexOf(':');
      return { name: line.slice(0, colon), value: line.slice(colon + 1).trim() };
    });
}

function extendedProperties(message: MailMessage, addinId: string): { id: string; value: string }[] {
  const list = [{ id: extendedIdCanonical(MESSAGE_CLASS_ID) ?? MESSAGE_CLASS_ID, value: message.itemClass }];
  if (Object.keys(message.customProperties).length > 0)
    list.push({
      id: extendedIdCanonical(customPropertiesId(addinId)) ?? '',
      value: JSON.stringify(message.customProperties),
    });
  return list;
}

/** A message as Graph returns it, with every property (hidden ones included, for filters). */
export function messageJson(message: MailMessage, addinId: string): Record<string, unknown> {
  const text = message.bodyHtml ? bodyHtmlToText(message.bodyHtml) : message.body;
  const itemId = restId(message.id);
  return {
    '@odata.etag': `W/"CQAAABYAAAA${Buffer.from(message.sentAt).toString('base64').slice(0, 12)}"`,
    id: itemId,
    createdDateTime: utc(message.sentAt),
    lastModifiedDateTime: utc(message.sentAt),
    receivedDateTime: utc(message.sentAt),
    sentDateTime: message.folder === 'drafts' ? null : utc(message.sentAt),
    hasAttachments: false,
    internetMessageId: message.internetMessageId,
    subject: message.subject,
    bodyPreview: text.replace(/\s+/g, ' ').trim().slice(0, 255),
    importance: 'normal',
    parentFolderId: folderId(message.folder),
    conversationId: message.conversationId === null ? null : restId(message.conversationId),
    isDeliveryReceiptRequested: false,
    isReadReceiptRequested: false,
    isRead: message.read,
    isDraft: message.folder === 'drafts',
    webLink: `https://outlook.office365.com/owa/?ItemID=${encodeURIComponent(message.id)}&exvsurl=1&viewmodel=ReadMessageItem`,
    inferenceClassification: 'focused',
    body: message.bodyHtml
      ? { contentType: 'html', content: message.bodyHtml }
      : { contentType: 'text', content: message.body },
    sender: address(message.from),
    from: address(message.from),
    toRecipients: message.to.map(address),
    ccRecipients: message.cc.map(address),
    bccRecipients: message.bcc.map(address),
    replyTo: [],
    flag: { flagStatus: 'notFlagged' },
    internetMessageHeaders: headerList(message),
    singleValueExtendedProperties: extendedProperties(message, addinId),
  };
}

const HIDDEN = ['internetMessageHeaders', 'singleValueExtendedProperties'];

/** Every property messageJson writes ($select may name any of them). */
export const MESSAGE_PROPERTIES: readonly string[] = [
  'id',
  'createdDateTime',
  'lastModifiedDateTime',
  'receivedDateTime',
  'sentDateTime',
  'hasAttachments',
  'internetMessageId',
  'subject',
  'bodyPreview',
  'importance',
  'parentFolderId',
  'conversationId',
  'isDeliveryReceiptRequested',
  'isReadReceiptRequested',
  'isRead',
  'isDraft',
  'webLink',
  'inferenceClassification',
  'body',
  'sender',
  'from',
  'toRecipients',
  'ccRecipients',
  'bccRecipients',
  'replyTo',
  'flag',
  'internetMessageHeaders',
  'singleValueExtendedProperties',
];

function messageOptions(pageCap: number): CollectionOptions {
  const time = (key: string) => (item: Record<string, unknown>) =>
    typeof item[key] === 'string' ? Date.parse(item[key]) : 0;
  return {
    typeName: TYPE,
    defaultTop: 10,
    maxTop: 1000,
    pageCap,
    sortable: {
      receivedDateTime: time('receivedDateTime'),
      sentDateTime: time('sentDateTime'),
      createdDateTime: time('createdDateTime'),
      subject: (item) => (typeof item['subject'] === 'string' ? item['subject'] : '').toLowerCase(),
    },
    defaultOrder: { key: 'receivedDateTime', desc: true },
  };
}

/**
 * The ids inside `singleValueExtendedProperties/any(ep: ep/id eq '…')` in their canonical form, so
 * the GUID's case does not matter (the name's does), as Graph compares them.
 */
function canonicalIds(expr: FilterExpr): FilterExpr {
  switch (expr.k) {
    case 'and':
    case 'or':
      return { ...expr, a: canonicalIds(expr.a), b: canonicalIds(expr.b) };
    case 'not':
      return { ...expr, a: canonicalIds(expr.a) };
    case 'lambda':
      return { ...expr, body: canonicalIds(expr.body) };
    case 'fn':
      return expr;
    case 'cmp': {
      const last = expr.path[expr.path.length - 1];
      if (last !== 'id' || expr.path.length !== 2 || expr.value.t !== 'string') return expr;
      const canonical = extendedIdCanonical(expr.value.v);
      const value: Literal = { t: 'string', v: canonical ?? expr.value.v };
      return { ...expr, value };
    }
  }
}

/** Reads `singleValueExtendedProperties($filter=id eq '…' or id eq '…')`: the wanted ids, or why not. */
function expandedIds(call: GraphCall): string[] | null | GraphAnswer {
  const text = call.query.get('$expand');
  if (text === null) return null;
  const match = /^singleValueExtendedProperties\(\$filter=(.+)\)$/i.exec(text.trim());
  if (!match) return badRequest(`Parsing OData Select and Expand failed: could not expand '${text}'.`);
  const ids: string[] = [];
  for (const clause of match[1]!.split(/\s+or\s+/i)) {
    const id = /^\(?\s*id\s+eq\s+'((?:[^']|'')*)'\s*\)?$/i.exec(clause.trim());
    const canonical = id ? extendedIdCanonical(id[1]!.replace(/''/g, "'")) : null;
    if (!canonical)
      return badRequest(`The $filter of an expanded extended property must be "id eq '<property id>'".`);
    ids.push(canonical);
  }
  return ids;
}

function projector(call: GraphCall) {
  const expand = expandedIds(call);
  const select = querySelect(call, MESSAGE_PROPERTIES, TYPE);
  return { expand, select };
}

function project(
  json: Record<string, unknown>,
  select: readonly string[] | null,
  expand: readonly string[] | null,
): Record<string, unknown> {
  const out = selected(json, select, HIDDEN);
  if (expand) {
    const all = json['singleValueExtendedProperties'] as { id: string; value: string }[];
    const present = all.filter((p) => expand.includes(p.id));
    if (present.length > 0) out['singleValueExtendedProperties'] = present;
  }
  return out;
}

/** GET a collection of messages: the whole mailbox, or one folder. */
export function messagesList(
  session: Session,
  call: GraphCall,
  folder: string | null,
  addinId: string,
  pageCap: number,
): GraphAnswer {
  const refused = queryChecked(call, ['$filter', '$orderby', '$top', '$skip', '$select', '$expand']);
  if (refused) return refused;
  let messages = [...session.messages.values()];
  if (folder !== null) {
    const name = folderOf(folder);
    if (name === undefined) return notFound('The specified folder could not be found in the store.');
    messages = name === null ? [] : messages.filter((m) => m.folder === name);
  }
  const filter = queryFilter(call);
  if (!filter.ok) return badRequest(filter.reason, 'BadRequest');
  const expr = filter.value ? canonicalIds(filter.value) : null;
  const options = messageOptions(pageCap);
  const full = messages.map((m) => messageJson(m, addinId));
  const kept = filtered(full, expr, TYPE);
  if (!kept.ok) return badRequest(kept.reason, 'RequestBroker--ParseUri');
  const order = sorted(kept.value, call, expr, options);
  if (!order.ok)
    return order.reason === 'InefficientFilter'
      ? badRequest('The restriction or sort order is too complex for this operation.', 'InefficientFilter')
      : badRequest(order.reason);
  const { expand, select } = projector(call);
  if (expand !== null && !Array.isArray(expand)) return expand;
  if (!select.ok) return badRequest(select.reason, 'RequestBroker--ParseUri');
  const context = folder === null ? "users('me')/messages" : `users('me')/mailFolders('${folder}')/messages`;
  const body = page(order.value, call, options, (m) => project(m, select.value, expand), context);
  return body.ok ? graphOk(body.value) : badRequest(body.reason);
}

/** GET one message by its REST (or EWS) id. */
export function messageGet(session: Session, call: GraphCall, id: string, addinId: string): GraphAnswer {
  const refused = queryChecked(call, ['$select', '$expand']);
  if (refused) return refused;
  const message = session.messages.get(ewsId(id)) ?? session.messages.get(id);
  if (!message) return notFound();
  const { expand, select } = projector(call);
  if (expand !== null && !Array.isArray(expand)) return expand;
  if (!select.ok) return badRequest(select.reason, 'RequestBroker--ParseUri');
  return graphOk(project(messageJson(message, addinId), select.value, expand));
}

/** GET a mail folder by well-known name or id. */
export function mailFolderGet(session: Session, id: string): GraphAnswer {
  const folder = folderOf(id);
  if (folder === undefined) return notFound('The specified folder could not be found in the store.');
  if (folder === null) return graphError(404, 'ErrorItemNotFound', 'The folder is empty in the workbench.');
  const inFolder = [...session.messages.values()].filter((m) => m.folder === folder);
  return graphOk({
    id: folderId(folder),
    displayName: FOLDER_NAMES[folder],
    parentFolderId: folderId('root'),
    childFolderCount: 0,
    unreadItemCount: inFolder.filter((m) => !m.read).length,
    totalItemCount: inFolder.length,
    isHidden: false,
  });
}
