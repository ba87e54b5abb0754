/**
 * Planner figures: ladder plans per second over 10,000 follow-ups with varied contacts, zones,
 * ladders and send times (seeded, so every run plans the same inputs): the first pass over a cold
 * offset memo, then the median of five warm passes. Also how often a step had to relax a constraint,
 * and the gzip size of the planner's import graph as the commands bundle would carry it (esbuild,
 * minified), with and without luxon.
 */
import path from 'node:path';
import { ladderPlan, type PlanInput } from '../../src/shared/domain/ladderPlan';
import type { LadderChoice, TimeRange, Weekday } from '../../src/shared/domain/types';
import type { BenchRow, Measure } from './benchSection';
import { moduleGzipKilobytes } from './moduleGzip';

const FOLLOW_UPS = 10_000;
const WARM_RUNS = 5;

const ZONES = [
  'America/New_York',
  'America/Los_Angeles',
  'America/Sao_Paulo',
  'Europe/London',
  'Europe/Berlin',
  'Africa/Lagos',
  'Asia/Kolkata',
  'Asia/Singapore',
  'Asia/Tokyo',
  'Australia/Sydney',
  'Pacific/Auckland',
  'UTC',
];

/** mulberry32: a small seeded generator, so the inputs are the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function inputs(): PlanInput[] {
  const next = random(20260306);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const days = (min: number): Weekday[] => {
    const all: Weekday[] = [1, 2, 3, 4, 5, 6, 7];
    const chosen = all.filter(() => next() < 0.6);
    return chosen.length >= min ? chosen : [1, 2, 3, 4, 5];
  };
  const range = (): TimeRange => {
    const start = Math.floor(next() * 80) * 15;
    const end = (start + (4 + Math.floor(next() * 40)) * 15) % 1440 || 1440;
    return { start, end };
  };
  const ladders: LadderChoice[] = [
    'prompt',
    'prompt',
    'relaxed',
    { waitsHours: [24, 72] },
    { waitsHours: [12, 24, 48, 96] },
  ];
  return Array.from({ length: FOLLOW_UPS }, (_, i) => ({
    sentAt: Date.UTC(2026, 0, 1) + Math.floor(next() * 365 * 86_400_000),
    ladder: pick(ladders),
    contact: {
      email: `contact${i}@example.com`,
      displayName: '',
      channels: next() < 0.7 ? [{ kind: 'email' }, { kind: 'phone' }] : [{ kind: 'chat' }],
      timeZone: pick(ZONES),
      bestDays: days(1),
      bestTimes: next() < 0.8 ? [range()] : [],
      worstTimes: next() < 0.4 ? [range()] : [],
      ...(next() < 0.2 ? { waitHours: 24 + Math.floor(next() * 96) } : {}),
      notes: '',
      status: { kind: 'active' },
    },
    user: { timeZone: pick(ZONES), workingDays: [1, 2, 3, 4, 5], workingHours: [{ start: 510, end: 1050 }] },
  }));
}

function pass(all: readonly PlanInput[]): { perSecond: number; steps: number; relaxed: number } {
  let steps = 0;
  let relaxed = 0;
  const start = performance.now();
  for (const input of all) {
    const plan = ladderPlan(input);
    steps += plan.steps.length;
    for (const step of plan.steps) if (step.relaxed.length > 0) relaxed += 1;
  }
  const elapsed = performance.now() - start;
  return { perSecond: Math.round((all.length / elapsed) * 1000), steps, relaxed };
}

function gzipKilobytes(root: string, external: string[]): Promise<number> {
  return moduleGzipKilobytes(
    {
      contents: [
        "export { ladderPlan } from './ladderPlan';",
        "export { followUpCreate } from './followUpCreate';",
        "export { followUpStepDone, followUpStepSkip, followUpStepSnooze } from './followUpStepAction';",
        "export * from './followUpLifecycle';",
        "export { recipientsTrack } from './recipientsTrack';",
        "export { contactDefault } from './contactDefault';",
      ].join('\n'),
      resolveDir: path.join(root, 'src/shared/domain'),
    },
    external,
  );
}

export const measure: Measure = async ({ root }) => {
  const all = inputs();
  const cold = pass(all);
  const warm = Array.from({ length: WARM_RUNS }, () => pass(all).perSecond).sort((a, b) => a - b);
  const median = warm[Math.floor(WARM_RUNS / 2)] ?? 0;
  const rows: BenchRow[] = [
    {
      metric: `plans per second (${FOLLOW_UPS.toLocaleString('en')} follow-ups, median of ${WARM_RUNS})`,
      value: median,
      unit: 'plans/s',
      note: `${ZONES.length} zones, 5 ladders, send times over 2026; offset memo warm`,
    },
    { metric: 'plans per second, first pass (cold offset memo)', value: cold.perSecond, unit: 'plans/s' },
    {
      metric: 'steps that relaxed a constraint',
      value: Math.round((cold.relaxed / cold.steps) * 1000) / 10,
      unit: '%',
      note: `${cold.relaxed} of ${cold.steps} steps`,
    },
    {
      metric: 'planner + transitions + recipient rule, gzip',
      value: await gzipKilobytes(root, ['luxon']),
      unit: 'KB',
      note: 'luxon excluded',
    },
    { metric: 'the same with luxon, gzip', value: await gzipKilobytes(root, []), unit: 'KB' },
  ];
  return { title: 'Planner', rows };
};
