import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
  ThemeProvider,
  createTheme,
} from '@mui/material';
import type {
  ButtonFactory,
  DialogFactory,
  Provider as ProviderType,
  TextFieldFactory,
} from './types';

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

/** MUI's Dialog with the same parts as ours: title, content, actions. */
export const dialog: DialogFactory = (title, key) => (
  <Dialog key={key} open={false} aria-labelledby="bench-dialog-title">
    <DialogTitle id="bench-dialog-title">{title}</DialogTitle>
    <DialogContent>Body</DialogContent>
    <DialogActions>
      <Button>Save</Button>
    </DialogActions>
  </Dialog>
);
