import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { followUpAct, type FollowUpAction } from '../../shared/app/followUpAct';
import type { FollowUp } from '../../shared/domain/types';
import type { ItemSummary } from '../../shared/ports';
import { useFormat } from '../format/useFormat';
import { useServices } from '../services/servicesContext';
import { strings } from '../strings';
import { useInlinePanelStyles } from './InlinePanel.styles';
import { LadderPicker, TimePick } from './lazyForms';
import { loadDraftActions } from './loadDraftActions';
import { RunButton } from './RunButton';
import type { ActionRunner } from './useAction';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
});

const DAY = 86_400_000;

/** What the user can do with the whole follow-up: stop, change the ladder, mark replied, resume; after a reply, close the loop. */
export function FollowUpActions({
  followUp,
  item,
  now,
  runner,
}: {
  followUp: FollowUp;
  item: ItemSummary | null;
  now: number;
  runner: ActionRunner;
}) {
  const services = useServices();
  const fmt = useFormat();
  const styles = useStyles();
  const panel = useInlinePanelStyles();
  const [picking, setPicking] = useState(false);
  const [laddering, setLaddering] = useState(false);
  const t = strings.actions;
  const zone = services.store.settings().user.timeZone;
  const acting = (action: FollowUpAction) => () =>
    followUpAct(services.store, followUp.id, action, services.clock.now());
  const act = (action: FollowUpAction, success: string) => runner.run(acting(action), () => success);
  const active = followUp.state === 'waiting' || followUp.state === 'paused' || followUp.state === 'noAnswer';
  const ended = followUp.state === 'replied' || followUp.state === 'done' || followUp.state === 'noAnswer';
  return (
    <div className={styles.root} role="group" aria-label={t.label}>
      {active && (
        <div className={styles.buttons}>
          {(followUp.state === 'waiting' || followUp.state === 'paused') && (
            <Button size="small" aria-expanded={laddering} onClick={() => setLaddering((l) => !l)}>
              {t.changeLadder}
            </Button>
          )}
          {followUp.state === 'paused' && (
            <RunButton runner={runner} action={acting({ kind: 'resume' })} success={() => t.resumed}>
              {t.resume}
            </RunButton>
          )}
          <RunButton runner={runner} action={acting({ kind: 'replied' })} success={() => t.markedReplied}>
            {t.replied}
          </RunButton>
          <RunButton runner={runner} action={acting({ kind: 'stop' })} success={() => t.stopped}>
            {t.stop}
          </RunButton>
        </div>
      )}
      {active && laddering && (
        <LadderPicker
          ladder={followUp.ladder}
          busy={runner.busy}
          onCancel={() => setLaddering(false)}
          onPick={(ladder) =>
            void act({ kind: 'ladder', ladder }, t.ladderChanged).then((ok) => ok && setLaddering(false))
          }
        />
      )}
      {ended && (
        <div className={panel.root}>
          {followUp.state === 'replied' && (
            <>
              <Caption1>{t.thankYouHelp}</Caption1>
              <div className={styles.buttons}>
                <RunButton
                  runner={runner}
                  primary
                  action={async () =>
                    (await loadDraftActions()).thankYouDraft(
                      { store: services.store, forms: services.forms, userName: services.user.name },
                      followUp.id,
                      item,
                      services.clock.now(),
                    )
                  }
                  success={() => t.thankYouOpened}
                >
                  {t.thankYou}
                </RunButton>
                <Button size="small" aria-expanded={picking} onClick={() => setPicking((p) => !p)}>
                  {t.nextDate}
                </Button>
              </div>
            </>
          )}
          {followUp.state !== 'replied' && (
            <div className={styles.buttons}>
              <Button size="small" aria-expanded={picking} onClick={() => setPicking((p) => !p)}>
                {t.nextDate}
              </Button>
            </div>
          )}
          {picking && (
            <TimePick
              label={t.nextDateLabel}
              submit={t.nextDateSave}
              zone={zone}
              now={now}
              initial={now + 14 * DAY}
              busy={runner.busy}
              onPick={(at) =>
                void act({ kind: 'again', at }, t.nextDateSet(fmt.dateTime(at, zone))).then(
                  (ok) => ok && setPicking(false),
                )
              }
            />
          )}
        </div>
      )}
    </div>
  );
}
