/** Every coach rule, in the order findings of equal severity are shown. */
import { asksMany } from './asksMany';
import { asksNextStep } from './asksNextStep';
import { badNewsCall } from './badNewsCall';
import type { CoachRule } from './coachRule';
import { lengthSentences } from './lengthSentences';
import { lengthWords } from './lengthWords';
import { readabilityGrade } from './readabilityGrade';
import { readabilityLongWords } from './readabilityLongWords';
import { recipientsIntroducer } from './recipientsIntroducer';
import { recipientsToActions } from './recipientsToActions';
import { reminderOriginal } from './reminderOriginal';
import { subjectLength } from './subjectLength';
import { toneBlame } from './toneBlame';
import { toneEmotional } from './toneEmotional';

export const COACH_RULES: readonly CoachRule[] = [
  badNewsCall,
  toneBlame,
  toneEmotional,
  recipientsToActions,
  recipientsIntroducer,
  reminderOriginal,
  lengthWords,
  lengthSentences,
  asksMany,
  asksNextStep,
  subjectLength,
  readabilityGrade,
  readabilityLongWords,
];
