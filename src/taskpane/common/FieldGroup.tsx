import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { ErrorCircle12Filled } from '@fluentui/react-icons/svg/error-circle';
import { useId, type ReactNode } from 'react';

const useStyles = makeStyles({
  fieldset: {
    margin: 0,
    padding: 0,
    border: 'none',
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  error: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorPaletteRedForeground1,
  },
});

/**
 * A group of controls under one label (weekday checkboxes, time ranges), with its validation message.
 * Fluent's Field gives its single control an id and a label; a group needs a fieldset and a legend.
 */
export function FieldGroup({
  label,
  error,
  id,
  children,
}: {
  label: string;
  error?: string | undefined;
  /** Put on the fieldset, so a form can move focus to it. */
  id?: string;
  children: ReactNode;
}) {
  const styles = useStyles();
  const errorId = useId();
  return (
    <fieldset
      className={styles.fieldset}
      id={id}
      tabIndex={id ? -1 : undefined}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className={styles.legend}>{label}</legend>
      {children}
      {error && (
        <Caption1 id={errorId} className={styles.error} role="alert">
          <ErrorCircle12Filled aria-hidden />
          {error}
        </Caption1>
      )}
    </fieldset>
  );
}
