import { Button, Caption1, Field, Select, Subtitle2, Textarea } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { settingsSave } from '../../shared/app/settingsSave';
import { DEFAULT_TEMPLATES } from '../../shared/domain/templatesDefaults';
import {
  PLACEHOLDER_HELP,
  TEMPLATE_PLACEHOLDERS,
  type TemplateValue,
} from '../../shared/domain/templatesPlaceholders';
import { templateRender } from '../../shared/domain/templatesRender';
import { templateValidate } from '../../shared/domain/templatesValidate';
import { TEMPLATE_IDS, type Settings, type TemplateId } from '../../shared/domain/types';
import { useFormat } from '../format/useFormat';
import { FeedbackBar } from '../plan/FeedbackBar';
import { useAction } from '../plan/useAction';
import { useServices } from '../services/servicesContext';
import { strings } from '../strings';
import { useSettingsStyles } from './Settings.styles';

/** Sample values for every placeholder, so the preview reads like a real message. */
function sampleValues(
  userName: string,
  now: number,
  zone: string,
  date: (at: number, zone: string) => string,
) {
  const s = strings.settings.sample;
  const values: Record<string, TemplateValue> = {
    ...s,
    userName: userName || 'Dana',
    sentDate: date(now - 3 * 86_400_000, zone),
    resolveDate: date(now + 2 * 86_400_000, zone),
    meetingDate: date(now - 86_400_000, zone),
    confirmBy: date(now + 3 * 86_400_000, zone),
  };
  return values;
}

/** Template editing: the wording, checked as the user types, a live preview and the placeholders it may use. */
export function TemplateSettings({ settings }: { settings: Settings }) {
  const services = useServices();
  const styles = useSettingsStyles();
  const fmt = useFormat();
  const runner = useAction();
  const id = useId();
  const t = strings.settings;
  const [template, setTemplate] = useState<TemplateId>('reminder1');
  const [texts, setTexts] = useState<Partial<Record<TemplateId, string>>>({});
  const stored = settings.templates[template];
  const text = texts[template] ?? stored ?? DEFAULT_TEMPLATES[template];
  const checked = templateValidate(template, text);
  const values = sampleValues(services.user.name, services.clock.now(), settings.user.timeZone, (at, zone) =>
    fmt.dateLong(at, zone),
  );
  const preview = checked.ok ? templateRender(template, values as never, { [template]: text }).text : null;
  const write = (templates: Settings['templates'], success: string) =>
    void runner.run(
      () => settingsSave(services.store, { ...services.store.settings(), templates }, services.clock.now()),
      () => success,
    );
  return (
    <section className={styles.section} aria-labelledby={`${id}-templates`}>
      <Subtitle2 as="h3" id={`${id}-templates`} className={styles.heading}>
        {t.templatesHeading}
      </Subtitle2>
      <Field label={t.template}>
        <Select value={template} onChange={(_, data) => setTemplate(data.value as TemplateId)}>
          {TEMPLATE_IDS.map((tid) => (
            <option key={tid} value={tid}>
              {t.templateNames[tid]}
            </option>
          ))}
        </Select>
      </Field>
      <Caption1>{stored !== undefined ? t.templateUser : t.templateDefault}</Caption1>
      <Field
        label={t.templateText}
        validationMessage={checked.ok ? undefined : checked.reason.replace(/^[a-zA-Z0-9]+: /, '')}
        validationState={checked.ok ? 'none' : 'error'}
      >
        <Textarea
          value={text}
          rows={8}
          resize="vertical"
          onChange={(_, data) => setTexts((all) => ({ ...all, [template]: data.value }))}
          data-testid="template-text"
        />
      </Field>
      <div>
        <Caption1>{t.templatePreview}</Caption1>
        <pre className={styles.preview} data-testid="template-preview" aria-live="polite">
          {preview ?? ''}
        </pre>
      </div>
      <div>
        <Caption1>{t.placeholders}</Caption1>
        <dl className={styles.placeholders}>
          {TEMPLATE_PLACEHOLDERS[template].map((name) => (
            <div key={name} style={{ display: 'contents' }}>
              <dt className={styles.code}>{`{${name}}`}</dt>
              <dd className={styles.dd}>
                <Caption1>{PLACEHOLDER_HELP[name] ?? ''}</Caption1>
              </dd>
            </div>
          ))}
        </dl>
      </div>
      <FeedbackBar feedback={runner.feedback} onDismiss={runner.clear} />
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          disabled={!checked.ok || runner.busy}
          onClick={() => write({ ...settings.templates, [template]: text }, t.templateSaved)}
        >
          {t.templateSave}
        </Button>
        <Button
          disabled={runner.busy}
          onClick={() => {
            const { [template]: _removed, ...rest } = settings.templates;
            setTexts((all) => {
              const { [template]: _dropped, ...others } = all;
              return others;
            });
            write(rest, t.templateResetDone);
          }}
        >
          {t.templateReset}
        </Button>
      </div>
    </section>
  );
}
