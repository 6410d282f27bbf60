export {
  DateRangePicker,
  type DateRangePickerInput,
  type DateRangePickerProps,
  type DateRangePreset,
  type DateRangeValue,
} from './DateRangePicker';
export type { DateInput, DateRangeInput } from '../dates';
