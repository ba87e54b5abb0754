import { makeStyles, tokens } from '@fluentui/react-components';
import type { FollowUp } from '../../shared/domain/types';
import { useServices } from '../services/servicesContext';
import { useNow } from '../services/useNow';
import { useSettings } from '../services/useStore';
import { FollowUpHeader } from './FollowUpHeader';
import { PlanTimeline } from './PlanTimeline';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/**
 * A follow-up at a glance: its state and the ladder's times, with nothing that needs the planner. It is
 * the pane's first paint on a tracked message, shown while the full plan (actions, "why") loads.
 */
export function PlanGlance({ followUp }: { followUp: FollowUp }) {
  const styles = useStyles();
  const { store } = useServices();
  const settings = useSettings();
  const now = useNow();
  const first = followUp.recipients[0];
  const contactZone = (first && store.profile(first.email)?.timeZone) || settings.user.timeZone;
  return (
    <section className={styles.root} aria-labelledby={`glance-${followUp.id}`} aria-busy="true">
      <FollowUpHeader followUp={followUp} zone={settings.user.timeZone} headingId={`glance-${followUp.id}`} />
      <PlanTimeline
        steps={followUp.steps}
        userZone={settings.user.timeZone}
        contactZone={contactZone}
        now={now}
        firstUseful
      />
    </section>
  );
}
