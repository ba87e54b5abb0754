/**
 * Which save failures are worth retrying, and how to say why a save failed. Office's error 9019
 * (GenericSettingsError) is intermittent on save (office-js GH3983, GH2256), so it is retried, like
 * failures without a code (network, host). 9057 (settings over the limit on set) and errors of our
 * own (quota, read-only) are not.
 */
const NOT_RETRYABLE = new Set([9057]);

/** A save the store itself refuses (data over the quota, read-only): retrying cannot help. */
export class SaveRefused extends Error {
  override readonly name = 'SaveRefused';
}

function codeOf(error: unknown): number | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? code : undefined;
}

/** Whether a failed save may succeed if tried again later. */
export function saveErrorRetryable(error: unknown): boolean {
  if (error instanceof SaveRefused) return false;
  const code = codeOf(error);
  return code === undefined || !NOT_RETRYABLE.has(code);
}

/** A reason for the UI. */
export function saveErrorDescribe(error: unknown): string {
  const code = codeOf(error);
  if (code === 9019)
    return 'Outlook could not save ReachPlan data right now (error 9019); it will try again.';
  if (code === 9057) return 'Outlook refused ReachPlan data as too large (error 9057).';
  if (error instanceof Error) return error.message;
  return String(error);
}
