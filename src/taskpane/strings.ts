/**
 * Every user-visible string of the task pane, in one place, ready for localization.
 * Functions take the values they insert; React renders them as text (never as HTML).
 */
export const strings = {
  appName: 'ReachPlan',
  thisMessage: {
    heading: 'This message',
    loading: 'Reading the message…',
    noItem: 'Select a message to see its follow-up plan.',
    subjectLabel: 'Subject',
    noSubject: '(no subject)',
    recipientsLabel: 'To',
    noRecipients: 'No recipients yet',
    loadFailed: (reason: string) => `ReachPlan could not read this message: ${reason}`,
    retry: 'Try again',
  },
} as const;
