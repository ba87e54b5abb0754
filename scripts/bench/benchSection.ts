/**
 * One section of `npm run bench`. Each file in scripts/bench/ exports `measure` and is listed in
 * scripts/bench.ts. A figure the landed features do not allow yet is reported with value "n/a" and a note.
 */
export interface BenchRow {
  readonly metric: string;
  readonly value: number | string;
  readonly unit?: string;
  readonly note?: string;
}

export interface BenchSection {
  readonly title: string;
  readonly rows: readonly BenchRow[];
}

export interface BenchContext {
  /** Repository root. */
  readonly root: string;
  /** Base URL of a workbench server serving the production build (started once by the runner). */
  readonly workbenchUrl: string;
  /** Path of the Chromium executable. */
  readonly chromium: string;
}

export type Measure = (context: BenchContext) => Promise<BenchSection>;

/** A row for a figure that a feature not landed yet will provide. */
export function notAvailable(metric: string, note: string): BenchRow {
  return { metric, value: 'n/a', note };
}
