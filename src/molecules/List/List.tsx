import { forwardRef, useMemo, useRef, type HTMLAttributes, type ReactNode } from 'react';
import { cx, devError, mergeRefs, reportUnchangeable, reportUnknownValues } from '../../utils';
import { useFormReset } from '../collection';
import { useControllableState } from '../overlay/useControllableState';
import { listClass } from './List.styles';
import { ListContext, listSizes, type ListContextValue, type ListSize } from './ListContext';

export interface ListProps extends Omit<
  HTMLAttributes<HTMLUListElement>,
  'defaultValue' | 'onChange'
> {
  /**
   * Draws a rule between rows.
   * @default false
   * @selector [data-dividers]
   */
  dividers?: boolean;
  /**
   * Row height and padding: `sm` for dense lists.
   * @default 'md'
   * @selector [data-size="sm"]
   */
  size?: ListSize;
  /**
   * Gives each row a checkbox, labelled by the row's title and described by its description;
   * a press on the row outside its other controls toggles it. Each ListItem needs a `value`.
   * @default false
   * @selector [data-selectable]
   */
  selectable?: boolean;
  /** The `value`s of the selected rows (controlled). Use with `onValueChange`. */
  value?: string[];
  /**
   * The rows selected at first (uncontrolled); `form.reset()` returns to it.
   * @default []
   */
  defaultValue?: string[];
  /** Called with the `value`s of the selected rows after one is toggled. */
  onValueChange?: (value: string[]) => void;
  /** The checkboxes' `name`: a form submits one `name=value` entry per selected row. */
  name?: string;
  /** ListItem elements. */
  children?: ReactNode;
}

const none: string[] = [];

/**
 * Rows of related items: plain text, or interactive rows (each one link or one button, see
 * ListItem), with optional start and end slots, dividers, and selection by checkbox. A
 * `<ul role="list">` (the role survives `list-style: none` in Safari); the ref and native
 * props reach it. Keyboard: Tab visits each row's controls in order (a list of links and
 * checkboxes, not a listbox: every row stays reachable and says what it is).
 *
 * @selector .cal-list — the `<ul>`; rows are `.cal-list-item`
 */
export const List = forwardRef<HTMLUListElement, ListProps>(function List(
  {
    dividers = false,
    size = 'md',
    selectable = false,
    value: valueProp,
    defaultValue = none,
    onValueChange,
    name,
    className,
    children,
    ...rest
  },
  ref,
) {
  const [given, setValue, restore] = useControllableState(valueProp, defaultValue, onValueChange);
  // Misuse never throws: a value that is not an array (`null` from a form library) selects none.
  const value = Array.isArray(given) ? given : none;
  const listRef = useRef<HTMLUListElement>(null);
  const refs = useMemo(() => mergeRefs(listRef, ref), [ref]);
  // form.reset() puts the checkboxes back to their defaults: an uncontrolled selection follows
  // (the user did not choose it, so onValueChange is not called).
  useFormReset(
    listRef,
    () => {
      if (valueProp === undefined) restore(defaultValue);
    },
    undefined,
  );
  // Inline NODE_ENV check: production bundles drop the message (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    reportUnknownValues('List', { size: [size, listSizes] });
    if (selectable) {
      reportUnchangeable('List', { value: valueProp, onValueChange }, 'value', 'onValueChange');
    }
    if (value !== given) {
      devError(
        'List',
        `\`value\` and \`defaultValue\` must be arrays of the selected rows’ values; got ${String(given)}, taken as none.`,
      );
    }
  }
  const context: ListContextValue = {
    selectable,
    value,
    setItemSelected: (item, selected) => {
      if (selected === value.includes(item)) return;
      setValue(selected ? [...value, item] : value.filter((other) => other !== item));
    },
    name,
    size,
  };
  return (
    <ul
      role="list"
      {...rest}
      ref={refs}
      className={cx(listClass, className)}
      data-dividers={dividers || undefined}
      data-size={size === 'md' ? undefined : size}
      data-selectable={selectable || undefined}
    >
      <ListContext.Provider value={context}>{children}</ListContext.Provider>
    </ul>
  );
});

List.displayName = 'List';
