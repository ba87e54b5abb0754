/**
 * The words the commands and the item notifications use (English; one place, ready for localization).
 * Notification lines are cut to Office's 150 characters by the notifier; keep them shorter.
 */
export const appStrings = {
  flagged: (when: string, contact: string, note = '') =>
    `ReachPlan: reminder ${when} if ${contact} doesn't reply.${note} Press again to cancel.`,
  /** Short notes for the flag line (it must stay within 150 characters). */
  flaggedSome: (tracked: number, total: number) => ` Tracking ${tracked} of ${total}.`,
  flaggedNoAddress: (count: number) => ` ${count} without an address left out.`,
  flaggedOnSend: 'ReachPlan: tracking this message. The plan is made when you send. Press again to cancel.',
  flaggedNoPlan: (why: string) => `ReachPlan: tracking this message, but ${why}. Press again to cancel.`,
  unflagged: 'ReachPlan: no longer tracking this message. Press "Remind me if no reply" to track it again.',
  flagFull: (characters: number, quota: number) =>
    `ReachPlan couldn't flag this message: its data on the message would need ${characters} of the ${quota} characters Outlook allows.`,
  flagFailed: (reason: string) =>
    `ReachPlan couldn't flag this message (${reason}). Try again, or open Follow-up plan.`,
  dueInsight: (count: number) =>
    count === 1
      ? 'ReachPlan: 1 follow-up is due. Open the plan to send it.'
      : `ReachPlan: ${count} follow-ups are due. Open the plan to act on them.`,
  openPlan: 'Open ReachPlan',
  offerTracking: (contact: string) =>
    `This message asks ${contact} for something. Track it and ReachPlan reminds you if there's no reply: choose "Track it", then send again.`,
  offerTrackingNoButton: (contact: string) =>
    `This message asks ${contact} for something. To be reminded if there's no reply, choose Don't Send, press "Remind me if no reply", then send again.`,
  offerTrackingLabel: 'Track it',
  untrackable: (why: string) =>
    `ReachPlan can't track this message: ${why}. Choose Send Anyway to send it without a follow-up plan, or Don't Send to add the contact's email address.`,
  flaggedNobody: (why: string) =>
    `ReachPlan: tracking this message, but ${why}. Add the contact's address before you send.`,
  contactNoProfile: 'no profile yet',
  statusWaiting: (contact: string, next: string) => `ReachPlan: waiting for ${contact}. Next: ${next}.`,
  statusPaused: (contact: string, until: string) =>
    `ReachPlan: ${contact} is away; the follow-up resumes ${until}.`,
  statusReplied: (contact: string) => `ReachPlan: ${contact} replied. This follow-up is cleared.`,
  statusNoAnswer: (contact: string) =>
    `ReachPlan: no answer from ${contact} after every step. Open the plan to decide what next.`,
  statusStopped: 'ReachPlan: this message is no longer tracked.',
  statusDone: 'ReachPlan: this follow-up is closed.',
  replyCleared: (contact: string, subject: string) =>
    `ReachPlan: ${contact} replied, so the follow-up on "${subject}" is cleared.`,
  autoReplyPaused: (contact: string, until: string) =>
    `ReachPlan: ${contact} is away (automatic reply). The follow-up waits until ${until}.`,
  bounced: (email: string) =>
    `ReachPlan: the message to ${email} bounced. The follow-up stopped and the contact is marked as moved on.`,
  movedOn: (contact: string) =>
    `ReachPlan: ${contact} has moved on. The follow-up stopped; update the contact in the plan.`,
  stepLabel: (kind: 'reminder' | 'switch' | 'reengage', channel: string, when: string) =>
    kind === 'reminder'
      ? `reminder ${when}`
      : kind === 'switch'
        ? `${channel} ${when}`
        : `check back ${when}`,
  movedOnNoPlan: 'the contact has moved on',
} as const;

/** What to call a person in one short line: their first name, else the address. */
export function personShortName(name: string, email: string): string {
  const first = name.trim().split(/[\s,]+/)[0] ?? '';
  if (first && !first.includes('@')) return first.slice(0, 40);
  return email.slice(0, 60);
}
