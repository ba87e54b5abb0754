/** The bits of the user's Settings (one record). */
import type { Settings, TemplateId } from '../domain/types';
import type { BitReader, BitWriter } from './bits';
import {
  countRead,
  countWrite,
  EncodeError,
  ladderRead,
  ladderWrite,
  rangesRead,
  rangesWrite,
  TEMPLATE_ORDER,
  weekdaysRead,
  weekdaysWrite,
} from './fieldBits';
import { textRead, textWrite } from './textBits';

const MAX_DAYS = 3660;

/** Writes the settings' fields. */
export function settingsWrite(w: BitWriter, s: Settings): void {
  if (typeof s.user?.timeZone !== 'string') throw new EncodeError('settings user.timeZone', 'must be text');
  textWrite(w, s.user.timeZone);
  weekdaysWrite(w, s.user.workingDays, 'settings user.workingDays');
  rangesWrite(w, s.user.workingHours, 'settings user.workingHours');
  ladderWrite(w, s.defaultLadder, 'settings defaultLadder');
  countWrite(w, s.reengageAfterDays, MAX_DAYS, 5, 'settings reengageAfterDays');
  countWrite(w, s.defaultPauseDays, MAX_DAYS, 5, 'settings defaultPauseDays');
  countWrite(w, s.retentionDays, MAX_DAYS, 5, 'settings retentionDays');
  w.bool(s.offerTracking === true)
    .bool(s.badNewsAlert === true)
    .bool(s.connected === true);
  for (const id of TEMPLATE_ORDER) {
    const text = s.templates[id];
    if (text !== undefined && typeof text !== 'string')
      throw new EncodeError(`settings template ${id}`, 'must be text');
    w.bool(text !== undefined);
    if (text !== undefined) textWrite(w, text);
  }
}

/** Reads settings written by settingsWrite. */
export function settingsRead(r: BitReader): Settings {
  const timeZone = textRead(r);
  const workingDays = weekdaysRead(r);
  const workingHours = rangesRead(r);
  const defaultLadder = ladderRead(r);
  const reengageAfterDays = countRead(r, MAX_DAYS, 5);
  const defaultPauseDays = countRead(r, MAX_DAYS, 5);
  const retentionDays = countRead(r, MAX_DAYS, 5);
  const offerTracking = r.bool();
  const badNewsAlert = r.bool();
  const connected = r.bool();
  const templates: Partial<Record<TemplateId, string>> = {};
  for (const id of TEMPLATE_ORDER) if (r.bool()) templates[id] = textRead(r);
  return {
    user: { timeZone, workingDays, workingHours },
    defaultLadder,
    reengageAfterDays,
    defaultPauseDays,
    retentionDays,
    offerTracking,
    badNewsAlert,
    connected,
    templates,
  };
}
