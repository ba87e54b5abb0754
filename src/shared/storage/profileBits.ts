/** The bits of one contact profile. Email, display name and zone are shared strings. */
import type { ContactChannel, ContactProfile, ContactStatus } from '../domain/types';
import type { BitReader, BitWriter } from './bits';
import { BitsError } from './bits';
import {
  CHANNEL_CODES,
  countRead,
  countWrite,
  EncodeError,
  MAX_WAIT_HOURS,
  minuteRead,
  minuteWrite,
  optionalRead,
  optionalWrite,
  rangesRead,
  rangesWrite,
  weekdaysRead,
  weekdaysWrite,
} from './fieldBits';
import type { StringsIn, StringsOut } from './stringRefs';
import { textRead, textWrite } from './textBits';

const MAX_CHANNELS = 16;
const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const FIRST_DAY = Date.UTC(2000, 0, 1);

/** "YYYY-MM-DD" as days after 2000-01-01, validated (a real calendar date). */
function localDateDays(date: string, field: string): number {
  const match = DATE_PATTERN.exec(date);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  const days = (ms - FIRST_DAY) / DAY_MS;
  if (!match || !Number.isInteger(days) || days < 0 || new Date(ms).toISOString().slice(0, 10) !== date) {
    throw new EncodeError(field, 'must be a date YYYY-MM-DD from 2000 on');
  }
  return days;
}

function localDateOfDays(days: number): string {
  return new Date(FIRST_DAY + days * DAY_MS).toISOString().slice(0, 10);
}

function statusWrite(w: BitWriter, status: ContactStatus, field: string): void {
  if (status.kind === 'active') w.uint(0, 2);
  else if (status.kind === 'away') {
    w.uint(1, 2).varuint(localDateDays(status.until, `${field}.until`), 8);
  } else if (status.kind === 'movedOn') {
    w.uint(2, 2);
    minuteWrite(w, status.since, `${field}.since`);
    optionalWrite(w, status.note, (note) => textWrite(w, note));
  } else throw new EncodeError(field, 'is not a known status');
}

function statusRead(r: BitReader): ContactStatus {
  const kind = r.uint(2);
  if (kind === 0) return { kind: 'active' };
  if (kind === 1) return { kind: 'away', until: localDateOfDays(countRead(r, 100 * 366, 8)) };
  if (kind !== 2) throw new BitsError('unknown contact status');
  const since = minuteRead(r);
  const note = optionalRead(r, () => textRead(r));
  return { kind: 'movedOn', since, ...(note !== undefined && { note }) };
}

/** Writes a profile's fields. */
export function profileWrite(w: BitWriter, p: ContactProfile, strings: StringsOut): void {
  const field = `profile ${String(p.email)}`;
  for (const [name, value] of [
    ['email', p.email],
    ['displayName', p.displayName],
    ['timeZone', p.timeZone],
    ['notes', p.notes],
  ] as const) {
    if (typeof value !== 'string') throw new EncodeError(`${field} ${name}`, 'must be text');
  }
  strings.write(w, p.email);
  strings.write(w, p.displayName);
  strings.write(w, p.timeZone);
  countWrite(w, p.channels.length, MAX_CHANNELS, 2, `${field} channel count`);
  p.channels.forEach((channel, i) => {
    CHANNEL_CODES.write(w, channel.kind, `${field} channel ${i + 1}`);
    optionalWrite(w, channel.address, (address) => textWrite(w, address));
  });
  weekdaysWrite(w, p.bestDays, `${field} bestDays`);
  rangesWrite(w, p.bestTimes, `${field} bestTimes`);
  rangesWrite(w, p.worstTimes, `${field} worstTimes`);
  optionalWrite(w, p.waitHours, (hours) => countWrite(w, hours, MAX_WAIT_HOURS, 5, `${field} waitHours`));
  textWrite(w, p.notes);
  statusWrite(w, p.status, `${field} status`);
}

/** Reads a profile written by profileWrite. */
export function profileRead(r: BitReader, strings: StringsIn): ContactProfile {
  const email = strings.read(r);
  const displayName = strings.read(r);
  const timeZone = strings.read(r);
  const channelCount = countRead(r, MAX_CHANNELS, 2);
  const channels: ContactChannel[] = [];
  for (let i = 0; i < channelCount; i += 1) {
    const kind = CHANNEL_CODES.read(r);
    const address = optionalRead(r, () => textRead(r));
    channels.push({ kind, ...(address !== undefined && { address }) });
  }
  const bestDays = weekdaysRead(r);
  const bestTimes = rangesRead(r);
  const worstTimes = rangesRead(r);
  const waitHours = optionalRead(r, () => countRead(r, MAX_WAIT_HOURS, 5));
  const notes = textRead(r);
  const status = statusRead(r);
  return {
    email,
    displayName,
    channels,
    timeZone,
    bestDays,
    bestTimes,
    worstTimes,
    ...(waitHours !== undefined && { waitHours }),
    notes,
    status,
  };
}
