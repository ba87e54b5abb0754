import { getTimezone } from 'countries-and-timezones';
import { isSupportedCountry, type CountryCode } from 'libphonenumber-js/min';

/**
 * The country a phone number written without a country code is read in: the country of the contact's
 * time zone, as the tz database's zone.tab assigns it (America/New_York → US, Europe/Berlin → DE,
 * Asia/Kolkata → IN; the first country countries-and-timezones lists for the zone). Zones that belong
 * to no country (UTC, Etc/GMT+5) give null, and such numbers must start with "+".
 */
export function phoneCountryOfZone(timeZone: string): CountryCode | null {
  const zone = getTimezone(timeZone);
  const country = zone?.countries[0];
  return country !== undefined && isSupportedCountry(country) ? country : null;
}
