import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Subtitle2,
  Switch,
} from '@fluentui/react-components';
import { useId, useState } from 'react';
import { settingsSave } from '../../shared/app/settingsSave';
import { WEEKDAYS, type LadderChoice, type Settings, type Weekday } from '../../shared/domain/types';
import { fieldError } from '../common/fieldError';
import { FieldGroup } from '../common/FieldGroup';
import { RangeListEditor, rangeText, type RangeText } from '../common/RangeListEditor';
import { TimeZonePicker } from '../contact/TimeZonePicker';
import { useFormat } from '../format/useFormat';
import { FeedbackBar } from '../plan/FeedbackBar';
import { useAction } from '../plan/useAction';
import { useServices } from '../services/servicesContext';
import { strings } from '../strings';
import { useSettingsStyles } from './Settings.styles';

interface Draft {
  readonly timeZone: string;
  readonly workingDays: readonly Weekday[];
  readonly workingHours: readonly RangeText[];
  readonly ladder: 'prompt' | 'relaxed' | 'custom';
  readonly customWaits: string;
  readonly offerTracking: boolean;
  readonly badNewsAlert: boolean;
}

type Field = 'timeZone' | 'workingDays' | 'workingHours' | 'ladder' | 'form';

function draftOf(settings: Settings): Draft {
  const ladder = settings.defaultLadder;
  return {
    timeZone: settings.user.timeZone,
    workingDays: settings.user.workingDays,
    workingHours: settings.user.workingHours.map(rangeText),
    ladder: typeof ladder === 'string' ? ladder : 'custom',
    customWaits: typeof ladder === 'string' ? '48, 72, 48' : ladder.waitsHours.join(', '),
    offerTracking: settings.offerTracking,
    badNewsAlert: settings.badNewsAlert,
  };
}

/** "24, 48, 72" → [24, 48, 72]; null when any part is not a number. */
export function waitsParse(text: string): number[] | null {
  const parts = text.split(/[,;\s]+/).filter(Boolean);
  if (parts.length === 0) return null;
  const numbers = parts.map(Number);
  return numbers.every((n) => Number.isFinite(n)) ? numbers : null;
}

function fieldOf(path: string): Field {
  if (path.startsWith('user.timeZone')) return 'timeZone';
  if (path.startsWith('user.workingDays')) return 'workingDays';
  if (path.startsWith('user.workingHours')) return 'workingHours';
  if (path.startsWith('defaultLadder')) return 'ladder';
  return 'form';
}

/** The user's working week, the default ladder and the on-send options: one form, saved together. */
export function ScheduleSettings({ settings }: { settings: Settings }) {
  const services = useServices();
  const styles = useSettingsStyles();
  const fmt = useFormat();
  const runner = useAction();
  const id = useId();
  const t = strings.settings;
  const [draft, setDraft] = useState<Draft>(() => draftOf(settings));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const set = (part: Partial<Draft>) => setDraft((d) => ({ ...d, ...part }));
  const state = (field: Field) => (errors[field] ? 'error' : 'none');

  const save = () => {
    let ladder: LadderChoice = draft.ladder === 'custom' ? 'prompt' : draft.ladder;
    if (draft.ladder === 'custom') {
      const waits = waitsParse(draft.customWaits);
      if (!waits) {
        setErrors({ ladder: t.customWaitsInvalid });
        return;
      }
      ladder = { waitsHours: waits };
    }
    setErrors({});
    void runner.run(
      () => {
        // The hours stay as typed ("HH:mm"): settingsSave validates them and names the field.
        const input = {
          ...services.store.settings(),
          user: {
            timeZone: draft.timeZone,
            workingDays: [...draft.workingDays],
            workingHours: draft.workingHours.map((r) => ({ ...r })),
          },
          defaultLadder: ladder,
          offerTracking: draft.offerTracking,
          badNewsAlert: draft.badNewsAlert,
        };
        const result = settingsSave(services.store, input as unknown as Settings, services.clock.now());
        if (!result.ok) {
          const { path, message } = fieldError(result.reason, 'settings');
          const field = fieldOf(path);
          if (field !== 'form') {
            setErrors({ [field]: message });
            return { ok: false, reason: strings.editor.fixFields };
          }
        }
        return result;
      },
      (value) => t.saved(value.moved.length),
    );
  };

  return (
    <form
      className={styles.root}
      noValidate
      aria-label={t.heading}
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <section className={styles.section} aria-labelledby={`${id}-week`}>
        <Subtitle2 as="h3" id={`${id}-week`} className={styles.heading}>
          {t.scheduleHeading}
        </Subtitle2>
        <Field label={t.timeZone} validationMessage={errors.timeZone} validationState={state('timeZone')}>
          <TimeZonePicker
            value={draft.timeZone}
            invalid={!!errors.timeZone}
            onChange={(timeZone) => set({ timeZone })}
          />
        </Field>
        <FieldGroup label={t.workingDays} error={errors.workingDays}>
          <div className={styles.days}>
            {WEEKDAYS.map((day) => (
              <Checkbox
                key={day}
                label={fmt.weekday(day)}
                checked={draft.workingDays.includes(day)}
                onChange={(_, data) =>
                  set({
                    workingDays: data.checked
                      ? [...draft.workingDays, day].sort((a, b) => a - b)
                      : draft.workingDays.filter((d) => d !== day),
                  })
                }
              />
            ))}
          </div>
        </FieldGroup>
        <RangeListEditor
          idPrefix={`${id}-hours`}
          label={t.workingHours}
          ranges={draft.workingHours}
          error={errors.workingHours}
          onChange={(workingHours) => set({ workingHours })}
        />
      </section>
      <section className={styles.section} aria-labelledby={`${id}-ladder`}>
        <Subtitle2 as="h3" id={`${id}-ladder`} className={styles.heading}>
          {t.ladderHeading}
        </Subtitle2>
        <Field label={t.ladderHelp} validationMessage={errors.ladder} validationState={state('ladder')}>
          <RadioGroup
            value={draft.ladder}
            onChange={(_, data) => set({ ladder: data.value as Draft['ladder'] })}
          >
            <Radio value="prompt" label={t.ladderPrompt} />
            <Radio value="relaxed" label={t.ladderRelaxed} />
            <Radio value="custom" label={t.ladderCustom} />
          </RadioGroup>
        </Field>
        {draft.ladder === 'custom' && (
          <Field label={t.customWaits} hint={t.customWaitsHint}>
            <Input value={draft.customWaits} onChange={(_, d) => set({ customWaits: d.value })} />
          </Field>
        )}
      </section>
      <section className={styles.section} aria-labelledby={`${id}-send`}>
        <Subtitle2 as="h3" id={`${id}-send`} className={styles.heading}>
          {t.sendHeading}
        </Subtitle2>
        <Switch
          label={t.offerTracking}
          checked={draft.offerTracking}
          onChange={(_, data) => set({ offerTracking: data.checked })}
        />
        <Switch
          label={t.badNewsAlert}
          checked={draft.badNewsAlert}
          onChange={(_, data) => set({ badNewsAlert: data.checked })}
        />
        {errors.form && (
          <MessageBar intent="error">
            <MessageBarBody>{errors.form}</MessageBarBody>
          </MessageBar>
        )}
        <FeedbackBar feedback={runner.feedback} onDismiss={runner.clear} />
        <div className={styles.buttons}>
          <Button type="submit" appearance="primary" disabled={runner.busy}>
            {t.saveSchedule}
          </Button>
        </div>
      </section>
    </form>
  );
}
