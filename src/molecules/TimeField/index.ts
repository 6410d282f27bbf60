export {
  TimeField,
  timeGranularities,
  type TimeFieldProps,
  type TimeFieldSize,
  type TimeGranularity,
} from './TimeField';
export type { TimeInput } from '../dates';
