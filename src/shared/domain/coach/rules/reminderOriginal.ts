import { finding, quotedList, type CoachRule } from './coachRule';

/** A reminder should include the original message, so the reader does not have to look for it. */
export const reminderOriginal: CoachRule = {
  id: 'reminder.original',
  check: (c) => {
    if (c.reminder.length === 0 || c.text.quote !== null || c.replyOrForward) return null;
    return finding(
      'reminder.original',
      'suggestion',
      `Reads as a reminder (${quotedList(c.reminder, 2)}) but the original is not included: reply on the original thread, or paste it below, so they need not look for it.`,
      c.reminder,
    );
  },
};
