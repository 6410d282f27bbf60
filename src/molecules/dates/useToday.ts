import { useSyncExternalStore } from 'react';

const noSubscribe = () => () => {};
// A string snapshot: stable between renders of the same day, fresh on the first render after
// midnight (a calendar left open overnight moves its "today" mark on its next render).
// Read from a local `Date`'s fields: the same day as `today(getLocalTimeZone())`, without
// shipping @internationalized/date's time-zone conversion to every picker.
const todayIso = () => {
  const now = new Date();
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1, 2)}-${pad(now.getDate(), 2)}`;
};

/**
 * Today in the time zone of the machine that renders, as an ISO date. The one place the date
 * molecules read the clock: for the "today" mark, the month shown when there is no value, and
 * presets, which are computed when a picker opens, not at import.
 */
export function useToday(): string {
  return useSyncExternalStore(noSubscribe, todayIso, todayIso);
}

export { todayIso };
