import { useEffect, useState } from 'react';
import type { FollowUp } from '../../shared/domain/types';
import type { ItemSummary } from '../../shared/ports';
import { ITEM_PROPERTY, itemRecordDecode } from '../../shared/storage/itemRecord';
import { useServices } from './servicesContext';

/**
 * The follow-up a read-mode message carries in its own record (custom property), as the store holds it
 * (or as the record says, before the store is repaired): what the first paint shows on a tracked sent
 * message while the full handling loads. Undefined while reading; null when the message has none.
 */
export function useRecordedFollowUp(item: ItemSummary | null): FollowUp | null | undefined {
  const services = useServices();
  const [followUp, setFollowUp] = useState<FollowUp | null | undefined>(undefined);
  const key = item ? `${item.mode}:${item.itemId ?? item.internetMessageId ?? item.subject}` : 'none';
  useEffect(() => {
    let cancelled = false;
    setFollowUp(undefined);
    if (!item || item.mode !== 'read') {
      setFollowUp(null);
      return;
    }
    services
      .itemServices()
      .props.get(ITEM_PROPERTY)
      .then(
        (value) => {
          const decoded = value === undefined ? null : itemRecordDecode(value);
          const recorded = decoded?.ok ? decoded.value.value : null;
          if (!cancelled) setFollowUp(recorded ? (services.store.followUp(recorded.id) ?? recorded) : null);
        },
        () => !cancelled && setFollowUp(null),
      );
    return () => {
      cancelled = true;
    };
    // The key identifies the item; the item object itself is new on every read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, services]);
  return followUp;
}
