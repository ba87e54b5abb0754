import { makeStyles, tokens } from '@fluentui/react-components';

export const useAppStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    // Visible keyboard focus everywhere, also on our own focusable elements.
    '& :focus-visible': { outlineOffset: '2px' },
  },
});
