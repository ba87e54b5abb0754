import { readFileSync } from 'node:fs';
import path from 'node:path';
import { manifestForLevel, ribbonControls, servedPath } from '../../../../workbench/shared/addinManifest';
import { manifestParse } from '../../../../workbench/server/manifestParse';

const xml = readFileSync(path.resolve(__dirname, '../../../../manifest.xml'), 'utf8');

function parsed() {
  const result = manifestParse(xml);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

describe('manifestParse (the add-in manifest.xml)', () => {
  it('reads both VersionOverrides with their ribbon buttons, labels, supertips and icons', () => {
    const manifest = parsed();
    expect(manifest.displayName).toBe('ReachPlan');
    expect(manifest.versions.map((v) => v.version)).toEqual(['1.0', '1.1']);
    const v11 = manifest.versions[1];
    const remind = ribbonControls(v11?.compose ?? []).find((c) => c.id === 'RemindIfNoReplyButton');
    expect(remind).toMatchObject({
      label: 'Remind me if no reply',
      supertip: { title: 'Remind me if no reply' },
      action: { kind: 'executeFunction', functionName: 'remindIfNoReply' },
    });
    expect(remind?.supertip.description).toMatch(/^Track this message/);
    expect(remind?.icons.map((i) => [i.size, servedPath(i.url)])).toEqual([
      [16, '/assets/icon-16.png'],
      [32, '/assets/icon-32.png'],
      [80, '/assets/icon-80.png'],
    ]);
    expect(servedPath(v11?.functionFileUrl ?? '')).toBe('/commands.html');
  });

  it('knows pinning only from VersionOverrides 1.1 and the launch events with their send mode', () => {
    const [v10, v11] = parsed().versions;
    const pane = (v: typeof v10) => ribbonControls(v?.read ?? [])[0]?.action;
    expect(pane(v10)).toMatchObject({ kind: 'showTaskpane', supportsPinning: false });
    expect(pane(v11)).toMatchObject({ kind: 'showTaskpane', supportsPinning: true });
    expect(v10?.launchEvents).toEqual([]);
    expect(v11?.launchEvents).toEqual([
      { type: 'OnNewMessageCompose', functionName: 'onNewMessageCompose', sendMode: null },
      { type: 'OnMessageSend', functionName: 'onMessageSend', sendMode: 'PromptUser' },
    ]);
  });

  it('gives each client level the VersionOverrides and events it supports', () => {
    const manifest = parsed();
    expect(manifestForLevel(manifest, '1.15')?.launchEvents.map((e) => e.type)).toEqual([
      'OnNewMessageCompose',
      'OnMessageSend',
    ]);
    expect(manifestForLevel(manifest, '1.10')?.launchEvents.map((e) => e.type)).toEqual([
      'OnNewMessageCompose',
    ]);
    const old = manifestForLevel(manifest, '1.8');
    expect(old?.version).toBe('1.1');
    expect(old?.launchEvents).toEqual([]);
    expect(manifestForLevel(manifest, '1.3')?.version).toBe('1.0');
    expect(manifestForLevel(manifest, '1.2')).toBeNull();
  });

  it('refuses a missing resid naming the control and the resource', () => {
    const broken = xml.replace('<Label resid="Remind.Label"/>', '<Label resid="Nope.Label"/>');
    expect(manifestParse(broken)).toEqual({
      ok: false,
      reason:
        'VersionOverrides 1.0 MessageComposeCommandSurface Group ReachPlanComposeGroup Control RemindIfNoReplyButton Label: resid "Nope.Label" is not defined in Resources/ShortStrings',
    });
  });

  it('refuses XML that is not well-formed', () => {
    const result = manifestParse('<OfficeApp><Id>x</OfficeApp>');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/^manifest.xml is not well-formed XML/);
  });
});
