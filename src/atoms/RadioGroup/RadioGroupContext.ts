import { createContext, useContext, type ChangeEvent } from 'react';

export const radioSizes = ['sm', 'md', 'lg'] as const;
export type RadioSize = (typeof radioSizes)[number];

/** What a RadioGroup shares with the Radios inside it. Private to the library. */
export interface RadioGroupContextValue {
  /** Always set: the caller's name or a generated one, so the radios form one native group. */
  name: string;
  /** The controlled value, or undefined when the group is uncontrolled. */
  value: string | undefined;
  defaultValue: string | undefined;
  disabled: boolean;
  readOnly: boolean;
  required: boolean;
  /** Draws every circle in the error colour; `aria-invalid` itself is on the radiogroup. */
  invalid: boolean;
  size: RadioSize | undefined;
  onItemChange: (event: ChangeEvent<HTMLInputElement>) => void;
  /**
   * Read-only: puts the selection back after a prevented click. Browsers restore it on their
   * own; this also covers environments that only uncheck the clicked radio (jsdom).
   */
  restoreSelection: () => void;
}

export const RadioGroupContext = createContext<RadioGroupContextValue | null>(null);

export const useRadioGroup = () => useContext(RadioGroupContext);
