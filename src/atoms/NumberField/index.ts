export {
  NumberField,
  type NumberFieldMessages,
  type NumberFieldProps,
  type NumberFieldSize,
} from './NumberField';
