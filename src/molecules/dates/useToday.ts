import { getLocalTimeZone, today } from '@internationalized/date';
import { useSyncExternalStore } from 'react';

const noSubscribe = () => () => {};
// A string snapshot: stable between renders of the same day, fresh on the first render after
// midnight (a calendar left open overnight moves its "today" mark on its next render).
const todayIso = () => today(getLocalTimeZone()).toString();

/**
 * Today in the time zone of the machine that renders, as an ISO date. The one place the date
 * molecules read the clock: for the "today" mark, the month shown when there is no value, and
 * presets, which are computed when a picker opens, not at import.
 */
export function useToday(): string {
  return useSyncExternalStore(noSubscribe, todayIso, todayIso);
}

export { todayIso };
