import './plain.css';
import type { ButtonFactory, Provider as ProviderType, TextFieldFactory } from './types';

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
