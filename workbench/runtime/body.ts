/**
 * item.body as getBodySurface builds it in outlook-web-16.01.debug.js: getAsync everywhere; setAsync,
 * prependAsync and getTypeAsync in compose. The coercion type of getAsync must be "text" or "html"
 * (else Sys.ArgumentException); an unknown options.coercionType on set/prepend fails the call with
 * error 1000; data must be a string of at most 1,000,000 characters.
 */
import type { BodyCoercion, FrameBinding } from '../shared/hostApi';
import type { CommonArgs } from './callArgs';
import { argumentError, argumentOutOfRangeError, argumentTypeError } from './officeErrors';
import { OfficeFailure, officeAsync, type CallGate } from './officeAsync';

const BODY_MAX = 1_000_000;

function coercionOf(value: unknown): BodyCoercion | undefined {
  return value === 'text' || value === 'html' ? value : undefined;
}

function dataValidate(data: unknown): void {
  if (typeof data !== 'string') throw argumentTypeError('data', typeof data, 'string');
  if (data.length > BODY_MAX) throw argumentOutOfRangeError('data', data.length);
}

/** options.coercionType of set/prepend: text when absent; error 1000 (in the callback) when unknown. */
function writeCoercion(common: CommonArgs): BodyCoercion {
  const given = common.options?.['coercionType'];
  if (typeof given !== 'string') return 'text';
  const coercion = coercionOf(given);
  if (!coercion) throw new OfficeFailure(1000);
  return coercion;
}

export function createBody(binding: FrameBinding, gate: CallGate, compose: boolean): Office.Body {
  const getAsync = officeAsync<Office.Body['getAsync']>(gate, {
    method: 'mailbox.item.body.getAsync',
    fixed: 1,
    callbackRequired: true,
    validate([coercion]) {
      if (!coercionOf(coercion)) throw argumentError('coercionType');
    },
    run: ([coercion]) => binding.bodyGet(coercionOf(coercion) ?? 'text'),
  });
  if (!compose) {
    const read: Pick<Office.Body, 'getAsync'> = { getAsync };
    return read as Office.Body;
  }
  const write = (
    name: 'setAsync' | 'prependAsync',
    apply: (data: string, c: BodyCoercion) => Promise<void>,
  ) =>
    officeAsync<Office.Body['setAsync']>(gate, {
      method: `mailbox.item.body.${name}`,
      fixed: 1,
      callbackRequired: false,
      validate: ([data]) => dataValidate(data),
      run: ([data], common) => apply(String(data), writeCoercion(common)),
    });
  const surface: Pick<Office.Body, 'getAsync' | 'setAsync' | 'prependAsync' | 'getTypeAsync'> = {
    getAsync,
    setAsync: write('setAsync', (data, c) => binding.bodySet(data, c)),
    prependAsync: write('prependAsync', (data, c) => binding.bodyPrepend(data, c)),
    getTypeAsync: officeAsync<Office.Body['getTypeAsync']>(gate, {
      method: 'mailbox.item.body.getTypeAsync',
      fixed: 0,
      callbackRequired: true,
      run: async () => (await binding.bodyType()) as unknown as Office.CoercionType,
    }),
  };
  return surface as Office.Body;
}
