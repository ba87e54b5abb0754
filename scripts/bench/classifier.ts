/**
 * Classifier figures: messages classified per second over the corpus (test/fixtures/incoming, decoded
 * once, classified again and again for at least a second after a warm-up), and the gzip size of the
 * classifier's import graph as the commands bundle would carry it (esbuild, minified), with and
 * without luxon.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { classifyMessageDecode, type ClassifyMessage } from '../../src/shared/domain/classifyMessageDecode';
import { replyClassify } from '../../src/shared/domain/replyClassify';
import type { BenchRow, Measure } from './benchSection';
import { moduleGzipKilobytes } from './moduleGzip';

const MIN_MILLISECONDS = 1000;

function corpus(root: string): ClassifyMessage[] {
  const dir = path.join(root, 'test/fixtures/incoming');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => {
      const decoded = classifyMessageDecode(JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
      if (!decoded.ok) throw new Error(`${file}: ${decoded.reason}`);
      return decoded.value;
    });
}

function throughput(messages: readonly ClassifyMessage[]): number {
  const run = (): void => {
    for (const { message, followUp, timeZone } of messages) replyClassify(message, followUp, timeZone);
  };
  for (let warm = 0; warm < 20; warm++) run();
  let classified = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < MIN_MILLISECONDS) {
    run();
    classified += messages.length;
    elapsed = performance.now() - start;
  }
  return Math.round((classified / elapsed) * 1000);
}

function gzipKilobytes(root: string, external: string[]): Promise<number> {
  return moduleGzipKilobytes({ file: path.join(root, 'src/shared/domain/replyClassify.ts') }, external);
}

export const measure: Measure = async ({ root }) => {
  const messages = corpus(root);
  const rows: BenchRow[] = [
    { metric: 'corpus messages', value: messages.length },
    {
      metric: 'classification speed',
      value: throughput(messages),
      unit: 'messages/s',
      note: 'replyClassify over the corpus, one core, ≥ 1 s after warm-up',
    },
    {
      metric: 'classifier import graph, gzip',
      value: await gzipKilobytes(root, ['luxon']),
      unit: 'KB',
      note: 'without luxon',
    },
    {
      metric: 'classifier + luxon, gzip',
      value: await gzipKilobytes(root, []),
      unit: 'KB',
      note: 'esbuild, minified',
    },
  ];
  return { title: 'Reply classifier', rows };
};
