/**
 * "Rebuild from mailbox": the recovery path when roaming settings were lost (or a stale device saved
 * over them). Every flagged message carries its follow-up's record in its custom properties; this
 * reads them from Sent Items through Graph and hands each to the store's repair rule
 * (store.repairFromItem: the newer stamp wins, a deletion is not undone, a follow-up finished past
 * retention is not re-added). A follow-up comes back as its message last recorded it (at send, or
 * when the pane last opened the message); answers found since are found again by the next sweep.
 * Contact profiles and settings live only in roaming settings (and the devices' journals): they are
 * not on the messages, so this cannot bring them back.
 */
import type { Message } from '@microsoft/microsoft-graph-types';
import type { Instant } from '../domain/types';
import type { DeviceMemoryPort, GraphFailure, GraphPort, SentCopyCachePort } from '../ports';
import { ITEM_PROPERTY, itemRecordDecode } from '../storage/itemRecord';
import type { SaveState } from '../storage/saveQueue';
import type { Store } from '../storage/store';
import { graphFailureFrom } from './graphError';
import { ewsIdOf } from './graphIds';
import { customPropertiesExpand, customPropertiesOf, messagesUrl } from './graphMessage';
import { graphAll } from './graphPages';
import { odataDateTime } from './graphQuery';
import { SWEEP_MEMORY_KEY } from './replySweep';
import { conversationIdFor } from './sentCopyFind';

export interface RebuildDeps {
  readonly store: Store;
  readonly graph: GraphPort;
  readonly sentCopies: SentCopyCachePort;
  readonly memory: DeviceMemoryPort;
  readonly addinId: string;
}

export interface RebuildOutcome {
  /** Sent messages read, and how many carried a ReachPlan record. */
  readonly scanned: number;
  readonly records: number;
  /** Follow-ups put back into the index. */
  readonly restored: number;
  /** Already in the index as recorded. */
  readonly current: number;
  /** The index had a newer version (kept). */
  readonly newer: number;
  /** Deleted since (not brought back), or finished long ago (not re-added). */
  readonly skipped: number;
  /** Records that could not be read, or that the store refused, with why. */
  readonly problems: readonly string[];
  /** False when the mailbox was not read to the end (too many pages, or a failure). */
  readonly complete: boolean;
  readonly failure?: GraphFailure;
  /** The store's save state after the rebuild was written. */
  readonly save: SaveState;
}

/** How far back Sent Items are read: past the longest a plan runs (ladder, no-answer, re-engagement). */
export const REBUILD_DAYS = 400;
const PAGES_MAX = 200;

export async function mailboxRebuild(deps: RebuildDeps, now: Instant): Promise<RebuildOutcome> {
  const counts = { scanned: 0, records: 0, restored: 0, current: 0, newer: 0, skipped: 0 };
  const problems: string[] = [];
  let complete: boolean;
  let failure: GraphFailure | undefined;
  try {
    const url = messagesUrl('/me/mailFolders/sentitems/messages', {
      $filter: `receivedDateTime ge ${odataDateTime(now - REBUILD_DAYS * 86_400_000)}`,
      $select: 'id,conversationId,internetMessageId,subject',
      $expand: customPropertiesExpand(deps.addinId),
      $top: 250,
    });
    const all = await graphAll<Message>(deps.graph, url, PAGES_MAX);
    complete = all.complete;
    for (const message of all.items) {
      counts.scanned += 1;
      const record = customPropertiesOf(message, deps.addinId)?.[ITEM_PROPERTY];
      if (record === undefined) continue;
      counts.records += 1;
      const decoded = itemRecordDecode(record);
      if (!decoded.ok) {
        problems.push(`"${message.subject ?? ''}": ${decoded.reason}`);
        continue;
      }
      const repair = deps.store.repairFromItem(record);
      switch (repair.kind) {
        case 'repaired':
          counts.restored += 1;
          break;
        case 'current':
          counts.current += 1;
          break;
        case 'indexNewer':
          counts.newer += 1;
          break;
        case 'deleted':
        case 'archived':
          counts.skipped += 1;
          continue;
        case 'refused':
          problems.push(`"${message.subject ?? ''}": ${repair.error.message}`);
          continue;
      }
      const followUp = decoded.value.value;
      deps.sentCopies.put(followUp.id, {
        ...(message.id ? { itemId: ewsIdOf(message.id) } : {}),
        ...(message.conversationId
          ? { conversationId: conversationIdFor(followUp, message.conversationId) }
          : {}),
        ...(message.internetMessageId ? { internetMessageId: message.internetMessageId } : {}),
      });
    }
  } catch (error: unknown) {
    failure = graphFailureFrom(error);
    complete = false;
  }
  // A restored follow-up is as its message recorded it at send: a reply the sweep applied since must
  // be found again, so the next sweep looks from each send.
  if (counts.restored > 0) deps.memory.set(SWEEP_MEMORY_KEY, null);
  const save = await deps.store.flush();
  return { ...counts, problems, complete, ...(failure ? { failure } : {}), save };
}
