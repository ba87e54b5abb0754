import { Body1, Button, Caption1, ProgressBar, Subtitle2 } from '@fluentui/react-components';
import { useId } from 'react';
import { FeedbackBar } from '../plan/FeedbackBar';
import { useAction } from '../plan/useAction';
import { useServices } from '../services/servicesContext';
import { useFollowUps, useProfiles, useSettings } from '../services/useStore';
import { strings } from '../strings';
import { useSettingsStyles } from './Settings.styles';

/** How much of the 32 KB roaming quota ReachPlan uses, by kind, with "Compact now". */
export function StorageSettings() {
  const { store, user } = useServices();
  const styles = useSettingsStyles();
  const runner = useAction();
  const id = useId();
  // Re-read whenever the data changes.
  useFollowUps();
  useProfiles();
  useSettings();
  const usage = store.usage();
  const t = strings.settings;
  const n = (value: number) => value.toLocaleString(user.locale);
  return (
    <section className={styles.section} aria-labelledby={`${id}-storage`}>
      <Subtitle2 as="h3" id={`${id}-storage`} className={styles.heading}>
        {t.storageHeading}
      </Subtitle2>
      {usage ? (
        <div className={styles.usage}>
          <Body1 data-testid="storage-used">
            {t.storageUsed(
              n(usage.characters),
              n(usage.quota),
              new Intl.NumberFormat(user.locale, { style: 'percent', maximumFractionDigits: 0 }).format(
                usage.characters / usage.quota,
              ),
            )}
          </Body1>
          <ProgressBar
            value={Math.min(1, usage.characters / usage.quota)}
            color={
              usage.characters / usage.quota > 0.9
                ? 'error'
                : usage.characters / usage.quota > 0.75
                  ? 'warning'
                  : 'brand'
            }
            thickness="large"
            aria-label={t.storageHeading}
          />
          <dl className={styles.kinds}>
            {(Object.keys(t.storageKinds) as (keyof typeof t.storageKinds)[]).map((kind) => (
              <div key={kind} style={{ display: 'contents' }}>
                <dt>
                  <Caption1>{t.storageKinds[kind]}</Caption1>
                </dt>
                <dd className={styles.number}>
                  <Caption1>{n(usage.byKind[kind])}</Caption1>
                </dd>
              </div>
            ))}
          </dl>
          <Caption1>{t.storageCounts(usage.counts.followUps, usage.counts.profiles)}</Caption1>
        </div>
      ) : (
        <Body1>{t.storageUnknown}</Body1>
      )}
      <FeedbackBar feedback={runner.feedback} onDismiss={runner.clear} />
      <div className={styles.buttons}>
        <Button
          disabled={runner.busy}
          onClick={() =>
            void runner.run(
              () => {
                const result = store.compactNow();
                return result.ok ? result : { ok: false as const, reason: result.reason.message };
              },
              (removed) =>
                t.compacted(
                  removed.expired.length + removed.early.length + removed.tombstones + removed.historyEntries,
                ),
            )
          }
        >
          {t.compact}
        </Button>
      </div>
    </section>
  );
}
