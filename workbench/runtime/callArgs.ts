/**
 * The trailing arguments of an Office async method ([options], [callback]) read the way office.js
 * reads them (parseCommonArgs in outlook-web-16.01.debug.js): one function = callback, one object =
 * options, (object, function) = both; the legacy form (callback, userContext) for the 1.0-era
 * methods; anything else throws as office.js does.
 */
import { argumentError, argumentNullError, argumentTypeError, parameterCountError } from './officeErrors';

export interface CommonArgs {
  readonly callback?: (result: never) => void;
  readonly options?: Record<string, unknown>;
  readonly asyncContext?: unknown;
}

type Callback = (result: never) => void;

function isCallback(value: unknown): value is Callback {
  return typeof value === 'function';
}

export function parseCommonArgs(
  args: readonly unknown[],
  callbackRequired: boolean,
  tryLegacy: boolean,
): CommonArgs {
  if (tryLegacy && (args.length === 1 || args.length === 2) && isCallback(args[0])) {
    return args.length === 2 ? { callback: args[0], asyncContext: args[1] } : { callback: args[0] };
  }
  let callback: Callback | undefined;
  let options: Record<string, unknown> | undefined;
  if (args.length === 1) {
    const [only] = args;
    if (isCallback(only)) callback = only;
    else if (typeof only === 'object') options = (only ?? undefined) as Record<string, unknown> | undefined;
    else throw argumentTypeError();
  } else if (args.length === 2) {
    const [first, second] = args;
    if (typeof first !== 'object') throw argumentError('options');
    if (!isCallback(second)) throw argumentError('callback');
    callback = second;
    options = (first ?? undefined) as Record<string, unknown> | undefined;
  } else if (args.length !== 0) {
    throw parameterCountError();
  }
  if (callbackRequired && !callback) throw argumentNullError('callback');
  const asyncContext = options?.['asyncContext'];
  return {
    ...(callback ? { callback } : {}),
    ...(options ? { options } : {}),
    ...(asyncContext ? { asyncContext } : {}),
  };
}
