import { useMemo } from 'react';
import { useServices } from '../services/servicesContext';
import { formatterFor, type Formatter } from './formatter';

/** The formatter for the user's display language (Office's displayLanguage). */
export function useFormat(): Formatter {
  const { user } = useServices();
  return useMemo(() => formatterFor(user.locale), [user.locale]);
}
