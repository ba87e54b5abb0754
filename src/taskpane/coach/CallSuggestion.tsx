import { Body1, Button, Caption1, Field, Input, Link, Subtitle2 } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { personShortName } from '../../shared/app/appStrings';
import { templateDraft } from '../../shared/app/templateDraft';
import { templatePerson } from '../../shared/app/templatePerson';
import type { CallSuggestion as Suggestion } from '../../shared/domain/coach/callSuggestion';
import { zoneCity } from '../format/formatter';
import { templateRender } from '../../shared/domain/templatesRender';
import type { ContactProfile } from '../../shared/domain/types';
import type { Recipient } from '../../shared/ports';
import { channelLink } from '../common/channelLink';
import { inputInstant } from '../format/inputTime';
import { useFormat } from '../format/useFormat';
import { FeedbackBar } from '../plan/FeedbackBar';
import { useAction } from '../plan/useAction';
import { useServices } from '../services/servicesContext';
import { useSettings } from '../services/useStore';
import { strings } from '../strings';
import { useCoachStyles } from './CoachPanel.styles';

export interface CallSuggestionProps {
  readonly call: Suggestion;
  readonly contact: ContactProfile | null;
  readonly to: readonly Recipient[];
  readonly subject: string;
  /** Opened from the send alert: bring the suggestion into view. */
  readonly focus: boolean;
}

/** Bad news → call first: who and when, the four-part call script, and the recap draft for after the call. */
export function CallSuggestion({ call, contact, to, subject, focus }: CallSuggestionProps) {
  const services = useServices();
  const settings = useSettings();
  const styles = useCoachStyles();
  const fmt = useFormat();
  const runner = useAction();
  const heading = useRef<HTMLHeadingElement>(null);
  const [issue, setIssue] = useState('');
  const [action, setAction] = useState('');
  const [date, setDate] = useState('');
  const t = strings.coach;
  useEffect(() => {
    if (focus) {
      heading.current?.scrollIntoView?.({ block: 'start' });
      heading.current?.focus();
    }
  }, [focus]);
  const first = to[0];
  const name = contact?.displayName || first?.displayName || first?.emailAddress || '';
  const person = templatePerson(
    first ? { email: first.emailAddress, name: contact?.displayName || first.displayName } : undefined,
    services.user.name,
  );
  const resolveAt = date ? inputInstant(`${date}T12:00`, settings.user.timeZone) : null;
  const values = {
    ...person,
    subject,
    issue: issue.trim() || t.placeholderIssue,
    action: action.trim() || t.placeholderAction,
    resolveDate: resolveAt !== null ? fmt.dateLong(resolveAt, settings.user.timeZone) : t.placeholderDate,
  };
  const script = templateRender('callScript', values, settings.templates);
  const phone = contact?.channels.find((c) => c.kind === 'phone' && c.address);
  const phoneHref = phone ? channelLink('phone', phone.address) : null;
  const best = contact
    ? `${fmt.weekdays(contact.bestDays, strings.contact.anyDay)} ${contact.bestTimes.map((r) => fmt.range(r)).join(', ')} (${zoneCity(contact.timeZone)})`.replace(
        '  ',
        ' ',
      )
    : null;
  return (
    <section className={styles.call} aria-labelledby="call-heading" data-testid="call-suggestion">
      <h3 id="call-heading" className={styles.heading} ref={heading} tabIndex={-1}>
        <Subtitle2>{t.callHeading}</Subtitle2>
      </h3>
      <Body1>{t.callWhy(call.label)}</Body1>
      <Body1>{t.callWho(name ? personShortName(name, first?.emailAddress ?? '') : '')}</Body1>
      {contact ? (
        <>
          {phone?.address ? (
            phoneHref ? (
              <Link href={phoneHref}>{strings.actions.call(phone.address)}</Link>
            ) : (
              <Body1>{phone.address}</Body1>
            )
          ) : (
            <Caption1>{t.callNoPhone}</Caption1>
          )}
          {best && <Caption1 data-testid="call-best-time">{t.callBest(best)}</Caption1>}
          {contact.worstTimes.length > 0 && (
            <Caption1>{t.callAvoid(contact.worstTimes.map((r) => fmt.range(r)).join(', '))}</Caption1>
          )}
        </>
      ) : (
        <Caption1>{t.callNoProfile}</Caption1>
      )}
      <Subtitle2 as="h4" className={styles.heading}>
        {t.scriptHeading}
      </Subtitle2>
      <div className={styles.fields}>
        <Field label={t.issue} hint={t.issueHint}>
          <Input value={issue} onChange={(_, d) => setIssue(d.value)} />
        </Field>
        <Field label={t.action} hint={t.actionHint}>
          <Input value={action} onChange={(_, d) => setAction(d.value)} />
        </Field>
        <Field label={t.resolveDate}>
          <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} />
        </Field>
      </div>
      <pre className={styles.script} data-testid="call-script">
        {script.text}
      </pre>
      <Button
        appearance="primary"
        disabled={runner.busy || to.length === 0}
        onClick={() =>
          void runner.run(
            () =>
              templateDraft(services.forms, 'callRecap', values, settings.templates, {
                kind: 'newMessage',
                to,
                subject: t.recapSubject(subject),
              }),
            () => t.recapOpened,
          )
        }
      >
        {t.recap}
      </Button>
      <FeedbackBar feedback={runner.feedback} onDismiss={runner.clear} />
    </section>
  );
}
