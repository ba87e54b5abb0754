/**
 * Enumeration values as office.js defines them at run time (strings, where the @types declarations
 * show numeric enums). Source: @microsoft/office-js 1.1.110 dist/office.debug.js and
 * outlook-web-16.01.debug.js (MailboxEnums, EventType augmentList).
 */
export const AsyncResultStatus = { Succeeded: 'succeeded', Failed: 'failed' } as const;
export const HostType = { Outlook: 'Outlook' } as const;
export const PlatformType = { OfficeOnline: 'OfficeOnline' } as const;
export const CoercionType = { Text: 'text', Html: 'html' } as const;
export const EventType = {
  ItemChanged: 'olkItemSelectedChanged',
  OfficeThemeChanged: 'officeThemeChanged',
  RecipientsChanged: 'olkRecipientsChanged',
} as const;

export const MailboxEnums = {
  ItemType: { Message: 'message', Appointment: 'appointment' },
  ItemNotificationMessageType: {
    ProgressIndicator: 'progressIndicator',
    InformationalMessage: 'informationalMessage',
    ErrorMessage: 'errorMessage',
    InsightMessage: 'insightMessage',
  },
  RecipientType: {
    Other: 'other',
    DistributionList: 'distributionList',
    User: 'user',
    ExternalUser: 'externalUser',
  },
  ResponseType: {
    None: 'none',
    Organizer: 'organizer',
    Tentative: 'tentative',
    Accepted: 'accepted',
    Declined: 'declined',
  },
  BodyType: { Text: 'text', Html: 'html' },
  ComposeType: { Forward: 'forward', NewMail: 'newMail', Reply: 'reply' },
  UserProfileType: { Office365: 'office365', OutlookCom: 'outlookCom', Enterprise: 'enterprise' },
  ActionType: { ShowTaskPane: 'showTaskPane' },
  SendModeOverride: { PromptUser: 'promptUser' },
  RestVersion: { v1_0: 'v1.0', v2_0: 'v2.0', Beta: 'beta' },
} as const;
