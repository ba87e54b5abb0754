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
