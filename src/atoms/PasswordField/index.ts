export { PasswordField, type PasswordFieldProps, type PasswordFieldSize } from './PasswordField';
