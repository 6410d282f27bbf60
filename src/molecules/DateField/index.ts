export { DateField, type DateFieldProps, type DateFieldSize } from './DateField';
export type { DateInput } from '../dates';
