/** The $filter subset: parsing, Graph's comparison rules (case, ids, date-times, null), lambdas and refusals. */
import {
  filterMatches,
  filterParse,
  filterProperties,
} from '../../../../../workbench/server/graph/odataFilter';

const message = {
  id: 'AAMk-x_1',
  conversationId: 'AAQk-Abc',
  subject: 'RE: Proposal',
  receivedDateTime: '2026-11-20T08:00:00Z',
  isRead: false,
  flag: null,
  from: { emailAddress: { address: 'Priya.Raman@contoso.example', name: 'Priya' } },
  singleValueExtendedProperties: [{ id: 'String 0x1a', value: 'IPM.Note' }],
};

function matches(filter: string): boolean {
  const parsed = filterParse(filter);
  if (!parsed.ok) throw new Error(parsed.reason);
  const result = filterMatches(parsed.value, message, 'microsoft.graph.message');
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

describe('$filter', () => {
  it.each([
    ["from/emailAddress/address eq 'priya.raman@contoso.example'", true],
    ["conversationId eq 'aaqk-abc'", false],
    ["conversationId eq 'AAQk-Abc'", true],
    ['receivedDateTime ge 2026-11-20T08:00:00Z and receivedDateTime lt 2026-11-20T09:00:00+01:00', false],
    ['receivedDateTime ge 2026-11-20T08:00:00Z and receivedDateTime le 2026-11-20T09:00:00+01:00', true],
    ["isRead eq false and (subject eq 'x' or startswith(subject, 're:'))", true],
    ['not (isRead eq false)', false],
    ['flag eq null', true],
    ["contains(subject, 'propos')", true],
    ["singleValueExtendedProperties/any(ep: ep/id eq 'String 0x1a' and ep/value eq 'ipm.note')", true],
    ["singleValueExtendedProperties/any(ep: ep/value eq 'IPM')", false],
    ["subject eq 'it''s'", false],
  ])('%s → %s', (filter, expected) => {
    expect(matches(filter)).toBe(expected);
  });

  it('refuses malformed filters and unknown properties with a reason', () => {
    expect(filterParse("subject eq 'open").ok).toBe(false);
    expect(filterParse('subject eq').ok).toBe(false);
    expect(filterParse("subject eq 'a' extra").ok).toBe(false);
    expect(filterParse("frob(subject, 'a')").ok).toBe(false);
    const unknown = filterParse("nosuch eq 'x'");
    if (!unknown.ok) throw new Error('parses');
    expect(filterMatches(unknown.value, message, 'microsoft.graph.message')).toEqual({
      ok: false,
      reason: "Could not find a property named 'nosuch' on type 'microsoft.graph.message'.",
    });
  });

  it('lists the properties a filter names, in order (for the $orderby rule)', () => {
    const parsed = filterParse(
      "receivedDateTime ge 2026-01-01T00:00:00Z and from/emailAddress/address eq 'a'",
    );
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(filterProperties(parsed.value)).toEqual(['receivedDateTime', 'from/emailAddress/address']);
  });
});
