import { readFileSync } from 'node:fs';
import path from 'node:path';
import { handlerProblems, residProblems } from '../../../../scripts/manifest/manifestProblems';
import { manifestReferences } from '../../../../scripts/manifest/manifestReferences';
import { registeredHandlers } from '../../../../scripts/manifest/registeredHandlers';

const root = path.resolve(__dirname, '../../../..');
const manifest = readFileSync(path.join(root, 'manifest.xml'), 'utf8');

describe('the real manifest', () => {
  const refs = manifestReferences(manifest);

  it('has every resid resolved in its own VersionOverrides', () => {
    expect(residProblems(refs)).toEqual([]);
    expect(refs.references.length).toBeGreaterThan(20);
  });

  it('names the three handlers the commands bundle registers', async () => {
    const names = refs.functionNames.map((f) => f.name);
    expect(new Set(names)).toEqual(new Set(['remindIfNoReply', 'onNewMessageCompose', 'onMessageSend']));
    const registered = await registeredHandlers(path.join(root, 'src/commands/commands.ts'));
    expect(handlerProblems(refs, registered)).toEqual([]);
  });
});

describe('broken manifests', () => {
  it('reports a resid that only the other VersionOverrides defines', () => {
    // Icon.25 exists in VersionOverrides 1.1 only: using it in 1.0 must fail.
    const broken = manifest.replace(
      '<bt:Image size="16" resid="Icon.16"/>',
      '<bt:Image size="16" resid="Icon.25"/>',
    );
    const problems = residProblems(manifestReferences(broken));
    expect(problems.map((p) => p.message)).toEqual([
      `<Image resid="Icon.25"> in VersionOverrides VersionOverridesV1_0 names no resource in that VersionOverrides' <Resources>`,
    ]);
  });

  it('reports a duplicated resource id and an over-long resid', () => {
    const broken = manifest
      .replace('<bt:Url id="Taskpane.Url"', '<bt:Url id="Commands.Url"')
      .replace('resid="Group.Label"', `resid="${'x'.repeat(33)}"`);
    const messages = residProblems(manifestReferences(broken)).map((p) => p.message);
    expect(messages).toContain(
      'resource id "Commands.Url" is defined twice in VersionOverrides VersionOverridesV1_0',
    );
    expect(messages).toContain(`resid "${'x'.repeat(33)}" is longer than 32 characters`);
  });

  it('reports an unregistered ExecuteFunction and LaunchEvent handler by name', () => {
    const broken = manifest.replace('FunctionName="onMessageSend"', 'FunctionName="onMessageSent"');
    const problems = handlerProblems(
      manifestReferences(broken),
      new Set(['remindIfNoReply', 'onNewMessageCompose']),
    );
    expect(problems.map((p) => p.message)).toEqual([
      'LaunchEvent function "onMessageSent" is not registered with Office.actions.associate in src/commands',
    ]);
  });
});
