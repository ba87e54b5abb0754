/**
 * ReachPlan's own wording for each template (the seeds give the intent, not the sentences). Users
 * may replace any of them in Settings.templates; templatesResolve falls back to these.
 */
import type { TemplateId } from './types';

export const DEFAULT_TEMPLATES: Readonly<Record<TemplateId, string>> = {
  reminder1: `Hi {contactFirstName},

A quick nudge on my note below from {sentDate}, in case it slipped down your inbox.

Thanks,
{userName}`,

  reminder2: `Hi {contactFirstName},

I haven't heard back about "{subject}" and want to make sure my emails reach you. Are they landing in a junk folder, or would a few more days help? Either answer is fine.

Thanks,
{userName}`,

  switchTask: `Reach {contactName} by {channel} at {address} about "{subject}".
Best time: {contactTime} their time ({contactZone}), which is {userTime} for you ({userZone}).
Two emails since {sentDate} got no answer, so this attempt uses another channel.`,

  thankYou: `Hi {contactFirstName},

Thank you for getting back to me about "{subject}" – that closes it on my side. I'll be in touch if anything changes.

Best regards,
{userName}`,

  callScript: `Call {contactName} about "{subject}". Keep it short and use your own words.
1. Acknowledge and apologise: "I'm sorry about {issue}. That should not have happened."
2. Check you understood: "Let me check I have this right…", repeat the problem back and let them correct you.
3. Say what you will do: "Here is what I'm doing about it: {action}."
4. Say when it will be resolved: "You will have it by {resolveDate}, and I'll confirm by email."
After the call, send the recap email.`,

  callRecap: `Hi {contactFirstName},

Thank you for the call today. As agreed:
- What went wrong: {issue}
- What I am doing: {action}
- When it will be done: {resolveDate}

If I missed or misread anything, reply and I will put it right.

{userName}`,

  meetingRecap: `Hi {contactFirstName},

Thanks for your time on {meetingDate}. Here are the next steps as I noted them:
{nextSteps}

Could you reply by {confirmBy} to confirm this matches your notes, or tell me what to change?

Best regards,
{userName}`,

  preferencesRequest: `Hi {contactFirstName},

I'd like to reach you in the way that works best for you. When you have a minute, could you tell me:
- Your #1 and #2 ways of being contacted (email, phone, text, Teams or another chat, LinkedIn, a video call…)?
- Which days of the week suit you best, and which are the worst?
- The best time of day: before 8, between 8 and 5, or after 5? Any times to avoid?
- How long I should wait for an answer before trying another way?

A line or two is plenty. Thank you!
{userName}`,

  reengage: `Hi {contactFirstName},

When we last spoke, on {sentDate}, it was about "{subject}". Things may have moved on for you since then, so I'm checking whether it would help to pick this up again. If the timing is wrong, no reply is needed.

Best regards,
{userName}`,
};
