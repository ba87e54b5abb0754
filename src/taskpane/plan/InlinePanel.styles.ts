import { makeStyles, tokens } from '@fluentui/react-components';

/** A small form that opens under an action (change ladder, log a call): a tinted panel with a button row. */
export const useInlinePanelStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
});
