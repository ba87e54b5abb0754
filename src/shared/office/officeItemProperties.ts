/**
 * ItemPropertiesPort over the current item's custom properties (Mailbox 1.1). Outlook allows 2,500
 * characters for all of an add-in's properties on an item, counted as JSON.stringify(properties)
 * when saving; office.js throws ArgumentOutOfRange past it (office-js 1.1.110,
 * saveCustomProperties). This adapter checks first and rejects with the figures. In classic Outlook
 * on Windows, properties set in compose persist only once the item is saved or sent.
 */
import { ItemPropertiesFullError, type ItemPropertiesPort } from '../ports';
import { officeCall } from './officeCall';

export const CUSTOM_PROPERTIES_QUOTA = 2500;

type ItemWithProperties = Pick<Office.MessageRead, 'loadCustomPropertiesAsync'>;

function load(item: ItemWithProperties): Promise<Office.CustomProperties> {
  return officeCall<Office.CustomProperties>('item.loadCustomPropertiesAsync', (callback) =>
    item.loadCustomPropertiesAsync(callback),
  );
}

function save(properties: Office.CustomProperties): Promise<void> {
  return officeCall<void>('customProperties.saveAsync', (callback) => properties.saveAsync(callback));
}

/** Creates the adapter over `item` (default: the item Outlook has open). */
export function createOfficeItemProperties(
  item: ItemWithProperties = Office.context.mailbox.item as unknown as ItemWithProperties,
): ItemPropertiesPort {
  return {
    async get(name) {
      return (await load(item)).get(name) as unknown;
    },
    async set(name, value) {
      const properties = await load(item);
      const existing = (typeof properties.getAll === 'function' ? properties.getAll() : {}) as Record<
        string,
        unknown
      >;
      const all: Record<string, unknown> = { ...existing };
      all[name] = value;
      const size = JSON.stringify(all).length;
      if (size > CUSTOM_PROPERTIES_QUOTA) throw new ItemPropertiesFullError(size, CUSTOM_PROPERTIES_QUOTA);
      properties.set(name, value);
      await save(properties);
    },
    async remove(name) {
      const properties = await load(item);
      properties.remove(name);
      await save(properties);
    },
  };
}
