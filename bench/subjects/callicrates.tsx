import { Button, TextField, ThemeProvider } from '../../src/index';
import type { ButtonFactory, Provider as ProviderType, TextFieldFactory } from './types';

/** Callicrates from this checkout's source, through the root entry point as a product imports it. */
export const Provider: ProviderType = ({ children }) => <ThemeProvider>{children}</ThemeProvider>;

export const button: ButtonFactory = (label, key) => <Button key={key}>{label}</Button>;

export const textField: TextFieldFactory = (label, key) => <TextField key={key} label={label} />;
