export {
  PasswordField,
  type PasswordFieldMessages,
  type PasswordFieldProps,
  type PasswordFieldSize,
} from './PasswordField';
