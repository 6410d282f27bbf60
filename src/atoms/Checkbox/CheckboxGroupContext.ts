import { createContext, useContext, type ChangeEvent } from 'react';
import type { CheckboxSize } from './Checkbox';

/** What a CheckboxGroup shares with the Checkboxes inside it. Private to the library. */
export interface CheckboxGroupContextValue {
  name: string | undefined;
  /** The controlled value, or undefined when the group is uncontrolled. */
  value: readonly string[] | undefined;
  /** The initial value of an uncontrolled group: each Checkbox starts checked if listed. */
  defaultValue: readonly string[] | undefined;
  disabled: boolean;
  readOnly: boolean;
  /** True while a required group has nothing checked: every Checkbox is then `required`. */
  required: boolean;
  invalid: boolean;
  size: CheckboxSize | undefined;
  onItemChange: (event: ChangeEvent<HTMLInputElement>) => void;
}

export const CheckboxGroupContext = createContext<CheckboxGroupContextValue | null>(null);

export const useCheckboxGroup = () => useContext(CheckboxGroupContext);
