import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useId, useState } from 'react';
import { profileSave } from '../../shared/app/profileSave';
import { CHANNELS, WEEKDAYS, type ContactProfile, type Weekday } from '../../shared/domain/types';
import { fieldError } from '../common/fieldError';
import { FieldGroup } from '../common/FieldGroup';
import { RangeListEditor } from '../common/RangeListEditor';
import { inputValue } from '../format/inputTime';
import { useFormat } from '../format/useFormat';
import { useServices } from '../services/servicesContext';
import { strings } from '../strings';
import {
  contactDraft,
  contactFieldOf,
  contactInput,
  type ContactDraft,
  type ContactField,
} from './contactDraft';
import { TimeZonePicker } from './TimeZonePicker';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  channel: {
    display: 'grid',
    // Channel and address side by side when there is room, stacked in a narrow pane.
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 12rem), 1fr))',
    gap: tokens.spacingHorizontalS,
  },
  days: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXS },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export interface ContactEditorProps {
  readonly profile: ContactProfile;
  /** Called after a save (with what to tell the user) or on cancel (no text). */
  readonly onDone: (saved?: string) => void;
}

/** The contact's preferences as a form; saving validates (the message goes under the field) and re-plans. */
export default function ContactEditor({ profile, onDone }: ContactEditorProps) {
  const services = useServices();
  const fmt = useFormat();
  const styles = useStyles();
  const id = useId();
  const t = strings.editor;
  const today = inputValue(services.clock.now(), profile.timeZone).slice(0, 10);
  const [draft, setDraft] = useState<ContactDraft>(() => contactDraft(profile, today));
  const [errors, setErrors] = useState<Partial<Record<ContactField, string>>>({});
  const [saving, setSaving] = useState(false);
  const set = (part: Partial<ContactDraft>) => setDraft((d) => ({ ...d, ...part }));
  const err = (field: ContactField) => errors[field];
  const state = (field: ContactField) => (errors[field] ? 'error' : 'none');

  const save = () => {
    setSaving(true);
    const { input, slots } = contactInput(draft, services.clock.now());
    const result = profileSave(services.store, input, services.clock.now());
    setSaving(false);
    if (!result.ok) {
      const { path, message } = fieldError(result.reason, 'contact');
      const field = contactFieldOf(path, slots);
      setErrors({ [field]: field === 'form' ? t.failed(message) : message });
      // Take the user to the field that needs fixing.
      window.setTimeout(() => document.getElementById(`${id}-${field}`)?.focus(), 0);
      return;
    }
    setErrors({});
    onDone(t.saved(result.value.moved.length));
  };

  const channelSlot = (slot: 0 | 1) => {
    const value = draft.channels[slot];
    const fieldName: ContactField = slot === 0 ? 'channel0' : 'channel1';
    const update = (part: Partial<typeof value>) =>
      set({
        channels:
          slot === 0
            ? [{ ...value, ...part }, draft.channels[1]]
            : [draft.channels[0], { ...value, ...part }],
      });
    return (
      <div className={styles.channel}>
        <Field label={slot === 0 ? t.channel1 : t.channel2}>
          <Select
            id={`${id}-${fieldName}`}
            value={value.kind}
            onChange={(_, data) => update({ kind: data.value as typeof value.kind })}
          >
            <option value="">{t.none}</option>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {strings.channels[c]}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label={t.address}
          validationMessage={err(fieldName)}
          validationState={state(fieldName)}
          hint={value.kind ? strings.addressHints[value.kind] : undefined}
        >
          <Input
            value={value.address}
            disabled={!value.kind}
            onChange={(_, data) => update({ address: data.value })}
            aria-invalid={!!err(fieldName) || undefined}
          />
        </Field>
      </div>
    );
  };

  const toggleDay = (day: Weekday, on: boolean) =>
    set({
      bestDays: on ? [...draft.bestDays, day].sort((a, b) => a - b) : draft.bestDays.filter((d) => d !== day),
    });

  return (
    <form
      className={styles.form}
      noValidate
      aria-label={t.heading(profile.displayName || profile.email)}
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      {errors.form && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{errors.form}</MessageBarBody>
        </MessageBar>
      )}
      <Field
        label={t.displayName}
        validationMessage={err('displayName')}
        validationState={state('displayName')}
      >
        <Input
          id={`${id}-displayName`}
          value={draft.displayName}
          onChange={(_, d) => set({ displayName: d.value })}
        />
      </Field>
      {channelSlot(0)}
      {channelSlot(1)}
      <Field label={t.timeZone} validationMessage={err('timeZone')} validationState={state('timeZone')}>
        <TimeZonePicker
          id={`${id}-timeZone`}
          value={draft.timeZone}
          invalid={!!err('timeZone')}
          onChange={(timeZone) => set({ timeZone })}
        />
      </Field>
      <FieldGroup label={t.bestDays} error={err('bestDays')} id={`${id}-bestDays`}>
        <div className={styles.days}>
          {WEEKDAYS.map((day) => (
            <Checkbox
              key={day}
              label={fmt.weekday(day)}
              checked={draft.bestDays.includes(day)}
              onChange={(_, data) => toggleDay(day, data.checked === true)}
            />
          ))}
        </div>
      </FieldGroup>
      <RangeListEditor
        idPrefix={`${id}-bestTimes`}
        label={t.bestTimes}
        ranges={draft.bestTimes}
        presets
        error={err('bestTimes')}
        onChange={(bestTimes) => set({ bestTimes })}
      />
      <RangeListEditor
        idPrefix={`${id}-worstTimes`}
        label={t.worstTimes}
        ranges={draft.worstTimes}
        presets
        error={err('worstTimes')}
        onChange={(worstTimes) => set({ worstTimes })}
      />
      <Field
        label={t.waitHours}
        hint={t.waitHint}
        validationMessage={err('waitHours')}
        validationState={state('waitHours')}
      >
        <Input
          id={`${id}-waitHours`}
          inputMode="numeric"
          value={draft.waitHours}
          onChange={(_, d) => set({ waitHours: d.value })}
        />
      </Field>
      <Field
        label={t.notes}
        hint={t.notesHint}
        validationMessage={err('notes')}
        validationState={state('notes')}
      >
        <Textarea
          id={`${id}-notes`}
          value={draft.notes}
          resize="vertical"
          onChange={(_, d) => set({ notes: d.value })}
        />
      </Field>
      <Field label={t.status} validationMessage={err('status')} validationState={state('status')}>
        <RadioGroup
          id={`${id}-status`}
          value={draft.status}
          onChange={(_, data) => set({ status: data.value as ContactDraft['status'] })}
        >
          <Radio value="active" label={t.statusActive} />
          <Radio value="away" label={t.statusAway} />
          <Radio value="movedOn" label={t.statusMovedOn} />
        </RadioGroup>
      </Field>
      {draft.status === 'away' && (
        <Field label={t.awayUntil}>
          <Input type="date" value={draft.awayUntil} onChange={(_, d) => set({ awayUntil: d.value })} />
        </Field>
      )}
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabled={saving}>
          {strings.save}
        </Button>
        <Button onClick={() => onDone()}>{strings.cancel}</Button>
      </div>
    </form>
  );
}
