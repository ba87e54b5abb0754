/** One Outlook window: folders, message list, reading pane and the add-in's task pane. */
import { Body1, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { FixtureMessage } from '../shared/fixture';
import { WORKBENCH_HOST_KEY, type HostItem, type WorkbenchHost } from '../shared/hostApi';
import type { SessionState, WorkbenchApi } from './api';

const useStyles = makeStyles({
  root: { display: 'grid', gridTemplateColumns: '280px 1fr 360px', height: '100%', minHeight: 0 },
  list: {
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowY: 'auto',
    margin: 0,
    padding: 0,
    listStyle: 'none',
  },
  row: {
    display: 'block',
    width: '100%',
    textAlign: 'left',
    border: 'none',
    background: 'none',
    padding: tokens.spacingHorizontalM,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    cursor: 'pointer',
    color: tokens.colorNeutralForeground1,
  },
  selected: { background: tokens.colorNeutralBackground1Selected },
  reading: { padding: tokens.spacingHorizontalXL, overflowY: 'auto', whiteSpace: 'pre-wrap' },
  pane: {
    border: 'none',
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    width: '100%',
    height: '100%',
  },
});

function toHostItem(message: FixtureMessage): HostItem {
  const person = (p: { name: string; email: string }) => ({ displayName: p.name, emailAddress: p.email });
  return {
    mode: 'read',
    itemId: message.id,
    subject: message.subject,
    from: person(message.from),
    to: message.to.map(person),
    cc: message.cc.map(person),
    body: message.body,
    dateTimeCreated: message.sentAt,
    conversationId: message.conversationId,
    internetMessageId: message.internetMessageId,
  };
}

export function Device({ session, state, api }: { session: string; state: SessionState; api: WorkbenchApi }) {
  const styles = useStyles();
  const [selectedId, setSelectedId] = useState<string | undefined>(state.messages[0]?.id);
  const selected = state.messages.find((m) => m.id === selectedId);

  const host = useMemo<WorkbenchHost>(
    () => ({
      session,
      user: { displayName: state.user.name, emailAddress: state.user.email, timeZone: state.user.timeZone },
      currentItem: () => (selected ? toHostItem(selected) : null),
      loadRoaming: api.loadRoaming,
      saveRoaming: api.saveRoaming,
    }),
    [session, state.user, selected, api],
  );

  useEffect(() => {
    (window as unknown as Record<string, WorkbenchHost>)[WORKBENCH_HOST_KEY] = host;
  }, [host]);

  return (
    <div className={styles.root}>
      <ul className={styles.list} aria-label="Messages">
        {state.messages.map((m) => (
          <li key={m.id}>
            <button
              type="button"
              className={`${styles.row} ${m.id === selectedId ? styles.selected : ''}`}
              aria-current={m.id === selectedId}
              onClick={() => setSelectedId(m.id)}
            >
              <Caption1 block>
                {m.folder === 'sent' ? `To: ${m.to.map((p) => p.name).join(', ')}` : m.from.name}
              </Caption1>
              <Body1 block>{m.subject}</Body1>
            </button>
          </li>
        ))}
      </ul>
      <article className={styles.reading} aria-label="Reading pane">
        {selected ? (
          <>
            <Subtitle2 as="h2">{selected.subject}</Subtitle2>
            <Caption1 block>
              {selected.from.name} → {selected.to.map((p) => p.name).join(', ')}
            </Caption1>
            <Body1 block>{selected.body}</Body1>
          </>
        ) : (
          <Body1>No message selected.</Body1>
        )}
      </article>
      {selected && (
        <iframe key={selected.id} title="ReachPlan task pane" className={styles.pane} src="/taskpane.html" />
      )}
    </div>
  );
}
