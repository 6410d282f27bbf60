import { forwardRef } from 'react';
import { devError, reportUnchangeable } from '../../utils';
import { Select, type SelectProps, type SelectSize } from '../Select';

export interface PageSizeSelectProps extends Omit<
  SelectProps<number>,
  'options' | 'value' | 'defaultValue' | 'onValueChange' | 'multiple' | 'label' | 'clearable'
> {
  /** The rows per page (controlled). Pair it with `onValueChange`. */
  value?: number;
  /**
   * The rows per page at first (uncontrolled).
   * @default the first of `options`
   */
  defaultValue?: number;
  /** Called with the page size the user chose. */
  onValueChange?: (pageSize: number) => void;
  /**
   * The page sizes offered.
   * @default [10, 25, 50, 100]
   */
  options?: readonly number[];
  /**
   * The field's label.
   * @default 'Rows per page'
   */
  label?: SelectProps<number>['label'];
  /** @default 'md' */
  size?: SelectSize;
}

/**
 * The page-size choice that sits beside a Pagination: a Select of numbers, labelled "Rows per
 * page". Apart from Pagination, so a pagination without it does not carry the Select. Changing
 * the page size is the app's to handle (usually back to page 1). The ref reaches the Select's
 * button.
 *
 * @selector .cal-select — as Select
 */
const defaultSizes: readonly number[] = [10, 25, 50, 100];

export const PageSizeSelect = forwardRef<HTMLButtonElement, PageSizeSelectProps>(
  function PageSizeSelect(
    { value, defaultValue, onValueChange, options: optionsProp, label = 'Rows per page', ...rest },
    ref,
  ) {
    // Misuse never throws: sizes that are not an array are taken as the default ones.
    const options = Array.isArray(optionsProp) ? optionsProp : defaultSizes;
    // Inline NODE_ENV check: production bundles drop the messages (see toastStore.ts).
    if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
      reportUnchangeable(
        'PageSizeSelect',
        { value, onValueChange, ...rest },
        'value',
        'onValueChange',
        true,
      );
      if (optionsProp !== undefined && options !== optionsProp) {
        devError(
          'PageSizeSelect',
          '`options` must be an array of page sizes; the default ones are used.',
        );
      }
    }
    return (
      <Select<number>
        {...rest}
        ref={ref}
        label={label}
        options={options.map((size) => ({ value: size, label: String(size) }))}
        value={value}
        defaultValue={defaultValue ?? options[0] ?? null}
        onValueChange={(next) => {
          if (next !== null) onValueChange?.(next);
        }}
      />
    );
  },
);

PageSizeSelect.displayName = 'PageSizeSelect';
