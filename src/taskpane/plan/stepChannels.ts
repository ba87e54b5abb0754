import type { Channel } from '../../shared/domain/types';

/** Channels where the step is a conversation (logged as a call or a meeting, not as a sent message). */
export const SPOKEN: readonly Channel[] = ['phone', 'video', 'in-person'];

/** Channels where the step is a meeting (offered as a meeting request). */
export const MEETINGS: readonly Channel[] = ['video', 'in-person'];
