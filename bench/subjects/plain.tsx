import './plain.css';
import type {
  ButtonFactory,
  DialogFactory,
  Provider as ProviderType,
  TextFieldFactory,
  TooltipButtonFactory,
} from './types';

/** Plain React: no provider, a native element with a class, one static CSS file. */
export const Provider: ProviderType = ({ children }) => children;

export const button: ButtonFactory = (label, key) => (
  <button key={key} className="btn" type="button">
    {label}
  </button>
);

export const textField: TextFieldFactory = (label, key) => (
  <label key={key} className="field">
    {label}
    <input className="field-input" type="text" />
  </label>
);

/** A native <dialog>, closed: what the platform gives for nothing. */
export const dialog: DialogFactory = (title, key) => (
  <dialog key={key} aria-label={title}>
    Body
    <button className="btn" type="button">
      Save
    </button>
  </dialog>
);

/** The platform's own tooltip: the `title` attribute. */
export const tooltipButton: TooltipButtonFactory = (label, key) => (
  <button key={key} className="btn" type="button" title={`Runs ${label}`}>
    {label}
  </button>
);
