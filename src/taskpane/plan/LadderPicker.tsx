import { Button, Field, Radio, RadioGroup } from '@fluentui/react-components';
import { useState } from 'react';
import type { LadderChoice } from '../../shared/domain/types';
import { useFormat } from '../format/useFormat';
import { strings } from '../strings';
import { useInlinePanelStyles } from './InlinePanel.styles';

/** Choose the follow-up's ladder (prompt or relaxed; a custom one is kept as an option). */
export function LadderPicker({
  ladder,
  busy,
  onPick,
  onCancel,
}: {
  ladder: LadderChoice;
  busy: boolean;
  onPick: (ladder: LadderChoice) => void;
  onCancel: () => void;
}) {
  const styles = useInlinePanelStyles();
  const fmt = useFormat();
  const t = strings.actions;
  const [value, setValue] = useState(typeof ladder === 'string' ? ladder : 'custom');
  return (
    <form
      className={styles.root}
      aria-label={t.ladder}
      onSubmit={(event) => {
        event.preventDefault();
        onPick(value === 'prompt' || value === 'relaxed' ? value : ladder);
      }}
    >
      <Field label={t.ladder}>
        <RadioGroup value={value} onChange={(_, data) => setValue(data.value)}>
          <Radio value="prompt" label={t.ladderPrompt} />
          <Radio value="relaxed" label={t.ladderRelaxed} />
          {typeof ladder !== 'string' && (
            <Radio
              value="custom"
              label={t.ladderCustom(ladder.waitsHours.map((h) => fmt.hours(h)).join(', '))}
            />
          )}
        </RadioGroup>
      </Field>
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabled={busy}>
          {t.ladderApply}
        </Button>
        <Button onClick={onCancel}>{strings.cancel}</Button>
      </div>
    </form>
  );
}
