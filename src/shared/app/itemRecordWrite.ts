/**
 * Puts a follow-up's record on its message (custom property `rp`). All of an add-in's properties on a
 * message share 2,500 characters; the record's budget assumes it is alone, so when the message still
 * carries the compose state (`rpc`, a few dozen characters, useless once the record is there) and the
 * record does not fit beside it, the compose state is dropped and the record written again.
 */
import type { ItemPropertiesPort } from '../ports';
import { ITEM_PROPERTY } from '../storage/itemRecord';
import { COMPOSE_PROPERTY } from './composeState';

/** Writes the record; rejects with the adapter's reason when it cannot be written even alone. */
export async function itemRecordWrite(props: ItemPropertiesPort, text: string): Promise<void> {
  try {
    await props.set(ITEM_PROPERTY, text);
  } catch (error: unknown) {
    const composeState = await props.get(COMPOSE_PROPERTY).catch(() => undefined);
    if (typeof composeState !== 'string') throw error;
    await props.remove(COMPOSE_PROPERTY);
    try {
      await props.set(ITEM_PROPERTY, text);
    } catch (again: unknown) {
      // Not even alone: put the compose state back (the flag still links the sent copy) and say why.
      await props.set(COMPOSE_PROPERTY, composeState).catch(() => undefined);
      throw again;
    }
  }
}
