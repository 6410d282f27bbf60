import {
  forwardRef,
  useMemo,
  useRef,
  type FocusEvent,
  type HTMLAttributes,
  type KeyboardEvent,
  type ReactElement,
  type ReactNode,
  type Ref,
  type RefAttributes,
} from 'react';
import { Field, useField, type FieldTextProps } from '../../atoms/Field';
import { cx, devError, mergeRefs, reportUnchangeable, reportUnknownValues } from '../../utils';
import {
  collectionOf,
  FormValue,
  optionId,
  OptionList,
  optionListSizes,
  useActiveDescendant,
  useActiveStore,
  useFormReset,
  useListController,
  useSelection,
  type CollectionItem,
  type CollectionKey,
  type CollectionNode,
  type OptionListHandle,
  type OptionListSize,
  type SelectionProps,
  warnAboutValueShape,
} from '../collection';
import { listBoxClass } from './ListBox.styles';

/** Option density: the control sizes (`size.control.*`). */
export type ListBoxSize = OptionListSize;

export interface ListBoxOwnProps<V extends CollectionKey> extends FieldTextProps {
  /**
   * A choice is needed: shows the marker, sets `aria-required` and stops a native form's
   * submit while nothing is chosen.
   * @default false
   */
  required?: boolean;
  /**
   * Takes the list out of the tab order and ignores input; it submits nothing.
   * @default false
   * @selector [data-disabled]
   */
  disabled?: boolean;
  /**
   * Option density.
   * @default 'md'
   * @selector [data-size="sm" | "lg"]
   */
  size?: ListBoxSize;
  /**
   * The options, in display order: `{ value, label, description?, disabled? }` objects, bare
   * strings or numbers (their own label), and sections `{ label, options }`. Keep the array
   * stable (a constant or `useMemo`) for long lists. Above 100 rows only the visible options
   * are rendered.
   */
  options: ReadonlyArray<CollectionItem<V>>;
  /** Submits the chosen values with a native form under this name, one entry per value. */
  name?: string;
  /** The id of the form the list belongs to, when it is not inside it. */
  form?: string;
  /**
   * Shown when there are no options.
   * @default 'No options'
   */
  emptyLabel?: ReactNode;
}

export type ListBoxProps<V extends CollectionKey = CollectionKey> = ListBoxOwnProps<V> &
  SelectionProps<V> &
  Omit<
    HTMLAttributes<HTMLDivElement>,
    keyof ListBoxOwnProps<V> | 'defaultValue' | 'onChange' | 'children' | 'role'
  >;

/**
 * A list of options to choose one or several from, always in view (the APG listbox pattern),
 * with its label, description and error like every field. Tab focuses the list; the arrow
 * keys, Home/End and PageUp/PageDown move the active option (`aria-activedescendant`: DOM
 * focus stays on the list), typing jumps to an option, Space or Enter chooses it. With
 * `multiple`, Space toggles, Shift+arrows extend, Ctrl/Cmd+A chooses all. Values are the
 * options' `value`s; `name` submits them with a native form. A value no option has is kept
 * (and submitted), and reported in development, as is a value of the wrong shape (an array
 * without `multiple`, a single value with it).
 *
 * @selector .cal-listbox — the `role="listbox"` element; options are `[role="option"]` with
 * `[aria-selected="true"]`, `[aria-disabled="true"]`, `[data-active]` (under the pointer or
 * reached by keyboard) and `[data-focus-visible]` (reached by keyboard); parts
 * `[data-part="label" | "description" | "check" | "box" | "heading"]`
 * @selector [data-virtual] — only the visible options are rendered (above 100 rows)
 */
function ListBoxInner<V extends CollectionKey>(props: ListBoxProps<V>, ref: Ref<HTMLDivElement>) {
  const {
    label,
    hideLabel = false,
    description,
    error,
    invalid,
    required = false,
    disabled = false,
    size = 'md',
    options,
    name,
    form,
    emptyLabel = 'No options',
    multiple = false,
    value,
    defaultValue,
    onValueChange,
    id,
    className,
    style,
    onKeyDown,
    onFocus,
    onBlur,
    ...rest
  } = props;
  const ids = useField({
    component: 'ListBox',
    id,
    label,
    description,
    error,
    invalid,
    'aria-label': rest['aria-label'],
    'aria-labelledby': rest['aria-labelledby'],
    'aria-describedby': rest['aria-describedby'],
  });
  const items = Array.isArray(options) ? options : [];
  const collection = collectionOf(items, 'ListBox');
  const selection = useSelection<V>({ multiple, value, defaultValue, onValueChange });
  // Inline NODE_ENV check: production bundles drop the message text (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    if (!Array.isArray(options)) {
      devError('ListBox', '`options` must be an array of options, values or sections.');
    }
    warnAboutValueShape('ListBox', props);
    // As Select and Filter: a value no option has is kept (and submitted), never dropped.
    for (const item of selection.values) {
      if (collection.get(item) === undefined) {
        devError(
          'ListBox',
          `the value ${JSON.stringify(item)} is not among the options; no option shows it, but it stays in the value.`,
        );
      }
    }
    reportUnchangeable('ListBox', props, 'value', 'onValueChange');
    reportUnknownValues('ListBox', { size: [size, optionListSizes] });
  }
  const store = useActiveStore<V>();
  const handle = useRef<OptionListHandle>(null);
  const listRef = useRef<HTMLDivElement | null>(null);
  const mergedRef = useMemo(() => mergeRefs(listRef, ref), [ref]);
  const controller = useListController(items, 'ListBox', store, handle);
  const listId = ids.inputId;

  useActiveDescendant(
    store,
    listRef,
    (active) => {
      const node = collectionOf(items, 'ListBox').get(active);
      return node ? optionId(listId, node.index) : undefined;
    },
    !disabled,
  );
  useFormReset(listRef, selection.restoreDefault, form);

  const choose = (node: CollectionNode<V>) => {
    if (disabled || node.disabled) return;
    selection.choose(node.value);
  };

  const handleFocus = (event: FocusEvent<HTMLDivElement>) => {
    onFocus?.(event);
    // A disabled list can still take focus from a press: it shows no active option.
    if (disabled || event.target !== event.currentTarget || store.value !== null) return;
    // APG: focus lands on the first chosen option, else the first one.
    const first = collection.options.find(
      (node) => !node.disabled && selection.selected.has(node.value),
    );
    const target = first?.index ?? collection.options.findIndex((node) => !node.disabled);
    if (target >= 0) controller.activate(target, focusVisible(event.currentTarget));
  };

  const handleBlur = (event: FocusEvent<HTMLDivElement>) => {
    onBlur?.(event);
    store.set(null, false);
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    onKeyDown?.(event);
    if (event.defaultPrevented || disabled) return;
    const active = collection.get(store.value);
    if (multiple && (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      const enabled = collection.options.filter((node) => !node.disabled);
      const all = enabled.every((node) => selection.selected.has(node.value));
      // Disabled options keep their state: "all" means every option the user can change.
      const locked = selection.values.filter((item) => collection.get(item)?.disabled);
      selection.replace(all ? locked : [...locked, ...enabled.map((node) => node.value)]);
      return;
    }
    if ((event.key === ' ' && !controller.searching()) || event.key === 'Enter') {
      if (!active) return;
      event.preventDefault();
      choose(active);
      return;
    }
    const before = controller.activeIndex();
    const moved = controller.navigateByKey(event);
    if (moved === null) {
      // The listbox never leaves the active option showing its ring after a pointer move.
      if (event.key === 'Tab') store.set(store.value, false);
      return;
    }
    if (multiple && event.shiftKey && moved >= 0 && moved !== before) {
      const node = collection.options[moved];
      if (node) choose(node);
    }
  };

  return (
    <Field
      ids={ids}
      label={label}
      hideLabel={hideLabel}
      labelElement="span"
      description={description}
      error={error}
      required={required}
      disabled={disabled}
      className={cx(listBoxClass, className)}
      style={style}
      data-size={size === 'md' ? undefined : size}
    >
      <OptionList
        {...rest}
        ref={mergedRef}
        id={listId}
        collection={collection}
        selected={selection.selected}
        multiple={multiple}
        store={store}
        size={size}
        onChoose={choose}
        handle={handle}
        tabIndex={disabled ? -1 : (rest.tabIndex ?? 0)}
        aria-labelledby={rest['aria-labelledby'] ?? (label ? ids.labelId : undefined)}
        aria-describedby={ids.describedBy}
        aria-invalid={ids.invalid || undefined}
        aria-required={required || undefined}
        aria-disabled={disabled || undefined}
        onKeyDown={handleKeyDown}
        onFocus={handleFocus}
        onBlur={handleBlur}
      />
      {collection.options.length === 0 ? <p data-part="empty">{emptyLabel}</p> : null}
      <FormValue
        name={name}
        form={form}
        values={selection.values}
        multiple={multiple}
        disabled={disabled}
        required={required}
        focusTarget={listRef}
      />
    </Field>
  );
}

/** Whether the element shows keyboard focus (`:focus-visible`; false where unsupported). */
function focusVisible(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return false;
  }
}

/**
 * A list of options to choose one or several from, always in view. Generic over the value
 * type: `<ListBox<number> … />`, or inferred from `options`, `value` and `onValueChange`.
 */
export const ListBox = forwardRef(ListBoxInner) as (<V extends CollectionKey = CollectionKey>(
  props: ListBoxProps<V> & RefAttributes<HTMLDivElement>,
) => ReactElement | null) & { displayName?: string };

ListBox.displayName = 'ListBox';
