import fc from 'fast-check';
import { DEFAULT_TEMPLATES } from '../../../../src/shared/domain/templatesDefaults';
import {
  TEMPLATE_PLACEHOLDERS,
  type TemplateValues,
} from '../../../../src/shared/domain/templatesPlaceholders';
import { templateRender } from '../../../../src/shared/domain/templatesRender';
import { templateValidate } from '../../../../src/shared/domain/templatesValidate';
import { TEMPLATE_IDS, type TemplateId } from '../../../../src/shared/domain/types';

const PERSON = { contactName: 'Jane Doe', contactFirstName: 'Jane', userName: 'Alex Morgan' };

function valuesFor<I extends TemplateId>(
  id: I,
  fill: (name: string) => string | readonly string[],
): TemplateValues<I> {
  return Object.fromEntries(TEMPLATE_PLACEHOLDERS[id].map((name) => [name, fill(name)])) as TemplateValues<I>;
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

describe('default templates', () => {
  it.each(TEMPLATE_IDS)('%s validates and uses only its placeholders', (id) => {
    expect(templateValidate(id, DEFAULT_TEMPLATES[id]).ok).toBe(true);
  });

  it('keeps reminders short', () => {
    const reminder1 = templateRender('reminder1', {
      ...PERSON,
      subject: 'Q1 renewal',
      sentDate: 'Thursday 27 November',
    });
    const reminder2 = templateRender('reminder2', {
      ...PERSON,
      subject: 'Q1 renewal',
      sentDate: 'Thursday 27 November',
    });
    expect(words(reminder1.text)).toBeLessThanOrEqual(30);
    expect(words(reminder2.text)).toBeLessThanOrEqual(50);
    expect(reminder2.text).toMatch(/junk folder/);
    expect(reminder2.text).toMatch(/few more days/);
  });

  it('the channel-switch task names the channel, the address and both times', () => {
    const task = templateRender('switchTask', {
      ...PERSON,
      subject: 'Q1 renewal',
      sentDate: 'Thursday 27 November',
      channel: 'phone call',
      address: '+1 212 555 0142',
      contactTime: 'Tue 2 Dec, 08:30',
      contactZone: 'America/New_York',
      userTime: 'Tue 2 Dec, 14:30',
      userZone: 'Europe/Berlin',
    });
    expect(task.text).toBe(
      'Reach Jane Doe by phone call at +1 212 555 0142 about "Q1 renewal".\n' +
        'Best time: Tue 2 Dec, 08:30 their time (America/New_York), which is Tue 2 Dec, 14:30 for you (Europe/Berlin).\n' +
        'Two emails since Thursday 27 November got no answer, so this attempt uses another channel.',
    );
  });

  it('the call script walks through apology, understanding, action and date', () => {
    const script = templateRender('callScript', {
      ...PERSON,
      subject: 'Late delivery',
      issue: 'the late delivery',
      action: 'ship the missing parts by express',
      resolveDate: 'Friday 5 December',
    });
    expect(script.html).toContain('<ol><li>Acknowledge and apologise');
    expect(script.text).toMatch(/1\. Acknowledge and apologise: .*sorry about the late delivery/);
    expect(script.text).toMatch(/2\. Check you understood/);
    expect(script.text).toMatch(/3\. Say what you will do: .*ship the missing parts by express/);
    expect(script.text).toMatch(/4\. Say when it will be resolved: .*Friday 5 December/);
  });

  it('the meeting recap lists the next steps and asks for a confirmation', () => {
    const recap = templateRender('meetingRecap', {
      ...PERSON,
      subject: 'Kickoff',
      meetingDate: 'Monday 1 December',
      nextSteps: ['Jane sends the data extract', 'Alex drafts the plan'],
      confirmBy: 'Thursday 4 December',
    });
    expect(recap.text).toContain('- Jane sends the data extract\n- Alex drafts the plan');
    expect(recap.html).toContain(
      '<ul><li>Jane sends the data extract</li><li>Alex drafts the plan</li></ul>',
    );
    expect(recap.text).toMatch(/reply by Thursday 4 December to confirm/);
  });

  it('the preferences request asks for #1/#2 channels, days, time bands and the wait', () => {
    const text = templateRender('preferencesRequest', PERSON).text;
    expect(text).toMatch(/#1 and #2/);
    expect(text).toMatch(/days of the week/);
    expect(text).toMatch(/before 8, between 8 and 5, or after 5/);
    expect(text).toMatch(/How long I should wait/);
  });
});

describe('templateRender: HTML', () => {
  it('escapes every inserted value: a subject or name containing HTML shows as text', () => {
    const rendered = templateRender('reminder2', {
      contactName: '<img src=x onerror=alert(1)>',
      contactFirstName: '<b>Jane</b> & "co"',
      userName: "Alex's",
      subject: '</p><script>alert(1)</script>',
      sentDate: 'today',
    });
    expect(rendered.html).not.toMatch(/<(?!\/?(?:p|br|ul|ol|li)>)/);
    expect(rendered.html).toContain('Hi &lt;b&gt;Jane&lt;/b&gt; &amp; &quot;co&quot;,');
    expect(rendered.html).toContain('&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(rendered.text).toContain('Hi <b>Jane</b> & "co",');
  });

  it('never lets a value or a user template open a tag (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string(), { maxLength: 3 }), fc.string(), (value, list, own) => {
        const values = valuesFor('meetingRecap', (name) => (name === 'nextSteps' ? list : value));
        const rendered = templateRender('meetingRecap', values, {
          meetingRecap: `${own.replace(/[{}]/g, '')}\n{nextSteps}`,
        });
        expect(rendered.html).not.toMatch(/<(?!\/?(?:p|br|ul|ol|li)>)/);
      }),
    );
  });

  it('turns paragraphs, line breaks, bullets and multi-line values into markup', () => {
    const rendered = templateRender(
      'callRecap',
      { ...PERSON, subject: 's', issue: 'line one\nline two', action: 'fix', resolveDate: 'Friday' },
      { callRecap: 'Hi {contactFirstName},\nthanks.\n\n- {issue}\n- {action}\n\n{userName}' },
    );
    expect(rendered.html).toBe(
      '<p>Hi Jane,<br>thanks.</p>\n<ul><li>line one<br>line two</li><li>fix</li></ul>\n<p>Alex Morgan</p>',
    );
    expect(rendered.text).toBe('Hi Jane,\nthanks.\n\n- line one\nline two\n- fix\n\nAlex Morgan');
  });
});

describe('templateRender: user templates', () => {
  it('uses the user wording when it validates', () => {
    const rendered = templateRender(
      'thankYou',
      { ...PERSON, subject: 'Q1' },
      { thankYou: 'Cheers {contactFirstName}! {{done}}' },
    );
    expect(rendered).toEqual({
      text: 'Cheers Jane! {done}',
      html: '<p>Cheers Jane! {done}</p>',
      source: 'user',
    });
  });

  it('falls back to the default and says why when the user wording is broken', () => {
    const rendered = templateRender(
      'reminder1',
      { ...PERSON, subject: 'Q1', sentDate: 'Monday' },
      { reminder1: 'Hi {fristName}' },
    );
    expect(rendered.source).toBe('default');
    expect(rendered.text).toMatch(/^Hi Jane,/);
    expect(rendered.problem).toMatch(
      /^reminder1: unknown placeholder \{fristName\} at line 1, column 4; this template knows/,
    );
  });
});
