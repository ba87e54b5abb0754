import { Button, Caption1, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { Delete16Regular } from '@fluentui/react-icons/svg/delete';
import { TIME_PRESETS, type TimeRange } from '../../shared/domain/types';
import { clockFormat } from '../../shared/domain/timeRange';
import { strings } from '../strings';
import { FieldGroup } from './FieldGroup';

/** A range as the form holds it: two "HH:mm" texts (an end of "00:00" is midnight). */
export interface RangeText {
  readonly start: string;
  readonly end: string;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  time: { width: '7.5rem' },
  presets: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

/** "HH:mm" texts for a stored range (midnight as an end is "00:00"). */
export function rangeText(range: TimeRange): RangeText {
  return { start: clockFormat(range.start), end: clockFormat(range.end % 1440) };
}

const PRESETS = [
  { key: 'before8', label: strings.editor.presetBefore8 },
  { key: 'workday', label: strings.editor.presetWorkday },
  { key: 'after5', label: strings.editor.presetAfter5 },
] as const;

export interface RangeListEditorProps {
  readonly label: string;
  readonly ranges: readonly RangeText[];
  readonly onChange: (ranges: RangeText[]) => void;
  readonly presets?: boolean;
  readonly error?: string;
  readonly idPrefix: string;
}

/** Time ranges with "From"/"To" times, presets ("before 8", "8–5", "after 5") and add/remove. */
export function RangeListEditor({ label, ranges, onChange, presets, error, idPrefix }: RangeListEditorProps) {
  const styles = useStyles();
  const t = strings.editor;
  const set = (index: number, part: Partial<RangeText>) =>
    onChange(ranges.map((r, i) => (i === index ? { ...r, ...part } : r)));
  return (
    <FieldGroup label={label} error={error} id={idPrefix}>
      <div className={styles.root}>
        {ranges.map((range, index) => (
          <div className={styles.row} key={index}>
            <Field label={t.from} size="small">
              <Input
                className={styles.time}
                type="time"
                size="small"
                id={index === 0 ? `${idPrefix}-0-start` : undefined}
                value={range.start}
                onChange={(_, data) => set(index, { start: data.value })}
              />
            </Field>
            <Field label={t.to} size="small">
              <Input
                className={styles.time}
                type="time"
                size="small"
                value={range.end}
                onChange={(_, data) => set(index, { end: data.value })}
              />
            </Field>
            <Button
              size="small"
              appearance="subtle"
              icon={<Delete16Regular />}
              aria-label={t.removeRange(index + 1)}
              onClick={() => onChange(ranges.filter((_, i) => i !== index))}
            />
          </div>
        ))}
        <div className={styles.presets}>
          {presets && <Caption1>{t.presets}:</Caption1>}
          {presets &&
            PRESETS.map((preset) => (
              <Button
                key={preset.key}
                size="small"
                onClick={() => {
                  const text = rangeText(TIME_PRESETS[preset.key]);
                  if (!ranges.some((r) => r.start === text.start && r.end === text.end))
                    onChange([...ranges, text]);
                }}
              >
                {preset.label}
              </Button>
            ))}
          <Button
            size="small"
            appearance="subtle"
            onClick={() => onChange([...ranges, { start: '09:00', end: '17:00' }])}
          >
            {t.addRange}
          </Button>
        </div>
      </div>
    </FieldGroup>
  );
}
