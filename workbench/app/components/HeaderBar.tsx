/** The Outlook header: product, device, the session clock with its jump buttons, the controls, the user. */
import {
  Avatar,
  Badge,
  Button,
  makeStyles,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  Text,
  tokens,
  Tooltip,
} from '@fluentui/react-components';
import { ClockRegular, QuestionCircleRegular, SettingsRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { useDevice } from '../deviceContext';
import { fullTime } from '../model/timeFormat';
import { ControlsPanel } from './ControlsPanel';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `0 ${tokens.spacingHorizontalM}`,
    height: '48px',
    flex: '0 0 48px',
    background: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  product: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  badge: { whiteSpace: 'nowrap', flexShrink: 0 },
  spacer: { flex: '1 1 auto' },
  clock: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, whiteSpace: 'nowrap' },
  // Narrow windows (two devices side by side): drop what can go.
  wide: { '@media (max-width: 1100px)': { display: 'none' } },
  onBrand: { color: tokens.colorNeutralForegroundOnBrand, minWidth: 0 },
});

/** Re-renders every few seconds so the clock moves. */
function useTick(ms: number): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((t) => t + 1), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return tick;
}

export function HeaderBar() {
  const styles = useStyles();
  const { store, view } = useDevice();
  useTick(10_000);
  const snapshot = view.snapshot;
  if (!snapshot) return null;
  const now = Date.now() + snapshot.clock.offsetMs;
  const jump = (label: string, advance: { hours?: number; days?: number }) => (
    <Tooltip content={`Move the clock forward ${label}`} relationship="description">
      <Button
        size="small"
        appearance="outline"
        className={styles.onBrand}
        onClick={() => void store.advanceClock(advance)}
      >
        +{label}
      </Button>
    </Tooltip>
  );
  return (
    <header className={styles.root}>
      <Text className={styles.product}>Outlook</Text>
      <Badge
        className={styles.badge}
        appearance="tint"
        color="informative"
        aria-label={`Device ${view.device}`}
      >
        Device {view.device}
      </Badge>
      <span className={styles.spacer} />
      <div className={styles.clock} role="group" aria-label="Clock">
        <ClockRegular />
        <Text data-testid="clock">{fullTime(now, snapshot.user.timeZone)}</Text>
        <Text className={styles.wide}>({snapshot.user.timeZone})</Text>
        {jump('1 hour', { hours: 1 })}
        {jump('1 day', { days: 1 })}
        {jump('1 week', { days: 7 })}
      </div>
      <Popover positioning="below-end" trapFocus>
        <PopoverTrigger disableButtonEnhancement>
          <Button appearance="transparent" className={styles.onBrand} icon={<SettingsRegular />}>
            Controls
          </Button>
        </PopoverTrigger>
        <PopoverSurface aria-label="Workbench controls">
          <ControlsPanel />
        </PopoverSurface>
      </Popover>
      {!view.howTo && (
        <Button
          appearance="transparent"
          className={styles.onBrand}
          icon={<QuestionCircleRegular />}
          aria-label="How to use the workbench"
          onClick={() => store.showHowTo()}
        />
      )}
      <Avatar name={snapshot.user.name} size={28} color="colorful" />
      <Text className={styles.wide}>{snapshot.user.name}</Text>
    </header>
  );
}
