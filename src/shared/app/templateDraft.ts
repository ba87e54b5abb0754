/**
 * Opens a draft written from one of the templates (the user's wording when they edited it): as a
 * reply all to the open message (Outlook quotes it), or as a new message. Nothing is sent: the user
 * reads, edits and sends it.
 */
import type { TemplateValues } from '../domain/templatesPlaceholders';
import { templateRender, type RenderedTemplate } from '../domain/templatesRender';
import type { Settings, TemplateId } from '../domain/types';
import type { FormsPort, Recipient } from '../ports';
import type { Result } from '../result';
import { ok } from '../result';
import { formsOpen } from './formsOpen';

export type DraftTarget =
  | { readonly kind: 'replyAll' }
  | { readonly kind: 'newMessage'; readonly to: readonly Recipient[]; readonly subject: string };

/** Renders template `id` with `values` and opens it as `target`. */
export function templateDraft<I extends TemplateId>(
  forms: FormsPort,
  id: I,
  values: TemplateValues<I>,
  templates: Settings['templates'],
  target: DraftTarget,
): Result<RenderedTemplate> {
  const rendered = templateRender(id, values, templates);
  const opened = formsOpen('draft', () =>
    target.kind === 'replyAll'
      ? forms.replyAll(rendered.html)
      : forms.newMessage({ to: target.to, subject: target.subject, htmlBody: rendered.html }),
  );
  return opened.ok ? ok(rendered) : opened;
}

/** "RE: subject" unless the subject already starts with RE:. */
export function replySubject(subject: string): string {
  return /^re:/i.test(subject.trim()) ? subject : `RE: ${subject}`;
}
