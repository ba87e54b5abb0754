/**
 * The one promise wrapper for Office's callback APIs. It never throws inside an Office callback
 * and always settles: a failed AsyncResult rejects with an OfficeCallError that names the
 * operation and carries Office's error code.
 */
import { OfficeCallError } from './officeCallError';

/** Runs an Office callback-style API and returns its value as a promise. */
export function officeCall<T>(
  operation: string,
  invoke: (callback: (result: Office.AsyncResult<T>) => void) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      invoke((result) => {
        if (result.status === Office.AsyncResultStatus.Succeeded) {
          resolve(result.value);
        } else {
          reject(OfficeCallError.fromAsyncError(operation, result.error));
        }
      });
    } catch (error: unknown) {
      reject(OfficeCallError.fromThrown(operation, error));
    }
  });
}
