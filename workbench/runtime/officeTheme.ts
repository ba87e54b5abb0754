/**
 * Office.context.officeTheme (Mailbox 1.14) from the device's theme, and the OfficeThemeChanged event
 * arguments ({ type, officeTheme }).
 */
import type { OfficeThemeColors } from '../shared/hostApi';
import { EventType } from './enums';

export function officeTheme(colors: OfficeThemeColors): Office.OfficeTheme {
  return {
    bodyBackgroundColor: colors.bodyBackgroundColor,
    bodyForegroundColor: colors.bodyForegroundColor,
    controlBackgroundColor: colors.controlBackgroundColor,
    controlForegroundColor: colors.controlForegroundColor,
    isDarkTheme: colors.isDarkTheme,
    // Office.ThemeId values are GUID strings at run time; Outlook does not document which it uses.
    themeId: (colors.isDarkTheme ? 'dark' : 'light') as unknown as Office.ThemeId,
  };
}

export function themeChangedArgs(colors: OfficeThemeColors): {
  type: string;
  officeTheme: Office.OfficeTheme;
} {
  return { type: EventType.OfficeThemeChanged, officeTheme: officeTheme(colors) };
}
