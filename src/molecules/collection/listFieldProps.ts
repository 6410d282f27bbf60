import { devError } from '../../utils';

/**
 * The form and open-state props of a field that opens a list in a popup (Select, Combobox),
 * written once so their JSDoc, which Storybook's docs read, cannot drift apart. Filter says
 * "popover" and "filter" instead, and ListBox never opens, so they keep their own.
 */
export interface ListPopupFieldProps {
  /** Submits the chosen values with a native form under this name, one entry per value. */
  name?: string;
  /** The id of the form the field belongs to, when it is not inside it. */
  form?: string;
  /** Whether the list is open, controlled. Pair it with `onOpenChange`. */
  open?: boolean;
  /**
   * Whether the list starts open, when uncontrolled.
   * @default false
   */
  defaultOpen?: boolean;
  /** Called with `true` when the list opens and `false` when it closes. */
  onOpenChange?: (open: boolean) => void;
}

/**
 * The development message for a controlled `open` with no way to close (Select, Combobox),
 * written once beside the props it checks. Call it behind an inline `NODE_ENV` check, so
 * production bundles drop it.
 */
export function warnAboutOpenWithoutHandler(
  component: string,
  { open, onOpenChange }: ListPopupFieldProps,
): void {
  if (open !== undefined && !onOpenChange) {
    devError(
      component,
      '`open` is set without `onOpenChange`: the list cannot close on Escape, a choice or a press outside. Handle `onOpenChange`, or use `defaultOpen`.',
    );
  }
}
