export { RangeCalendar, type RangeCalendarProps } from './RangeCalendar';
export type { DateInput, DateRange, DateRangeInput } from '../dates';
