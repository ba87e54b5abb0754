import { phoneReader, replyPrefixed } from '../../../../../src/shared/domain/coach/coachContext';
import { EN_COACH } from '../../../../../src/shared/domain/coach/lang/en';

describe('phoneReader', () => {
  it.each([
    'Reads email on her phone between meetings.',
    'VP Ops; mostly on mobile',
    'Answers from his iPhone, short replies only',
    'Mobile-first, travels a lot',
    'Always on the road',
  ])('yes: %s', (notes) => {
    expect(phoneReader(notes, EN_COACH)).toBe(true);
  });

  it.each([
    '',
    'Prefers a call for anything urgent.',
    'Never reads mail on the phone; desk only.',
    "Doesn't read on mobile",
    'Phone: +1 212 555 0147',
  ])('no: %s', (notes) => {
    expect(phoneReader(notes, EN_COACH)).toBe(false);
  });
});

describe('replyPrefixed', () => {
  it.each([
    'RE: x',
    'Re: x',
    'AW: x',
    'Fwd: x',
    'FW: x',
    'WG: x',
    'TR : x',
    'RV: x',
    'SV: x',
    'Antw: x',
    'R: x',
    'Re[2]: x',
  ])('%s is a reply or forward', (s) => {
    expect(replyPrefixed(s)).toBe(true);
  });

  it.each(['Report', 'Regarding: x', 'Reminder: x', 'Free trial'])('%s is not', (s) => {
    expect(replyPrefixed(s)).toBe(false);
  });
});
