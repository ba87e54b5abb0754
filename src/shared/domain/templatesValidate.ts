/**
 * Checks a user's template before it is saved or used: syntax (templatesParse), only placeholders
 * the template knows (templatesPlaceholders), not empty, and at most TEMPLATE_MAX_LENGTH characters
 * (templates roam in the 32 KB settings blob).
 */
import { fail, ok, type Result } from '../result';
import { templateParse, type TemplatePart } from './templatesParse';
import { TEMPLATE_PLACEHOLDERS } from './templatesPlaceholders';
import type { TemplateId } from './types';

export const TEMPLATE_MAX_LENGTH = 2000;

/** The parsed template, or a message naming what is wrong ("unknown placeholder {fristName} …"). */
export function templateValidate(id: TemplateId, text: string): Result<TemplatePart[]> {
  if (text.trim() === '') return fail(`${id}: the template is empty`);
  if (text.length > TEMPLATE_MAX_LENGTH) {
    return fail(`${id}: ${text.length} characters, more than the ${TEMPLATE_MAX_LENGTH} a template may have`);
  }
  const parsed = templateParse(text.replace(/\r\n?/g, '\n'));
  if (!parsed.ok) return fail(`${id}: ${parsed.reason}`);
  const known: readonly string[] = TEMPLATE_PLACEHOLDERS[id];
  for (const part of parsed.value) {
    if (part.kind === 'placeholder' && !known.includes(part.name)) {
      const list = known.map((name) => `{${name}}`).join(', ');
      return fail(
        `${id}: unknown placeholder {${part.name}} at line ${part.line}, column ${part.column}; this template knows ${list}`,
      );
    }
  }
  return ok(parsed.value);
}
