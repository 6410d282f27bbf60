export { FieldAction, type FieldActionProps } from './FieldAction';
export { FieldControl, type FieldControlProps, type FieldControlSize } from './FieldControl';
export { controlClass, fieldActionClass } from './FieldControl.styles';
