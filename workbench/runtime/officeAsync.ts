/**
 * Builds an Office async method: synchronous argument checks (they throw, as office.js does), then the
 * host call through the fault gate, then the callback with an AsyncResult on a later task, like the
 * real cross-frame calls. Typed against the declared member: `run` must produce the value type of the
 * member's callback, so a wrong shape fails to compile.
 */
import type { HostFailure } from '../shared/hostApi';
import { failed, succeeded } from './asyncResult';
import { parseCommonArgs, type CommonArgs } from './callArgs';

type ResultValue<X> = X extends (result: Office.AsyncResult<infer T>) => void ? T : never;

/** The value type T of the AsyncResult<T> an Office method's callback receives. */
export type AsyncValue<F> = F extends (...args: infer A) => void
  ? ResultValue<Exclude<A[number], undefined>>
  : never;

export interface AsyncSpec<F> {
  /** The member's path after Office.context (names faults and log lines): "mailbox.item.subject.getAsync". */
  readonly method: string;
  /** How many leading arguments come before [options], [callback]. */
  readonly fixed: number;
  readonly callbackRequired: boolean;
  /** Accept the legacy (callback, userContext) form. */
  readonly legacy?: boolean;
  /** Synchronous argument checks on the leading arguments; throw Office's argument errors. */
  readonly validate?: (fixed: readonly unknown[], common: CommonArgs) => void;
  /** The work, once the arguments are valid and the gate let the call through. */
  readonly run: (fixed: readonly unknown[], common: CommonArgs) => Promise<AsyncValue<F>>;
}

/** The fault gate: resolves with a failure to report instead of running, or null. */
export type CallGate = (method: string) => Promise<HostFailure | null>;

/** A failure to report with Office's code (thrown inside `run`). */
export class OfficeFailure extends Error implements HostFailure {
  constructor(
    readonly code: number,
    message = '',
  ) {
    super(message);
  }
}

function isHostFailure(value: unknown): value is HostFailure {
  return (
    typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'number'
  );
}

/** Runs `spec` for one call's arguments; reports through the callback, never throws after validation. */
export function officeAsyncCall<F>(gate: CallGate, spec: AsyncSpec<F>, args: readonly unknown[]): void {
  const fixed = args.slice(0, spec.fixed);
  const common = parseCommonArgs(args.slice(spec.fixed), spec.callbackRequired, spec.legacy ?? false);
  spec.validate?.(fixed, common);
  const report = (result: Office.AsyncResult<AsyncValue<F>>) =>
    setTimeout(
      () => (common.callback as ((r: Office.AsyncResult<AsyncValue<F>>) => void) | undefined)?.(result),
      0,
    );
  void (async () => {
    try {
      const refused = await gate(spec.method);
      if (refused) {
        report(failed(refused.code, common.asyncContext, refused.message));
        return;
      }
      report(succeeded(await spec.run(fixed, common), common.asyncContext));
    } catch (error: unknown) {
      report(
        isHostFailure(error)
          ? failed(error.code, common.asyncContext, error.message)
          : failed(9002, common.asyncContext, error instanceof Error ? error.message : String(error)),
      );
    }
  })();
}

/** An Office async method of declared type F. */
export function officeAsync<F>(gate: CallGate, spec: AsyncSpec<F>): F {
  return ((...args: unknown[]) => officeAsyncCall(gate, spec, args)) as F;
}
