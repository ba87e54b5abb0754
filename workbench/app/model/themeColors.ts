/** The Office theme colors the device reports to its frames (Office.context.officeTheme), per session theme. */
import type { OfficeThemeColors } from '../../shared/hostApi';

export const THEME_COLORS: Readonly<Record<'light' | 'dark', OfficeThemeColors>> = {
  light: {
    bodyBackgroundColor: '#FFFFFF',
    bodyForegroundColor: '#242424',
    controlBackgroundColor: '#FFFFFF',
    controlForegroundColor: '#242424',
    isDarkTheme: false,
  },
  dark: {
    bodyBackgroundColor: '#292929',
    bodyForegroundColor: '#FFFFFF',
    controlBackgroundColor: '#1F1F1F',
    controlForegroundColor: '#FFFFFF',
    isDarkTheme: true,
  },
};
