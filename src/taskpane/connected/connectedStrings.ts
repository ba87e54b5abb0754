/**
 * Every user-visible string of the Connected mode settings (English; ready for localization; the lead
 * folds them into the pane's strings.ts). Functions take the values they insert; React renders them as
 * text, never as HTML.
 */
export const connectedStrings = {
  heading: 'Connected mode',
  intro:
    'Finds replies you have not opened yet, keeps each next step as a Microsoft To Do reminder on all your devices, and can rebuild your follow-ups from your mailbox. It signs in with your Microsoft 365 account through Outlook; ReachPlan has no server of its own.',
  toggle: 'Use connected mode (Microsoft 365)',
  toggleOnElsewhere: 'Connected mode is on for your mailbox; sign in on this device to use it here.',
  starting: 'Connecting to Microsoft 365…',
  signingIn: 'Signing in…',
  signedIn: (name: string, email: string) =>
    name ? `Signed in as ${name} (${email})` : `Signed in as ${email}`,
  signedOut: 'Not signed in on this device.',
  signIn: 'Sign in',
  signOut: 'Sign out',
  checkNow: 'Check for replies now',
  checking: 'Checking your mailbox…',
  neverChecked: 'Not checked yet.',
  lastCheck: (time: string, summary: string) => `Last check ${time}: ${summary}`,
  nothingNew: 'nothing new',
  cleared: (count: number) =>
    count === 1 ? '1 reply cleared its plan' : `${count} replies cleared their plans`,
  paused: (count: number) =>
    count === 1 ? '1 plan paused (out of office)' : `${count} plans paused (out of office)`,
  stopped: (count: number) =>
    count === 1 ? '1 plan stopped (bounce or moved on)' : `${count} plans stopped (bounce or moved on)`,
  tasks: (created: number, done: number) =>
    [
      created > 0 ? `${created} To Do ${created === 1 ? 'reminder' : 'reminders'} added` : '',
      done > 0 ? `${done} updated or removed` : '',
    ]
      .filter(Boolean)
      .join(', '),
  findingLine: (contact: string, subject: string, outcome: string) => `${contact} – "${subject}": ${outcome}`,
  outcome: {
    cleared: 'replied, plan cleared',
    paused: 'away, plan paused',
    stopped: 'moved on, plan stopped',
  },
  problem: (message: string) => `Could not finish: ${message}`,
  rebuild: 'Rebuild from mailbox',
  rebuildHelp:
    'If your follow-ups went missing (for example after another device saved old data), this reads them back from the flagged messages in Sent Items.',
  rebuilding: 'Reading your sent messages…',
  rebuilt: (scanned: number, restored: number, current: number) =>
    `Read ${scanned} sent ${scanned === 1 ? 'message' : 'messages'}: ${restored} ${restored === 1 ? 'follow-up' : 'follow-ups'} restored, ${current} already up to date.`,
  rebuildSkipped: (count: number) =>
    `${count} deleted or long-finished ${count === 1 ? 'follow-up was' : 'follow-ups were'} left out.`,
  rebuildNewer: (count: number) => `${count} kept the newer version this device already had.`,
  rebuildIncomplete: 'Not every sent message could be read; run it again later to finish.',
  rebuildProblems: (count: number) => `${count} ${count === 1 ? 'record' : 'records'} could not be read:`,
  rebuildNote: 'Contact preferences and settings are not stored on messages, so this cannot restore them.',
  rebuildSaveFailed: (reason: string) =>
    `The rebuilt follow-ups are kept on this device but not saved yet: ${reason}`,
  away: (names: string) => `Out of office now: ${names}. The plan starts after their return.`,
  awayUntil: (name: string, until: string) => `${name} (back ${until})`,
} as const;
