import type { Result } from '../../src/shared/result';

/** A CLI command: validated input in, JSON-serializable output or a reason naming the field. */
export type CliCommand = (input: unknown) => Result<unknown>;
