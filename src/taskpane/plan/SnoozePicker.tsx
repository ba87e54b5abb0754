import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useFormat } from '../format/useFormat';
import { useSettings } from '../services/useStore';
import { strings } from '../strings';
import { useInlinePanelStyles } from './InlinePanel.styles';
import { snoozeOptions } from './snoozeOptions';
import { TimePick } from './TimePick';

const useStyles = makeStyles({
  quick: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

const LABELS = {
  hour: strings.actions.snoozeHour,
  tomorrow: strings.actions.snoozeTomorrow,
  twoDays: strings.actions.snoozeTwoDays,
  week: strings.actions.snoozeWeek,
} as const;

/** Snooze choices: quick ones, or a time the user picks (their clock). */
export function SnoozePicker({
  now,
  busy,
  onSnooze,
}: {
  now: number;
  busy: boolean;
  onSnooze: (at: number) => void;
}) {
  const styles = useStyles();
  const panel = useInlinePanelStyles();
  const fmt = useFormat();
  const { user } = useSettings();
  const options = snoozeOptions(now, user);
  return (
    <div className={panel.root} role="group" aria-label={strings.actions.snoozeLabel}>
      <div className={styles.quick}>
        {options.map((option) => (
          <Button
            key={option.key}
            size="small"
            disabled={busy}
            title={fmt.dateTime(option.at, user.timeZone)}
            onClick={() => onSnooze(option.at)}
          >
            {LABELS[option.key]}
          </Button>
        ))}
      </div>
      <TimePick
        label={strings.actions.snoozePick}
        submit={strings.actions.snoozeApply}
        zone={user.timeZone}
        now={now}
        initial={options[1]?.at ?? now}
        busy={busy}
        onPick={onSnooze}
      />
    </div>
  );
}
