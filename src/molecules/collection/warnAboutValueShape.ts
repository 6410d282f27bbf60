import { devError } from '../../utils';

/**
 * The development message every list control with a `multiple` switch gives (Select,
 * Combobox, Filter): `value` and `defaultValue` are arrays with `multiple`, one value (or
 * null) without. Call it behind an inline `NODE_ENV` check, so production bundles drop it.
 */
export function warnAboutValueShape(
  component: string,
  {
    multiple,
    value,
    defaultValue,
  }: { multiple?: boolean; value?: unknown; defaultValue?: unknown },
): void {
  for (const given of [value, defaultValue]) {
    if (given === undefined || given === null) continue;
    if (multiple && !Array.isArray(given)) {
      devError(component, 'with `multiple`, `value` and `defaultValue` are arrays of values.');
    } else if (!multiple && Array.isArray(given)) {
      devError(
        component,
        '`value` and `defaultValue` are one value (or null) unless `multiple` is set; only the first item of the array is used.',
      );
    }
  }
}

/**
 * The development message every list control that shows its value gives (Select, Combobox,
 * Filter) when a value is not among its options: the value is shown as it is, as its text.
 * Call it behind an inline `NODE_ENV` check, so production bundles drop it.
 */
export function warnAboutValueNotInOptions(component: string, value: unknown): void {
  devError(
    component,
    `the value ${JSON.stringify(value)} is not among the options; it is shown as it is.`,
  );
}
