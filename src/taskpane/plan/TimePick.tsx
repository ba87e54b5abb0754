import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { inputInstant, inputValue } from '../format/inputTime';
import { strings } from '../strings';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  input: { minWidth: '12rem', flexGrow: 1 },
});

export interface TimePickProps {
  readonly label: string;
  readonly submit: string;
  /** The user's zone: the input is on their clock. */
  readonly zone: string;
  readonly now: number;
  readonly initial: number;
  readonly busy?: boolean;
  onPick: (at: number) => void;
}

/** A date and time on the user's clock, checked before it is used (empty or past times say why). */
export function TimePick({ label, submit, zone, now, initial, busy, onPick }: TimePickProps) {
  const styles = useStyles();
  const id = useId();
  const [value, setValue] = useState(() => inputValue(initial, zone));
  const [error, setError] = useState<string | null>(null);
  const apply = () => {
    const at = inputInstant(value, zone);
    if (at === null) return setError(strings.actions.invalidTime);
    if (at <= now) return setError(strings.actions.pastTime);
    setError(null);
    onPick(at);
  };
  return (
    <div className={styles.row}>
      <Field
        className={styles.input}
        label={label}
        validationMessage={error ?? undefined}
        validationState={error ? 'error' : 'none'}
      >
        <Input
          id={id}
          type="datetime-local"
          value={value}
          onChange={(_, data) => setValue(data.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') apply();
          }}
        />
      </Field>
      <Button onClick={apply} disabled={busy}>
        {submit}
      </Button>
    </div>
  );
}
