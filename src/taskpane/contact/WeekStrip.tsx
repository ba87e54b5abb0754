import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ContactProfile, TimeRange, Weekday } from '../../shared/domain/types';
import { WEEKDAYS } from '../../shared/domain/types';
import { useSrOnly } from '../common/srOnly';
import { useFormat } from '../format/useFormat';
import { strings } from '../strings';

const FORCED = '@media (forced-colors: active)';

const useStyles = makeStyles({
  figure: { margin: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  row: {
    display: 'grid',
    gridTemplateColumns: '2.6em 1fr',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
  },
  bar: {
    position: 'relative',
    height: '12px',
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground3,
    overflow: 'hidden',
    [FORCED]: { border: '1px solid CanvasText', forcedColorAdjust: 'none', backgroundColor: 'Canvas' },
  },
  off: {
    backgroundImage: `repeating-linear-gradient(45deg, transparent 0 3px, ${tokens.colorNeutralStroke2} 3px 5px)`,
    [FORCED]: { backgroundImage: 'repeating-linear-gradient(45deg, Canvas 0 3px, GrayText 3px 5px)' },
  },
  segment: { position: 'absolute', top: 0, bottom: 0 },
  best: {
    backgroundColor: tokens.colorPaletteGreenBackground3,
    [FORCED]: { backgroundColor: 'Highlight' },
  },
  worst: {
    backgroundColor: tokens.colorPaletteRedBackground3,
    [FORCED]: { backgroundColor: 'CanvasText' },
  },
  scale: {
    display: 'grid',
    gridTemplateColumns: '2.6em 1fr',
    columnGap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground3,
  },
  ticks: { display: 'flex', justifyContent: 'space-between' },
  legend: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  swatch: {
    display: 'inline-block',
    width: '10px',
    height: '10px',
    marginRight: tokens.spacingHorizontalXXS,
    borderRadius: '2px',
    verticalAlign: 'middle',
    [FORCED]: { forcedColorAdjust: 'none' },
  },
});

/** The parts of a range within one day (a range crossing midnight is two parts). */
function parts(range: TimeRange): [number, number][] {
  return range.end > range.start
    ? [[range.start, range.end]]
    : [
        [range.start, 1440],
        [0, range.end],
      ];
}

function Segments({ ranges, className }: { ranges: readonly TimeRange[]; className: string }) {
  const styles = useStyles();
  return (
    <>
      {ranges.flatMap(parts).map(([start, end]) => (
        <span
          key={`${start}-${end}`}
          className={mergeClasses(styles.segment, className)}
          style={{ left: `${(start / 1440) * 100}%`, width: `${((end - start) / 1440) * 100}%` }}
        />
      ))}
    </>
  );
}

/** Best and worst times over the week, in the contact's zone, drawn as one bar per day (and told as text). */
export function WeekStrip({ profile, name }: { profile: ContactProfile; name: string }) {
  const styles = useStyles();
  const { srOnly } = useSrOnly();
  const fmt = useFormat();
  const t = strings.contact;
  const best = (day: Weekday) => profile.bestDays.includes(day);
  const bestRanges = profile.bestTimes.length > 0 ? profile.bestTimes : [{ start: 0, end: 1440 }];
  const worst = profile.worstTimes.map((r) => fmt.range(r)).join(', ');
  const describe = (day: Weekday) => {
    const label = fmt.weekday(day, 'long');
    const text = !best(day)
      ? t.rowNone(label)
      : profile.bestTimes.length === 0
        ? t.rowAny(label)
        : t.rowBest(label, profile.bestTimes.map((r) => fmt.range(r)).join(', '));
    return worst ? `${text}; ${t.rowWorst(worst)}` : text;
  };
  return (
    <figure className={styles.figure} data-testid="week-strip">
      <figcaption className={srOnly}>{t.weekLabel(name)}</figcaption>
      <ul className={srOnly}>
        {WEEKDAYS.map((day) => (
          <li key={day}>{describe(day)}</li>
        ))}
      </ul>
      <div aria-hidden>
        {WEEKDAYS.map((day) => (
          <div key={day} className={styles.row}>
            <Caption1>{fmt.weekday(day)}</Caption1>
            <div
              className={mergeClasses(styles.bar, !best(day) && styles.off)}
              data-day={day}
              data-best={best(day)}
            >
              {best(day) && <Segments ranges={bestRanges} className={styles.best} />}
              <Segments ranges={profile.worstTimes} className={styles.worst} />
            </div>
          </div>
        ))}
        <div className={styles.scale}>
          <span />
          <Caption1 className={styles.ticks}>
            {[0, 6, 12, 18, 24].map((h) => (
              <span key={h}>{h}</span>
            ))}
          </Caption1>
        </div>
      </div>
      <Caption1 className={styles.legend} aria-hidden>
        <span>
          <span className={mergeClasses(styles.swatch, styles.best)} />
          {t.best}
        </span>
        <span>
          <span className={mergeClasses(styles.swatch, styles.worst)} />
          {t.worst}
        </span>
      </Caption1>
    </figure>
  );
}
