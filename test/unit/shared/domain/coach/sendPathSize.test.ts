/**
 * The commands bundle (40 KB gzip with luxon) will import sendAsks and sendCallDecision on every
 * send: keep them small and free of the pane-only coach (rules, readability, the syllable package).
 * Sizes are deterministic for a given esbuild version; the ceiling leaves ~5% headroom over today's size.
 */
import { join } from 'node:path';
import { sendPathSize } from '../../../../../scripts/coach/sendPathSize';

const GZIP_CEILING = 10_800;

describe('send-path coach modules', () => {
  it(`bundle to at most ${GZIP_CEILING} bytes gzip (ES2017, minified)`, async () => {
    const size = await sendPathSize(join(__dirname, '../../../../..'));
    expect(size.gzipBytes).toBeLessThanOrEqual(GZIP_CEILING);
    expect(size.gzipBytes).toBeGreaterThan(1_000);
  });

  it('import nothing from the pane-only analysis', async () => {
    const { inputs } = await sendPathSize(join(__dirname, '../../../../..'));
    expect(
      inputs.filter((i) =>
        /node_modules|\/rules\/|lang\/en\.ts|coachAnalyze|readability|coachContext/.test(i),
      ),
    ).toEqual([]);
    expect(inputs).toContain('src/shared/domain/coach/lang/enSend.ts');
  });

  it('call no library method newer than ES2017 (classic Outlook runs the bundle in an ES2017 runtime)', async () => {
    const { laterApis } = await sendPathSize(join(__dirname, '../../../../..'));
    expect(laterApis).toEqual([]);
  });
});
