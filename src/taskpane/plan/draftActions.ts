/**
 * The actions that write messages from templates (reminder, thank-you, ask for preferences, call
 * recap), open meeting requests or start tracking: loaded on first use, outside the first paint, and
 * prefetched while the pane is idle so a click does not wait.
 */
export { meetingRequest } from '../../shared/app/meetingRequest';
export { reminderDraft } from '../../shared/app/reminderDraft';
export { sentTrack } from '../../shared/app/sentTrack';
export { templateDraft } from '../../shared/app/templateDraft';
export { templatePerson } from '../../shared/app/templatePerson';
export { thankYouDraft } from '../../shared/app/thankYouDraft';
