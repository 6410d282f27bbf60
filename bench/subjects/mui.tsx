import { Button, TextField, ThemeProvider, createTheme } from '@mui/material';
import type { ButtonFactory, Provider as ProviderType, TextFieldFactory } from './types';

/** MUI, the most used Emotion-based library, configured as its docs start: a created theme. */
const theme = createTheme();

export const Provider: ProviderType = ({ children }) => (
  <ThemeProvider theme={theme}>{children}</ThemeProvider>
);

export const button: ButtonFactory = (label, key) => (
  <Button key={key} variant="contained">
    {label}
  </Button>
);

export const textField: TextFieldFactory = (label, key) => <TextField key={key} label={label} />;
