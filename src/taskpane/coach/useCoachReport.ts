import { useEffect, useState } from 'react';
import { coachAnalyze, type CoachReport } from '../../shared/domain/coach/coachAnalyze';
import type { ComposeType } from '../../shared/domain/coach/coachTypes';
import type { ContactProfile } from '../../shared/domain/types';
import type { ComposeSnapshot } from '../compose/useComposeSnapshot';

/** Pause after the last change before the message is analysed again. */
export const COACH_DEBOUNCE_MS = 400;

/** The coach's report on the message, recomputed a moment after it stops changing. */
export function useCoachReport(
  snapshot: ComposeSnapshot | undefined,
  contact: ContactProfile | null,
  composeType: ComposeType | undefined,
): CoachReport | null {
  const [report, setReport] = useState<CoachReport | null>(null);
  useEffect(() => {
    if (!snapshot?.body) return;
    const body = snapshot.body;
    const timer = window.setTimeout(() => {
      setReport(
        coachAnalyze(
          {
            subject: snapshot.subject,
            to: snapshot.to.map((r) => ({ email: r.emailAddress, name: r.displayName })),
            cc: snapshot.cc.map((r) => ({ email: r.emailAddress, name: r.displayName })),
            body: body.text,
            bodyFormat: body.format,
            ...(composeType ? { composeType } : {}),
          },
          { contact },
        ),
      );
    }, COACH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [snapshot, contact, composeType]);
  return report;
}
