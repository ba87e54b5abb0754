/** The words connected mode's Graph layer gives the user (English; one place, ready for localization). */
export const graphStrings = {
  signIn: 'Microsoft 365 needs you to sign in again: open Connected mode in ReachPlan and sign in.',
  forbidden: (code: string) =>
    `Microsoft 365 refused access (${code}). Your organization may not allow ReachPlan the permissions it asks for (read mail, tasks, mailbox settings).`,
  notFound: 'Microsoft 365 could not find that item any more.',
  throttled: (minutes: number) =>
    `Microsoft 365 asked ReachPlan to slow down. It tries again in ${minutes === 1 ? '1 minute' : `${minutes} minutes`}.`,
  offline: 'ReachPlan could not reach Microsoft 365. Check your connection; it tries again later.',
  timeout: (seconds: number) =>
    `Microsoft 365 did not answer within ${seconds} seconds. ReachPlan tries again later.`,
  server: (status: number) => `Microsoft 365 had a problem (error ${status}). ReachPlan tries again later.`,
  refused: (detail: string) => `Microsoft 365 refused a request: ${detail}`,
  notGraphUrl: 'a link that does not point to Microsoft Graph was refused',
  unreadable: 'Microsoft 365 sent an answer ReachPlan could not read.',
} as const;

/** Microsoft To Do task text for a step (the title shows on every device's reminder). */
export const todoStrings = {
  title: (label: string, contact: string, subject: string) =>
    `${label}: ${contact} – ${subject}`.slice(0, 255),
  body: (contact: string, subject: string, sent: string) =>
    `ReachPlan follow-up with ${contact} on "${subject}" (sent ${sent}). Open ReachPlan in Outlook to draft the reminder or log the call; ReachPlan completes this task when the step is done and removes it when the plan clears.`,
  linkName: (subject: string) => subject || '(no subject)',
} as const;

/** Signing in (nested app authentication): what the user reads when it cannot happen. */
export const authStrings = {
  notConfigured:
    'Connected mode is not set up in this installation of ReachPlan (it has no Microsoft Entra application id). Ask whoever installed ReachPlan.',
  unsupported:
    'This version of Outlook cannot sign add-ins in to Microsoft 365 (nested app authentication). Update Outlook (Windows 2409 or later, Mac 16.89 or later) or use Outlook on the web.',
  personalAccount:
    'Connected mode needs a work or school Microsoft 365 mailbox: Outlook cannot sign add-ins in for Outlook.com or Gmail accounts.',
  noBridge: 'Outlook did not offer its sign-in to ReachPlan here. Reopen ReachPlan, or use another Outlook.',
  interaction: 'Sign in to let ReachPlan read your mail and keep your tasks.',
  cancelled: 'Sign-in was cancelled.',
  offline: 'ReachPlan could not reach Microsoft 365 to sign in. Check your connection.',
  failed: (detail: string) => `Signing in to Microsoft 365 failed: ${detail}`,
  signedOut: 'You signed ReachPlan out of Microsoft 365 on this device.',
} as const;
