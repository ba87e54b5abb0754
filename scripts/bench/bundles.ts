/** Bench section: bundle sizes (raw and gzip) against the same-run React + Fluent baseline. */
import path from 'node:path';
import type { Measure } from './benchSection';
import { buildBaseline } from './baseline/baselineBuild';
import { bundleSizes, fileSize } from './bundleSizes';

const kb = (n: number) => Math.round((n / 1024) * 10) / 10;

export const measure: Measure = async ({ root }) => {
  const sizes = bundleSizes(path.join(root, 'dist'));
  const baselineDir = path.join(root, 'build/bench-baseline');
  const used = await buildBaseline(root, baselineDir);
  const baseline = fileSize(baselineDir, 'baseline.js');
  const lazyRaw = sizes.taskpaneLazy.reduce((s, f) => s + f.raw, 0);
  const lazyGzip = sizes.taskpaneLazy.reduce((s, f) => s + f.gzip, 0);
  return {
    title: 'Bundles',
    rows: [
      { metric: 'task pane initial JS', value: kb(sizes.taskpaneInitial.raw), unit: 'KB raw' },
      {
        metric: 'task pane initial JS',
        value: kb(sizes.taskpaneInitial.gzip),
        unit: 'KB gzip',
        note: 'budget 150',
      },
      {
        metric: 'task pane lazy chunks',
        value: kb(lazyGzip),
        unit: 'KB gzip',
        note: `${sizes.taskpaneLazy.length} chunk(s), ${kb(lazyRaw)} KB raw`,
      },
      { metric: 'commands bundle', value: kb(sizes.commands.raw), unit: 'KB raw' },
      { metric: 'commands bundle', value: kb(sizes.commands.gzip), unit: 'KB gzip', note: 'budget 40' },
      {
        metric: 'baseline page (React + same Fluent parts + luxon)',
        value: kb(baseline.gzip),
        unit: 'KB gzip',
        note: `${used.fluent.length} Fluent components, ${used.icons.length} icons`,
      },
      {
        metric: 'task pane initial / baseline',
        value: Math.round((sizes.taskpaneInitial.gzip / baseline.gzip) * 100) / 100,
        unit: '×',
      },
    ],
  };
};
