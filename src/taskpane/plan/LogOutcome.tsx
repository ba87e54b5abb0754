import { Button, Field, Input, Radio, RadioGroup } from '@fluentui/react-components';
import { useState } from 'react';
import type { Channel } from '../../shared/domain/types';
import { strings } from '../strings';
import { useInlinePanelStyles } from './InlinePanel.styles';
import { SPOKEN } from './stepChannels';

/** The outcomes offered for a channel: a call can go three ways; a written message was simply sent. */
export function outcomeChoices(channel: Channel): string[] {
  const t = strings.actions;
  return SPOKEN.includes(channel)
    ? [t.outcomeTalked, t.outcomeVoicemail, t.outcomeNoAnswer]
    : [t.outcomeSent];
}

/** "Log call": what happened, with an optional note; becomes the step's outcome. */
export function LogOutcome({
  channel,
  busy,
  onLog,
  onCancel,
}: {
  channel: Channel;
  busy: boolean;
  onLog: (outcome: string) => void;
  onCancel: () => void;
}) {
  const styles = useInlinePanelStyles();
  const choices = outcomeChoices(channel);
  const [choice, setChoice] = useState(choices[0] ?? '');
  const [note, setNote] = useState('');
  const t = strings.actions;
  return (
    <form
      className={styles.root}
      aria-label={t.logHeading}
      onSubmit={(event) => {
        event.preventDefault();
        onLog(note.trim() ? `${choice}: ${note.trim()}` : choice);
      }}
    >
      {choices.length > 1 && (
        <Field label={t.logHeading}>
          <RadioGroup value={choice} onChange={(_, data) => setChoice(data.value)}>
            {choices.map((c) => (
              <Radio key={c} value={c} label={c} />
            ))}
          </RadioGroup>
        </Field>
      )}
      <Field label={t.outcomeNote} hint={t.outcomeNoteHint}>
        <Input value={note} maxLength={150} onChange={(_, data) => setNote(data.value)} />
      </Field>
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabled={busy}>
          {t.logSave}
        </Button>
        <Button onClick={onCancel}>{strings.cancel}</Button>
      </div>
    </form>
  );
}
