/** Two Outlook windows side by side on one session: device A on this origin, device B on the other loopback name. */
import { makeStyles, tokens } from '@fluentui/react-components';
import { otherLoopbackOrigin } from '../model/otherLoopback';

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: '1fr 1fr',
    gap: '6px',
    height: '100%',
    background: tokens.colorNeutralStroke1,
  },
  frame: { border: 'none', width: '100%', height: '100%', background: tokens.colorNeutralBackground1 },
});

export function TwoDevices({ session, fixture }: { session: string; fixture: string | null }) {
  const styles = useStyles();
  const path = (device: string) => `/workbench/?session=${encodeURIComponent(session)}&device=${device}`;
  // Only device A loads the fixture; B follows the session's change.
  const fixtureParam = fixture ? `&fixture=${encodeURIComponent(fixture)}` : '';
  return (
    <div className={styles.root}>
      <iframe className={styles.frame} title="Device A" src={`${path('A')}${fixtureParam}`} />
      <iframe
        className={styles.frame}
        title="Device B"
        src={`${otherLoopbackOrigin(window.location.origin)}${path('B')}`}
      />
    </div>
  );
}
