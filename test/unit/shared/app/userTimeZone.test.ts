import { IANAZone } from 'luxon';
import { findIana, findWindows, WINDOWS_TO_IANA_MAP } from 'windows-iana';
import { userTimeZone } from '../../../../src/shared/app/userTimeZone';
import { userTimeZoneFromWindows } from '../../../../src/shared/app/userTimeZoneWindows';
import { WINDOWS_ZONES } from '../../../../src/shared/app/windowsZones';
import { windowsZoneTable } from '../../../../scripts/windows-zones';

describe('userTimeZone', () => {
  it('maps the Windows names Outlook reports to IANA zones', () => {
    expect(userTimeZone('W. Europe Standard Time', 'America/New_York')).toBe('Europe/Berlin');
    expect(userTimeZone('Tokyo Standard Time', undefined)).toBe('Asia/Tokyo');
    expect(userTimeZone('E. South America Standard Time', 'UTC')).toBe('America/Sao_Paulo');
    expect(userTimeZone('UTC', 'Europe/Paris')).toBe('Etc/UTC');
  });

  it('takes an IANA name as is, then the runtime zone, then UTC', () => {
    expect(userTimeZone('Asia/Singapore', 'Europe/Berlin')).toBe('Asia/Singapore');
    expect(userTimeZone('Mars Standard Time', 'Europe/Berlin')).toBe('Europe/Berlin');
    expect(userTimeZone(undefined, 'not a zone')).toBe('UTC');
    expect(userTimeZone('toString', undefined)).toBe('UTC');
  });

  it('round-trips every zone the workbench can report: IANA → Windows (findWindows) → IANA in the same offset rules', () => {
    for (const zone of [
      'Europe/Berlin',
      'Asia/Singapore',
      'America/New_York',
      'Asia/Tokyo',
      'Australia/Sydney',
    ]) {
      const windows = findWindows(zone)[0];
      expect(windows).toBeDefined();
      expect(findIana(windows!)).toContain(userTimeZone(windows, undefined));
    }
  });

  it('the task pane maps exactly like the commands bundle', () => {
    for (const name of Object.keys(WINDOWS_ZONES)) {
      expect(userTimeZoneFromWindows(name, undefined)).toBe(userTimeZone(name, undefined));
    }
  });
});

describe('WINDOWS_ZONES (generated)', () => {
  it('equals windows-iana: regenerate with `npx tsx scripts/windows-zones.ts` after updating it', () => {
    expect(WINDOWS_ZONES).toEqual(windowsZoneTable());
  });

  it('covers every Windows zone name of CLDR', () => {
    const names = new Set(WINDOWS_TO_IANA_MAP.map((entry) => entry.windowsName));
    for (const name of names) {
      const zone = userTimeZone(name, undefined);
      expect(findIana(name)).toContain(zone);
      expect(IANAZone.isValidZone(zone)).toBe(true);
    }
  });
});
