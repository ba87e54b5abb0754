import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { Dismiss16Regular } from '@fluentui/react-icons/svg/dismiss';
import { useState } from 'react';
import type { LoadReport } from '../../shared/storage/store';
import { useServices } from '../services/servicesContext';
import { strings } from '../strings';

interface Notice {
  readonly key: string;
  readonly intent: 'info' | 'warning';
  readonly text: string;
}

/** What loading the store found that the user should know, in their words. */
export function loadNotices(report: LoadReport): Notice[] {
  const t = strings.load;
  const notices: Notice[] = [];
  if (report.readOnly)
    notices.push({ key: 'readOnly', intent: 'warning', text: t.readOnly(report.readOnly) });
  if (report.roaming.status === 'damaged') {
    const lost = report.roaming.lost.reduce((sum, loss) => sum + loss.count, 0);
    notices.push({ key: 'damaged', intent: 'warning', text: t.damaged(lost) });
  }
  if (report.roaming.status === 'notOurs')
    notices.push({ key: 'notOurs', intent: 'warning', text: t.notOurs });
  const { followUps, profiles, tombstones, settings } = report.replayed;
  const replayed = followUps + profiles + tombstones + (settings ? 1 : 0);
  if (replayed > 0) notices.push({ key: 'replayed', intent: 'info', text: t.replayed(replayed) });
  if (report.recovery && report.recovery.merged > 0)
    notices.push({ key: 'recovered', intent: 'info', text: t.recovered(report.recovery.merged) });
  if (report.journal === 'damaged') notices.push({ key: 'journal', intent: 'info', text: t.journalDamaged });
  return notices;
}

/** Shown once per start, until dismissed: what the store found while loading. */
export function LoadBanner() {
  const { loadReport } = useServices();
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const notices = loadNotices(loadReport).filter((n) => !dismissed.has(n.key));
  if (notices.length === 0) return null;
  return (
    <>
      {notices.map((notice) => (
        <MessageBar
          key={notice.key}
          intent={notice.intent}
          layout="multiline"
          data-testid={`load-${notice.key}`}
        >
          <MessageBarBody>{notice.text}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                size="small"
                icon={<Dismiss16Regular />}
                aria-label={strings.dismiss}
                onClick={() => setDismissed((set) => new Set(set).add(notice.key))}
              />
            }
          />
        </MessageBar>
      ))}
    </>
  );
}
