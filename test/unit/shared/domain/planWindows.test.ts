import {
  planWindows,
  planWindowsConstrain,
  RELAXATION_ORDER,
} from '../../../../src/shared/domain/planWindows';
import { ALL_DAYS, contactOf, range, userOf } from './planFixtures';

describe('planWindows', () => {
  it('relaxes user hours first and worst times last (documented order)', () => {
    expect(RELAXATION_ORDER).toEqual(['userHours', 'userDays', 'bestTimes', 'bestDays', 'worstTimes']);
  });

  it('knows which constraints constrain anything', () => {
    const open = planWindows(
      contactOf({ bestDays: ALL_DAYS, bestTimes: [], worstTimes: [] }),
      userOf({ workingDays: ALL_DAYS, workingHours: [range('00:00', '24:00')] }),
    );
    expect(RELAXATION_ORDER.filter((c) => planWindowsConstrain(open, c))).toEqual([]);
    const tight = planWindows(
      contactOf({
        bestDays: [2],
        bestTimes: [range('08:00', '10:00')],
        worstTimes: [range('12:00', '13:00')],
      }),
      userOf(),
    );
    expect(RELAXATION_ORDER.filter((c) => planWindowsConstrain(tight, c))).toEqual(RELAXATION_ORDER);
  });
});
