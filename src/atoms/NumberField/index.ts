export { NumberField, type NumberFieldProps, type NumberFieldSize } from './NumberField';
