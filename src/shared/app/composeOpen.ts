/**
 * OnNewMessageCompose: when follow-ups are due, one insight line on the new message with an
 * "Open ReachPlan" button (InsightMessage, Mailbox 1.10; compose only on web and new Outlook). Where
 * insight lines are not supported it shows nothing (a plain line would nag on every new message).
 */
import type { Capabilities, NotifierPort } from '../ports';
import type { Store } from '../storage/store';
import { appStrings } from './appStrings';
import { dueGroups, dueNowCount } from './dueGroups';
import { COMMAND_IDS } from './sendCommit';

export const DUE_NOTICE_KEY = 'rp-due';

export interface ComposeOpenDeps {
  readonly store: Store;
  readonly notifier: NotifierPort;
  readonly capabilities: Pick<Capabilities, 'insightNotices'>;
}

/** Returns how many steps are due (0 when nothing was shown). Never throws. */
export async function composeOpen(deps: ComposeOpenDeps, now: number): Promise<number> {
  try {
    if (!deps.capabilities.insightNotices) return 0;
    const count = dueNowCount(dueGroups(deps.store.followUps(), now, deps.store.settings().user.timeZone));
    if (count === 0) return 0;
    await deps.notifier.show(DUE_NOTICE_KEY, {
      kind: 'insight',
      message: appStrings.dueInsight(count),
      action: {
        label: appStrings.openPlan,
        commandId: COMMAND_IDS.composePane,
        context: JSON.stringify({ view: 'due' }),
      },
    });
    return count;
  } catch {
    return 0;
  }
}
