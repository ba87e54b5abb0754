import { finding, firstName, type CoachRule } from './coachRule';

/** More than one person on To: while asking for action: nobody knows who should answer. */
export const recipientsToActions: CoachRule = {
  id: 'recipients.toActions',
  check: (c) => {
    const to = c.message.to;
    if (to.length < 2 || c.asks.length === 0) return null;
    const names = to.slice(0, 3).map((r) => firstName(r.name, r.email));
    const list = to.length > 3 ? `${names.join(', ')}\u2026` : names.join(', ');
    return finding(
      'recipients.toActions',
      'suggestion',
      `${to.length} people on To: (${list}) and you ask for action: keep the one who should act on To: and move the others to Cc.`,
    );
  },
};
