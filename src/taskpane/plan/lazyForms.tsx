/** The small forms behind the plan's buttons (snooze, log, pick a date, change the ladder): loaded when opened. */
import type { ComponentProps } from 'react';
import { lazyView } from '../common/lazyView';
import type { LadderPicker as LadderPickerForm } from './LadderPicker';
import type { LogOutcome as LogOutcomeForm } from './LogOutcome';
import type { SnoozePicker as SnoozePickerForm } from './SnoozePicker';
import type { TimePick as TimePickForm } from './TimePick';

export const SnoozePicker = lazyView<ComponentProps<typeof SnoozePickerForm>>(() =>
  import('./SnoozePicker').then((m) => ({ default: m.SnoozePicker })),
);
export const LogOutcome = lazyView<ComponentProps<typeof LogOutcomeForm>>(() =>
  import('./LogOutcome').then((m) => ({ default: m.LogOutcome })),
);
export const TimePick = lazyView<ComponentProps<typeof TimePickForm>>(() =>
  import('./TimePick').then((m) => ({ default: m.TimePick })),
);
export const LadderPicker = lazyView<ComponentProps<typeof LadderPickerForm>>(() =>
  import('./LadderPicker').then((m) => ({ default: m.LadderPicker })),
);
