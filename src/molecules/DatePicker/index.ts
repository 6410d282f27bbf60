export {
  DatePicker,
  datePickerPlacements,
  type DatePickerPlacement,
  type DatePickerProps,
  type DatePreset,
} from './DatePicker';
export type { DateInput } from '../dates';
