/** The workbench controls: appearance, the simulated client, fault injection, devices and the log. */
import {
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  Link,
  makeStyles,
  Option,
  Subtitle2,
  Switch,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Fault } from '../../shared/sessionState';
import { useDevice } from '../deviceContext';
import { otherLoopbackOrigin } from '../model/otherLoopback';

const LEVELS = ['1.5', '1.8', '1.10', '1.12', '1.13', '1.14', '1.15'];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, width: '360px' },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'end' },
  small: { width: '90px' },
  list: { margin: 0, paddingLeft: '1.2em' },
});

function faultText(fault: Fault): string {
  const times =
    'remaining' in fault ? (fault.remaining < 0 ? ' (every time)' : ` (${fault.remaining}×)`) : '';
  switch (fault.kind) {
    case 'roamingSaveFails':
      return `roaming save fails with 9019${times}`;
    case 'officeCallFails':
      return `${fault.method} fails with ${fault.code}${times}`;
    case 'slowCalls':
      return `Office calls take ${fault.delayMs} ms`;
  }
}

export function ControlsPanel() {
  const styles = useStyles();
  const { store, view } = useDevice();
  const [method, setMethod] = useState('mailbox.item.body.getAsync');
  const [code, setCode] = useState('9041');
  const snapshot = view.snapshot;
  if (!snapshot) return null;
  const settings = snapshot.settings;
  const twoDevices = `/workbench/?session=${encodeURIComponent(view.session)}&layout=two`;
  return (
    <div className={styles.root}>
      <Subtitle2>Appearance</Subtitle2>
      <Switch
        label="Dark theme"
        checked={settings.theme === 'dark'}
        onChange={(_e, d) => void store.changeSettings({ theme: d.checked ? 'dark' : 'light' })}
      />
      <Switch
        label="Narrow task pane (320 px)"
        checked={view.narrowPane}
        onChange={() => store.toggleNarrowPane()}
      />

      <Subtitle2>Outlook client</Subtitle2>
      <Field label="Mailbox requirement set (1.8: no events, no Smart Alerts)">
        <Dropdown
          value={settings.requirementLevel}
          selectedOptions={[settings.requirementLevel]}
          onOptionSelect={(_e, d) =>
            d.optionValue && void store.changeSettings({ requirementLevel: d.optionValue })
          }
        >
          {LEVELS.map((level) => (
            <Option key={level} value={level}>
              {level}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Switch
        label="Classic Outlook: roamingSettings.set() throws 9057 past the quota"
        checked={settings.roamingSetThrows}
        onChange={(_e, d) => void store.changeSettings({ roamingSetThrows: d.checked })}
      />
      <Switch
        label="Custom properties reach the Sent Items copy"
        checked={settings.customPropertiesOnSentCopy}
        onChange={(_e, d) => void store.changeSettings({ customPropertiesOnSentCopy: d.checked })}
      />

      <Subtitle2>Faults</Subtitle2>
      <div className={styles.row}>
        <Button size="small" onClick={() => void store.addFault({ kind: 'roamingSaveFails', remaining: 1 })}>
          Next roaming save fails
        </Button>
        <Button
          size="small"
          onClick={() =>
            void store.changeSettings({ roamingQuota: settings.roamingQuota === 1024 ? 32 * 1024 : 1024 })
          }
        >
          {settings.roamingQuota === 1024 ? 'Roaming quota back to 32 KB' : 'Roaming quota 1 KB'}
        </Button>
        <Button size="small" onClick={() => void store.addFault({ kind: 'slowCalls', delayMs: 2000 })}>
          Slow Office calls (2 s)
        </Button>
      </div>
      <div className={styles.row}>
        <Field label="Office call">
          <Input value={method} onChange={(_e, d) => setMethod(d.value)} />
        </Field>
        <Field label="Error code">
          <Input className={styles.small} value={code} onChange={(_e, d) => setCode(d.value)} />
        </Field>
        <Button
          size="small"
          onClick={() =>
            void store.addFault({
              kind: 'officeCallFails',
              method: method.trim(),
              code: Number(code),
              remaining: 1,
            })
          }
        >
          Fail it once
        </Button>
      </div>
      {snapshot.faults.length > 0 && (
        <>
          <ul className={styles.list} aria-label="Active faults">
            {snapshot.faults.map((f, i) => (
              <li key={i}>{faultText(f)}</li>
            ))}
          </ul>
          <Button size="small" onClick={() => void store.clearFaults()}>
            Clear faults
          </Button>
        </>
      )}

      <Subtitle2>Devices</Subtitle2>
      <Caption1>
        A second Outlook window shares this mailbox and roaming store but keeps its own loaded copy and local
        storage.
      </Caption1>
      <Link href={twoDevices} target="_top">
        Show two devices side by side
      </Link>
      <Link
        href={`${otherLoopbackOrigin(window.location.origin)}/workbench/?session=${encodeURIComponent(view.session)}&device=B`}
        target="_blank"
      >
        Open device B in its own window
      </Link>

      <Subtitle2>Log</Subtitle2>
      {view.warnings.length > 0 && (
        <ul className={styles.list} aria-label="Add-in warnings">
          {view.warnings.map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ul>
      )}
      <Link href={`/api/s/${encodeURIComponent(view.session)}/log`} target="_blank">
        Event log (JSON)
      </Link>
    </div>
  );
}
