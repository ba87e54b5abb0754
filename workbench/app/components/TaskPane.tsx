/** The add-in's task pane: a header with its name, the pin (when the manifest allows pinning) and close, and the page. */
import { Button, makeStyles, Text, tokens, Tooltip } from '@fluentui/react-components';
import { DismissRegular, PinOffRegular, PinRegular } from '@fluentui/react-icons';
import { servedPath } from '../../shared/addinManifest';
import { useDevice } from '../deviceContext';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    boxSizing: 'border-box',
    background: tokens.colorNeutralBackground1,
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: {
    flex: '1 1 auto',
    fontWeight: tokens.fontWeightSemibold,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  icon: { width: '16px', height: '16px' },
  frame: { border: 'none', flex: '1 1 auto', width: '100%' },
});

export function TaskPane() {
  const styles = useStyles();
  const { store, view } = useDevice();
  const pane = view.pane;
  if (!pane) return null;
  const width = view.narrowPane ? 320 : 420;
  const icon = pane.control.icons.find((i) => i.size === 16) ?? pane.control.icons[0];
  return (
    <aside className={styles.root} style={{ width, flex: `0 0 ${width}px` }} aria-label="Task pane">
      <div className={styles.header}>
        {icon && <img className={styles.icon} src={servedPath(icon.url)} alt="" />}
        <Text className={styles.title}>{view.addinName}</Text>
        {pane.supportsPinning && (
          <Tooltip
            content={pane.pinned ? 'Unpin' : 'Pin: keep this pane open when you select another message'}
            relationship="label"
          >
            <Button
              appearance="subtle"
              aria-pressed={pane.pinned}
              icon={pane.pinned ? <PinOffRegular /> : <PinRegular />}
              onClick={() => store.addin.togglePin()}
            />
          </Tooltip>
        )}
        <Tooltip content="Close" relationship="label">
          <Button appearance="subtle" icon={<DismissRegular />} onClick={() => store.addin.closePane()} />
        </Tooltip>
      </div>
      <iframe
        key={pane.key}
        ref={store.addin.paneFrame}
        className={styles.frame}
        title={`${view.addinName} task pane`}
        src={pane.url}
      />
    </aside>
  );
}
