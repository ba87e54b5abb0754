/**
 * Renders a template to plain text and to HTML. Every inserted value and every word of the template
 * is HTML-escaped (a subject or name containing "<b>" shows as text); structure comes only from the
 * template's lines: a blank line starts a paragraph, "- " lines are bullets, "1. " lines numbered
 * items, and a list value ({nextSteps}) alone on its line becomes a bulleted list (inline, its items
 * are joined with "; "). The user's text (Settings.templates) is used when it validates; otherwise the
 * default is used and `problem` says why, leaving the user's text untouched.
 */
import { htmlEscape } from './htmlEscape';
import { DEFAULT_TEMPLATES } from './templatesDefaults';
import type { TemplatePart } from './templatesParse';
import type { TemplateValue, TemplateValues } from './templatesPlaceholders';
import { templateValidate } from './templatesValidate';
import type { Settings, TemplateId } from './types';

export interface RenderedTemplate {
  readonly text: string;
  readonly html: string;
  /** Whose wording was used. */
  readonly source: 'user' | 'default';
  /** Why the user's template was not used. */
  readonly problem?: string;
}

type Segment = { readonly text: string } | { readonly value: TemplateValue };
type Line =
  | { readonly kind: 'blank' }
  | {
      readonly kind: 'plain' | 'bullet' | 'numbered';
      readonly segments: readonly Segment[];
      readonly marker?: string;
    }
  | { readonly kind: 'list'; readonly items: readonly string[] };

function toLines(
  parts: readonly TemplatePart[],
  values: Readonly<Record<string, TemplateValue>>,
): Segment[][] {
  const lines: Segment[][] = [[]];
  for (const part of parts) {
    if (part.kind === 'placeholder') {
      lines[lines.length - 1]?.push({ value: values[part.name] ?? '' });
      continue;
    }
    part.text.split('\n').forEach((piece, index) => {
      if (index > 0) lines.push([]);
      if (piece) lines[lines.length - 1]?.push({ text: piece });
    });
  }
  return lines;
}

function classify(segments: readonly Segment[]): Line {
  const values = segments.filter((segment) => 'value' in segment);
  const blankText = segments.every((segment) => !('text' in segment) || segment.text.trim() === '');
  if (blankText && values.length === 0) return { kind: 'blank' };
  const only = values[0];
  if (blankText && values.length === 1 && only && 'value' in only && typeof only.value !== 'string') {
    return { kind: 'list', items: only.value.filter((item) => item.trim() !== '') };
  }
  const first = segments[0];
  const marker = first && 'text' in first ? /^\s*(?:([-•*])|(\d{1,2}[.)]))\s+/.exec(first.text) : null;
  if (!marker || !first || !('text' in first)) return { kind: 'plain', segments };
  const rest = [{ text: first.text.slice(marker[0].length) }, ...segments.slice(1)];
  return marker[1]
    ? { kind: 'bullet', segments: rest }
    : { kind: 'numbered', segments: rest, marker: marker[2] };
}

function segmentText(segment: Segment, html: boolean): string {
  if ('text' in segment) return html ? htmlEscape(segment.text) : segment.text;
  const value = typeof segment.value === 'string' ? segment.value : segment.value.join('; ');
  return html ? htmlEscape(value).replace(/\r?\n/g, '<br>') : value;
}

function joined(segments: readonly Segment[], html: boolean): string {
  return segments
    .map((segment) => segmentText(segment, html))
    .join('')
    .trim();
}

function renderText(lines: readonly Line[]): string {
  const out: string[] = [];
  for (const line of lines) {
    if (line.kind === 'blank') {
      if (out.length > 0 && out[out.length - 1] !== '') out.push('');
    } else if (line.kind === 'list') {
      out.push(...line.items.map((item) => `- ${item}`));
    } else if (line.kind === 'bullet') {
      out.push(`- ${joined(line.segments, false)}`);
    } else if (line.kind === 'numbered') {
      out.push(`${line.marker ?? ''} ${joined(line.segments, false)}`);
    } else {
      out.push(joined(line.segments, false));
    }
  }
  return out.join('\n').trim();
}

function renderHtml(lines: readonly Line[]): string {
  const blocks: string[] = [];
  let open: { tag: 'p' | 'ul' | 'ol'; items: string[] } | undefined;
  const close = (): void => {
    if (!open) return;
    blocks.push(
      open.tag === 'p'
        ? `<p>${open.items.join('<br>')}</p>`
        : `<${open.tag}>${open.items.map((item) => `<li>${item}</li>`).join('')}</${open.tag}>`,
    );
    open = undefined;
  };
  const add = (tag: 'p' | 'ul' | 'ol', item: string): void => {
    if (open?.tag !== tag) close();
    open ??= { tag, items: [] };
    open.items.push(item);
  };
  for (const line of lines) {
    if (line.kind === 'blank') close();
    else if (line.kind === 'list') line.items.forEach((item) => add('ul', htmlEscape(item)));
    else if (line.kind === 'bullet') add('ul', joined(line.segments, true));
    else if (line.kind === 'numbered') add('ol', joined(line.segments, true));
    else add('p', joined(line.segments, true));
  }
  close();
  return blocks.join('\n');
}

function partsFor(
  id: TemplateId,
  overrides: Settings['templates'],
): { parts: TemplatePart[]; source: 'user' | 'default'; problem?: string } {
  const own = overrides[id];
  if (own !== undefined) {
    const checked = templateValidate(id, own);
    if (checked.ok) return { parts: checked.value, source: 'user' };
    const fallback = templateValidate(id, DEFAULT_TEMPLATES[id]);
    return {
      parts: fallback.ok ? fallback.value : [],
      source: 'default',
      problem: `${checked.reason} (the default wording was used)`,
    };
  }
  const checked = templateValidate(id, DEFAULT_TEMPLATES[id]);
  return { parts: checked.ok ? checked.value : [], source: 'default' };
}

/** Renders template `id` with `values`, preferring the user's own wording from `overrides`. */
export function templateRender<I extends TemplateId>(
  id: I,
  values: TemplateValues<I>,
  overrides: Settings['templates'] = {},
): RenderedTemplate {
  const { parts, source, problem } = partsFor(id, overrides);
  const lines = toLines(parts, values as Readonly<Record<string, TemplateValue>>).map(classify);
  const rendered = { text: renderText(lines), html: renderHtml(lines), source };
  return problem === undefined ? rendered : { ...rendered, problem };
}
