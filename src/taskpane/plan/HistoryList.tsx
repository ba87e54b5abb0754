import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { FollowUp } from '../../shared/domain/types';
import { useFormat } from '../format/useFormat';
import { strings } from '../strings';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
  },
  toggle: { alignSelf: 'flex-start', paddingInline: 0, minWidth: 0 },
  root: { display: 'flex', flexDirection: 'column' },
});

/** The follow-up's short history, newest first (what happened and why: replies, pauses, calls). */
export function HistoryList({ followUp, zone }: { followUp: FollowUp; zone: string }) {
  const styles = useStyles();
  const fmt = useFormat();
  const [open, setOpen] = useState(false);
  const id = useId();
  const entries = [...followUp.history].reverse();
  return (
    <div className={styles.root}>
      <Button
        className={styles.toggle}
        appearance="transparent"
        size="small"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? strings.plan.historyHide : strings.plan.historyShow(entries.length)}
      </Button>
      <ul id={id} className={styles.list} hidden={!open} aria-label={strings.plan.historyHeading}>
        {entries.map((entry, i) => (
          <li key={`${entry.at}-${i}`}>
            <Caption1>
              {fmt.dateTime(entry.at, zone)} · {strings.history[entry.kind]}
              {entry.note ? `: ${entry.note}` : ''}
            </Caption1>
          </li>
        ))}
      </ul>
    </div>
  );
}
