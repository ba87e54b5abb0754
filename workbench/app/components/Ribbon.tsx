/**
 * A ribbon row: Outlook's own buttons (children), then the add-in's groups from its manifest, each
 * button with its icon, label and supertip (title + description) as the manifest declares them.
 */
import {
  Button,
  Caption1,
  makeStyles,
  Toolbar,
  ToolbarDivider,
  ToolbarGroup,
  tokens,
  Tooltip,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { servedPath, type RibbonControl, type RibbonGroup } from '../../shared/addinManifest';
import { useDevice } from '../deviceContext';

const useStyles = makeStyles({
  root: {
    flexWrap: 'wrap',
    background: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  group: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  groupLabel: { color: tokens.colorNeutralForeground3, marginRight: tokens.spacingHorizontalXS },
  icon: { width: '20px', height: '20px' },
  supertipTitle: { fontWeight: tokens.fontWeightSemibold, display: 'block' },
});

/** The icon closest to 32 px (what Outlook on the web picks for a ribbon button). */
function iconUrl(control: RibbonControl): string | undefined {
  const best = [...control.icons].sort((a, b) => Math.abs(a.size - 32) - Math.abs(b.size - 32))[0];
  return best ? servedPath(best.url) : undefined;
}

function AddinButton({ control }: { control: RibbonControl }) {
  const styles = useStyles();
  const { store } = useDevice();
  const icon = iconUrl(control);
  return (
    <Tooltip
      relationship="description"
      content={
        <span>
          <span className={styles.supertipTitle}>{control.supertip.title}</span>
          {control.supertip.description}
        </span>
      }
    >
      <Button
        appearance="subtle"
        data-control-id={control.id}
        icon={icon ? <img className={styles.icon} src={icon} alt="" /> : undefined}
        onClick={() => store.addin.runControl(control)}
      >
        {control.label}
      </Button>
    </Tooltip>
  );
}

export function Ribbon({
  label,
  groups,
  children,
}: {
  label: string;
  groups: readonly RibbonGroup[];
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <Toolbar className={styles.root} aria-label={label}>
      {children}
      {groups.map((group) => (
        <ToolbarGroup key={group.id} role="group" aria-label={group.label} className={styles.group}>
          <ToolbarDivider />
          <Caption1 className={styles.groupLabel}>{group.label}</Caption1>
          {group.controls.map((control) => (
            <AddinButton key={control.id} control={control} />
          ))}
        </ToolbarGroup>
      ))}
    </Toolbar>
  );
}
