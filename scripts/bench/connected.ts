/**
 * Bench section: connected mode. What it costs to load (its lazily loaded chunks in dist/), and what a
 * sweep and a rebuild cost in Graph round trips and time against the workbench's Graph endpoint on
 * loopback (in-process, its own sessions), for a mailbox with 50 flagged messages to 50 contacts, 10
 * of them answered. Round trips and request counts are deterministic; times are this machine's.
 */
import path from 'node:path';
import { connectedSweep } from '../../src/shared/graph/connectedSweep';
import { mailboxRebuild } from '../../src/shared/graph/mailboxRebuild';
import { answerSimulate } from '../../workbench/server/mailboxOps';
import { connectedDeps, flagAndSend, openSessionDevice } from '../../test/fixtures/connectedHarness';
import { graphWorkbench } from '../../test/fixtures/graphWorkbench';
import type { Measure } from './benchSection';
import { bundleSizes } from './bundleSizes';

const FOLLOW_UPS = 50;
const ANSWERED = 10;
const kb = (n: number) => Math.round((n / 1024) * 10) / 10;

export const measure: Measure = async ({ root }) => {
  const sizes = bundleSizes(path.join(root, 'dist'));
  const connected = sizes.taskpaneLazy.filter((f) => /^connected\./.test(f.file));
  const wb = await graphWorkbench();
  try {
    const id = 'bench-connected';
    const device = openSessionDevice(wb, id);
    // One contact per message, each at their own organisation: the classifier counts any message from a
    // tracked contact (or their colleagues) as an answer, so shared contacts would clear each other's plans.
    for (let i = 0; i < FOLLOW_UPS; i += 1) {
      const to = { name: `Contact ${i + 1}`, email: `contact${i + 1}@org${i + 1}.example` };
      const { sent } = await flagAndSend(wb, id, device, { to: [to], subject: `Proposal ${i + 1}` });
      if (i < ANSWERED) answerSimulate(wb.session(id), sent.id, { kind: 'reply' }, 'A');
    }
    await device.store.flush();
    const deps = connectedDeps(wb, id, device, wb.client(id));
    const log = () => wb.state(id).log;
    const round = async (run: () => Promise<unknown>) => {
      const before = log().length;
      const started = performance.now();
      await run();
      const ms = performance.now() - started;
      const entries = log().slice(before);
      return {
        ms: Math.round(ms),
        trips: entries.filter((e) => e.batch === undefined).length,
        requests: entries.filter((e) => e.url !== '/$batch').length,
      };
    };
    const first = await round(() => connectedSweep(deps, wb.session(id).nowMs()));
    const cleared = device.store.followUps().filter((f) => f.state === 'replied').length;
    const again = await round(() => connectedSweep(deps, wb.session(id).nowMs()));
    wb.session(id).roamingReplace({}, 'api');
    const fresh = openSessionDevice(wb, id, 'B');
    const rebuild = await round(() =>
      mailboxRebuild(connectedDeps(wb, id, fresh, wb.client(id)), wb.session(id).nowMs()),
    );
    return {
      title: 'Connected mode',
      rows: [
        {
          metric: 'connected mode code, loaded when switched on',
          value: kb(connected.reduce((s, f) => s + f.gzip, 0)),
          unit: 'KB gzip',
          note: connected.map((f) => `${f.file} ${kb(f.gzip)}`).join(', '),
        },
        {
          metric: `first sweep, ${FOLLOW_UPS} follow-ups (sent copies, replies, To Do)`,
          value: first.trips,
          unit: 'round trips',
          note: `${first.requests} Graph requests, ${first.ms} ms on loopback; ${cleared} of ${ANSWERED} replies cleared`,
        },
        {
          metric: 'next sweep, nothing new',
          value: again.trips,
          unit: 'round trips',
          note: `${again.requests} Graph requests, ${again.ms} ms`,
        },
        {
          metric: `rebuild from mailbox, ${FOLLOW_UPS} flagged messages`,
          value: rebuild.trips,
          unit: 'round trips',
          note: `${rebuild.ms} ms; ${fresh.store.followUps().length} follow-ups restored`,
        },
      ],
    };
  } finally {
    await wb.close();
  }
};
