import { Body1, Caption1, Subtitle1, Subtitle2 } from '@fluentui/react-components';
import { DUE_GROUPS } from '../../shared/app/dueGroups';
import { useDue } from './useDue';
import { strings } from '../strings';
import { DueEntry } from './DueEntry';
import { useDueStyles } from './DueList.styles';

/** Every follow-up's next step across messages: overdue, today, this week, later, paused. */
export function DueList() {
  const styles = useDueStyles();
  const { groups, dueNow, now } = useDue();
  const t = strings.due;
  const total = DUE_GROUPS.reduce((sum, g) => sum + groups[g].length, 0);
  const upcoming = total - dueNow - groups.paused.length;
  return (
    <section className={styles.root} aria-labelledby="due-heading">
      <div className={styles.head}>
        <Subtitle1 as="h2" id="due-heading" className={styles.heading}>
          {t.heading}
        </Subtitle1>
        {total > 0 && (
          <Caption1 data-testid="due-summary">{t.summary(dueNow, upcoming, groups.paused.length)}</Caption1>
        )}
      </div>
      {total === 0 ? (
        <div className={styles.empty} data-first-useful data-testid="due-empty">
          <Subtitle2 as="h3">{t.emptyHeading}</Subtitle2>
          <Body1>{t.emptyBody}</Body1>
        </div>
      ) : (
        <div className={styles.root} data-first-useful data-testid="due-list">
          {DUE_GROUPS.filter((g) => groups[g].length > 0).map((group) => (
            <section key={group} className={styles.group} aria-labelledby={`due-${group}`}>
              <Subtitle2 as="h3" id={`due-${group}`} className={styles.groupHeading}>
                {t.groupHeading(t.groups[group], groups[group].length)}
              </Subtitle2>
              <ul className={styles.list}>
                {groups[group].map((entry) => (
                  <DueEntry key={entry.followUp.id} entry={entry} now={now} />
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </section>
  );
}
