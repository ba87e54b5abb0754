/**
 * Office.context.requirements.isSetSupported for the workbench client: Mailbox up to the session's
 * requirement level (so a 1.8 client says no to 1.10 features, and its add-in falls back), nothing
 * else. Versions compare part by part (1.10 > 1.9); a number argument is read as its decimal text.
 */
import { versionAtLeast, versionFromArgument } from '../shared/requirementVersion';

export function createRequirements(level: () => string): Office.RequirementSetSupport {
  return {
    isSetSupported(name: string, minVersion?: string | number): boolean {
      if (typeof name !== 'string' || name.toLowerCase() !== 'mailbox') return false;
      const wanted = minVersion === undefined ? '1.1' : versionFromArgument(minVersion);
      return wanted !== undefined && versionAtLeast(level(), wanted);
    },
  };
}
