/** Opening one of Outlook's forms from the pane: its failure becomes a reason the pane can show. */
import type { Result } from '../result';
import { fail, ok } from '../result';

/** Runs `open` (a FormsPort call); a throw becomes "Outlook could not open the …: reason". */
export function formsOpen<T>(what: string, open: () => T): Result<T> {
  try {
    return ok(open());
  } catch (error: unknown) {
    return fail(
      `Outlook could not open the ${what}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
