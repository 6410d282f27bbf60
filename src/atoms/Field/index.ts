export { Field, type FieldProps, type FieldTextProps } from './Field';
export { useField, type FieldIds, type FieldOptions } from './useField';
