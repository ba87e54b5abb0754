/**
 * A To/Cc/Bcc line: free text while typing, parsed into recipients when the field loses focus (or on
 * Enter); it follows changes the add-in makes while the user is not typing in it.
 */
import { Field, Input } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { MailPerson } from '../../shared/mailMessage';
import { recipientsFormat, recipientsParse } from '../model/recipientText';
import { useComposeFieldStyles } from './composeField.styles';

export function RecipientField({
  label,
  people,
  onChange,
}: {
  label: string;
  people: readonly MailPerson[];
  onChange: (people: MailPerson[]) => void;
}) {
  const styles = useComposeFieldStyles();
  const formatted = recipientsFormat(people);
  const [text, setText] = useState(formatted);
  const [error, setError] = useState<string | undefined>();
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (!editing) setText(formatted);
  }, [formatted, editing]);
  const commit = () => {
    setEditing(false);
    const parsed = recipientsParse(text);
    if (parsed.ok) {
      setError(undefined);
      onChange(parsed.value);
    } else {
      setError(parsed.reason);
    }
  };
  return (
    <Field
      className={styles.field}
      label={label}
      orientation="horizontal"
      validationMessage={error}
      validationState={error ? 'error' : 'none'}
    >
      <Input
        value={text}
        onFocus={() => setEditing(true)}
        onChange={(_e, d) => setText(d.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
    </Field>
  );
}
