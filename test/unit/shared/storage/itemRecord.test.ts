import fc from 'fast-check';
import type { FollowUp } from '../../../../src/shared/domain/types';
import {
  ITEM_PROPERTIES_QUOTA,
  ITEM_PROPERTY,
  ITEM_VALUE_BUDGET,
  itemRecordDecode,
  itemRecordEncode,
} from '../../../../src/shared/storage/itemRecord';
import { followUpArb } from '../../../fixtures/storageArbitraries';
import { SAMPLE_NOW, sampleFollowUp, sampleProfiles } from '../../../fixtures/storageSamples';

const base: FollowUp = {
  ...sampleFollowUp(1, sampleProfiles(2)),
  conversationId: 'AAQkAGI2NGVhZTVlLTI1OGMtNDI4My1iZmE5LTA5OGJiZGEzMTc0NQAQAN3P0z2Iq3lKpDsg7LbTCtk=',
  internetMessageId: '<DB9PR06MB7658F0C1E0E3C2A7D46B1B1DA5A92@DB9PR06MB7658.eurprd06.prod.outlook.com>',
  sentItemId:
    'AAMkAGI2NGVhZTVlLTI1OGMtNDI4My1iZmE5LTA5OGJiZGEzMTc0NQBGAAAAAAAiQ8W967B7TKBjgx9rVEURBwAiIsqMbYjsT5e/T7KzowPTAAAAAAEMAAAiIsqMbYjsT5e/T7KzowPTAAAYbvZBAAA=',
};

describe('item record', () => {
  it('round-trips a follow-up with its long ids and stamp, within the custom-properties budget', () => {
    const encoded = itemRecordEncode(base, 123_456);
    if (!encoded.ok) throw new Error(encoded.reason);
    expect(encoded.value.trimmedHistory).toBe(0);
    expect(JSON.stringify({ [ITEM_PROPERTY]: encoded.value.text }).length).toBeLessThanOrEqual(
      ITEM_PROPERTIES_QUOTA,
    );
    expect(itemRecordDecode(encoded.value.text)).toEqual({
      ok: true,
      value: { value: base, stamp: 123_456 },
    });
  });

  it('property: decode(encode(x)) = x when it fits', () => {
    fc.assert(
      fc.property(followUpArb, (f) => {
        const encoded = itemRecordEncode(f, 7, 100_000);
        if (!encoded.ok) throw new Error(encoded.reason);
        expect(itemRecordDecode(encoded.value.text)).toEqual({ ok: true, value: { value: f, stamp: 7 } });
      }),
      { numRuns: 100 },
    );
  });

  it('trims the oldest history to fit the 2,500-character budget, and refuses what cannot fit', () => {
    const history = Array.from({ length: 60 }, (_, i) => ({
      at: SAMPLE_NOW + i * 60_000,
      kind: 'called' as const,
      note: `call ${i}: left a voicemail about the renewal`,
    }));
    const encoded = itemRecordEncode({ ...base, history }, 1);
    if (!encoded.ok) throw new Error(encoded.reason);
    expect(encoded.value.text.length).toBeLessThanOrEqual(ITEM_VALUE_BUDGET);
    expect(encoded.value.trimmedHistory).toBeGreaterThan(0);
    const decoded = itemRecordDecode(encoded.value.text);
    expect(decoded.ok && decoded.value.value.history).toEqual(history.slice(encoded.value.trimmedHistory));

    const huge = { ...base, steps: [{ ...base.steps[0]!, outcome: 'x'.repeat(5000) }] };
    expect(itemRecordEncode(huge, 1)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('more than the 2491') as unknown,
    });
  });

  it('rejects absent, foreign, other-version and damaged values with a reason', () => {
    const encoded = itemRecordEncode(base, 1);
    if (!encoded.ok) throw new Error(encoded.reason);
    const text = encoded.value.text;
    expect(itemRecordDecode(undefined)).toEqual({ ok: false, reason: 'the message has no ReachPlan record' });
    expect(itemRecordDecode({ a: 1 })).toEqual({
      ok: false,
      reason: 'the message record is not in a ReachPlan format',
    });
    expect(itemRecordDecode(`I2${text.slice(2)}`)).toEqual({
      ok: false,
      reason: 'the message record is from another ReachPlan version',
    });
    const middle = Math.floor(text.length / 2);
    const damaged = text.slice(0, middle) + (text[middle] === 'A' ? 'B' : 'A') + text.slice(middle + 1);
    expect(itemRecordDecode(damaged)).toEqual({ ok: false, reason: 'the message record is damaged' });
  });
});
