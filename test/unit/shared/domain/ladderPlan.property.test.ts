import fc from 'fast-check';
import { IANAZone } from 'luxon';
import { contactResumeAt } from '../../../../src/shared/domain/contactResume';
import { ladderPlan, type PlanInput } from '../../../../src/shared/domain/ladderPlan';
import { ladderWaits } from '../../../../src/shared/domain/ladderWaits';
import { planWindows } from '../../../../src/shared/domain/planWindows';
import type {
  ContactProfile,
  LadderChoice,
  TimeRange,
  UserSchedule,
  Weekday,
} from '../../../../src/shared/domain/types';
import { DAY, HOUR, MINUTE, oracleFirstSlot, oracleInWorst, oracleSlotOk } from './windowOracle';

const ZONES = [
  'America/New_York',
  'Europe/Berlin',
  'Australia/Sydney',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'America/St_Johns',
  'Asia/Kathmandu',
  'America/Sao_Paulo',
  'Pacific/Auckland',
  'UTC',
];

/** Offset changes in 2026–2027 for the zones above, to aim sends at DST weeks. */
function transitions(): number[] {
  const found: number[] = [];
  for (const name of ZONES) {
    const zone = IANAZone.create(name);
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2028, 0, 1); t += 6 * HOUR) {
      if (zone.offset(t) !== zone.offset(t + 6 * HOUR)) found.push(t);
    }
  }
  return found;
}
const CHANGES = transitions();

const quarter = fc.integer({ min: 0, max: 95 }).map((q) => q * 15);
const rangeArb: fc.Arbitrary<TimeRange> = fc
  .tuple(quarter, fc.integer({ min: 1, max: 95 }))
  .map(([start, length]) => {
    const end = start + length * 15;
    return { start, end: end === 1440 ? 1440 : end % 1440 };
  });
const daysArb = fc.subarray([1, 2, 3, 4, 5, 6, 7] as Weekday[], { minLength: 1 });
const ladderArb: fc.Arbitrary<LadderChoice> = fc.oneof(
  fc.constant('prompt' as const),
  fc.constant('relaxed' as const),
  fc.record({ waitsHours: fc.array(fc.integer({ min: 1, max: 240 }), { minLength: 1, maxLength: 4 }) }),
);
const sentAtArb = fc.oneof(
  fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 11, 31) }),
  fc.tuple(fc.constantFrom(...CHANGES), fc.integer({ min: -6 * DAY, max: DAY })).map(([t, d]) => t + d),
);

const contactArb: fc.Arbitrary<ContactProfile> = fc
  .record({
    email: fc.constant('c@example.com'),
    displayName: fc.constant('C'),
    channels: fc.constantFrom(
      [],
      [{ kind: 'email' as const }, { kind: 'phone' as const }],
      [{ kind: 'sms' as const }],
    ),
    timeZone: fc.constantFrom(...ZONES),
    bestDays: daysArb,
    bestTimes: fc.array(rangeArb, { maxLength: 2 }),
    worstTimes: fc.array(rangeArb, { maxLength: 2 }),
    waitHours: fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
    notes: fc.constant(''),
    status: fc.oneof(
      { weight: 5, arbitrary: fc.constant({ kind: 'active' as const }) },
      {
        weight: 1,
        arbitrary: fc
          .constantFrom('2026-02-10', '2026-07-01', '2027-03-28')
          .map((until) => ({ kind: 'away' as const, until })),
      },
    ),
  })
  .map((c) => (c.waitHours === undefined ? (({ waitHours: _w, ...rest }) => rest)(c) : c));

const userArb: fc.Arbitrary<UserSchedule> = fc.record({
  timeZone: fc.constantFrom(...ZONES),
  workingDays: daysArb,
  workingHours: fc.array(rangeArb, { minLength: 1, maxLength: 2 }),
});

const inputArb: fc.Arbitrary<PlanInput> = fc.record({
  sentAt: sentAtArb,
  ladder: ladderArb,
  contact: contactArb,
  user: userArb,
});

describe('ladderPlan properties', () => {
  it('is deterministic', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(ladderPlan(input)).toEqual(ladderPlan(input));
      }),
      { numRuns: 100 },
    );
  });

  it('every step waits at least its hours after the previous one (or sending), on a whole minute, after an away return', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = ladderPlan(input);
        const waits = ladderWaits(input.ladder, input.contact);
        const resume = contactResumeAt(input.contact);
        expect(plan.steps).toHaveLength(waits.length);
        let previous = input.sentAt;
        plan.steps.forEach((step, index) => {
          expect(step.dueAt).toBeGreaterThanOrEqual(previous + waits[index]! * HOUR);
          if (resume !== null && resume > input.sentAt) expect(step.dueAt).toBeGreaterThanOrEqual(resume);
          expect(step.dueAt % MINUTE).toBe(0);
          expect(step.status).toBe('planned');
          previous = step.dueAt;
        });
      }),
      { numRuns: 300 },
    );
  });

  it('every unrelaxed step sits inside every window; relaxed steps are warned, and only when nothing fitted for 14 days', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = ladderPlan(input);
        const windows = planWindows(input.contact, input.user);
        const waits = ladderWaits(input.ladder, input.contact);
        const resume = contactResumeAt(input.contact);
        let previous = input.sentAt;
        plan.steps.forEach((step, index) => {
          const waited = previous + waits[index]! * HOUR;
          const earliest =
            Math.ceil(
              Math.max(waited, resume !== null && resume > input.sentAt ? resume : -Infinity) / MINUTE,
            ) * MINUTE;
          // Inside the windows it claims to respect, with a 15-minute slot.
          expect(oracleSlotOk(windows, step.relaxed, step.dueAt)).toBe(true);
          // No earlier slot under the same constraints.
          expect(oracleFirstSlot(windows, step.relaxed, earliest, step.dueAt)).toBeNull();
          if (step.relaxed.length > 0) {
            // The level before this one had nothing within 14 days.
            expect(
              oracleFirstSlot(windows, step.relaxed.slice(0, -1), earliest, earliest + 14 * DAY + 1),
            ).toBeNull();
            expect(plan.warnings).toContainEqual(expect.objectContaining({ code: 'relaxed', step: index }));
          }
          // Never in a worst range unless worst times were dropped (and warned).
          if (!step.relaxed.includes('worstTimes')) expect(oracleInWorst(windows, step.dueAt)).toBe(false);
          previous = step.dueAt;
        });
      }),
      { numRuns: 60 },
    );
  });

  it('never throws and never returns an empty plan without a warning', () => {
    fc.assert(
      fc.property(inputArb, fc.boolean(), (input, movedOn) => {
        const contact: ContactProfile = movedOn
          ? { ...input.contact, status: { kind: 'movedOn', since: 0 } }
          : input.contact;
        const plan = ladderPlan({ ...input, contact });
        if (plan.steps.length === 0) expect(plan.warnings.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});
