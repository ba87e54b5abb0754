/** The draft actions' chunk (see draftActions.ts); the browser prefetches it when idle. */
export const loadDraftActions = () => import(/* webpackPrefetch: true */ './draftActions');
