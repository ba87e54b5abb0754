import { Combobox, Option } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useFormat } from '../format/useFormat';
import { useNow } from '../services/useNow';
import { strings } from '../strings';
import { timeZoneNames, timeZoneSearch } from './timeZones';

export interface TimeZonePickerProps {
  readonly value: string;
  readonly onChange: (zone: string) => void;
  readonly id?: string;
  readonly invalid?: boolean;
}

/** An IANA zone picked by searching a city or a zone name; the list shows each zone's offset now. */
export function TimeZonePicker({ value, onChange, id, invalid }: TimeZonePickerProps) {
  const fmt = useFormat();
  const now = useNow();
  const zones = useMemo(() => {
    const all = timeZoneNames();
    return all.includes(value) || !value ? all : [value, ...all];
  }, [value]);
  const [query, setQuery] = useState<string | null>(null);
  // Without a search the list starts at the current zone's region; typing narrows it to 50 matches.
  const matches = timeZoneSearch(zones, query ?? value.split('/')[0] ?? '', 50);
  const label = (zone: string) => `${zone.replace(/_/g, ' ')} · ${fmt.zone(zone, now).replace(/^.*\(/, '(')}`;
  return (
    <Combobox
      id={id}
      aria-invalid={invalid || undefined}
      placeholder={strings.editor.timeZoneSearch}
      value={query ?? label(value)}
      selectedOptions={[value]}
      onChange={(event) => setQuery(event.target.value)}
      onOpenChange={(_, data) => {
        if (!data.open) setQuery(null);
      }}
      onOptionSelect={(_, data) => {
        // Typing clears the selection (an event without a value): keep what is typed then.
        if (!data.optionValue) return;
        onChange(data.optionValue);
        setQuery(null);
      }}
    >
      {matches.length === 0 ? (
        <Option key="none" value="" disabled text={strings.editor.timeZoneNone}>
          {strings.editor.timeZoneNone}
        </Option>
      ) : (
        matches.map((zone) => (
          <Option key={zone} value={zone} text={label(zone)}>
            {label(zone)}
          </Option>
        ))
      )}
    </Combobox>
  );
}
