/**
 * Enumeration values as the real office.js defines them at run time (strings, not the numbers the
 * @types declarations suggest). Source: @microsoft/office-js 1.1.110 dist/office.debug.js.
 */
export const AsyncResultStatus = { Succeeded: 'succeeded', Failed: 'failed' } as const;
export const HostType = { Outlook: 'Outlook' } as const;
export const PlatformType = { OfficeOnline: 'OfficeOnline' } as const;
