export { Field, type FieldProps } from './Field';
export { useField, type FieldIds, type FieldOptions } from './useField';
