import { Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { Count } from '../common/Pill';
import { useState, type ReactNode } from 'react';
import { lazyView } from '../common/lazyView';
import { useDueCount } from '../services/useDueCount';
import { strings } from '../strings';
import { ThisMessage } from '../thisMessage/ThisMessage';
import { LoadBanner } from './LoadBanner';
import { NavTabs } from './NavTabs';
import type { PaneRequest, PaneView } from './paneRequest';
import { SaveProblem, SaveStatus } from './SaveStatus';
import { usePaneRequest } from './usePaneRequest';

const SettingsView = lazyView(() => import('../settings/SettingsView'));
const DueList = lazyView<object>(() => import('../due/DueList').then((m) => ({ default: m.DueList })), {
  eager: true,
});

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
    paddingInline: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    position: 'sticky',
    top: 0,
    zIndex: 1,
  },
  status: { paddingBlock: tokens.spacingVerticalXS, paddingInline: tokens.spacingHorizontalS },
  banners: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
  },
  main: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  srOnly: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

function Views({ request }: { request: PaneRequest }) {
  const styles = useStyles();
  const [view, setView] = useState<PaneView>(request.view);
  const [visited, setVisited] = useState<ReadonlySet<PaneView>>(new Set([request.view]));
  const dueNow = useDueCount() ?? 0;
  const show = (next: PaneView) => {
    setView(next);
    setVisited((set) => (set.has(next) ? set : new Set(set).add(next)));
  };
  const panel = (name: PaneView, content: ReactNode) =>
    visited.has(name) ? (
      <div role="tabpanel" id={`panel-${name}`} aria-labelledby={`tab-${name}`} hidden={view !== name}>
        {content}
      </div>
    ) : null;
  return (
    <>
      <header className={styles.header}>
        <h1 className={styles.srOnly}>{strings.appName}</h1>
        <NavTabs<PaneView>
          idPrefix=""
          label={strings.nav.label}
          selected={view}
          onSelect={show}
          tabs={[
            { value: 'message', label: strings.nav.message },
            {
              value: 'due',
              label: (
                <>
                  {strings.nav.due}
                  {dueNow > 0 && <Count value={dueNow} label={strings.nav.dueCount(dueNow)} />}
                </>
              ),
            },
            { value: 'settings', label: strings.nav.settings },
          ]}
        />
        <div className={styles.status}>
          <SaveStatus />
        </div>
      </header>
      <div className={styles.banners}>
        <LoadBanner />
        <SaveProblem />
      </div>
      <main className={styles.main}>
        {panel('message', <ThisMessage coach={request.coach} onShowDue={() => show('due')} />)}
        {panel('due', <DueList />)}
        {panel('settings', <SettingsView />)}
      </main>
    </>
  );
}

/** The pane: navigation with counts, the save state, what loading found, and the views. */
export function Shell() {
  const request = usePaneRequest();
  const styles = useStyles();
  if (!request)
    return (
      <main className={styles.main}>
        <Spinner size="tiny" label={strings.loadingView} />
      </main>
    );
  return <Views request={request} />;
}
