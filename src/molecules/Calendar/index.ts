export { Calendar, type CalendarProps } from './Calendar';
export type { DateInput } from '../dates';
