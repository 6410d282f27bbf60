import {
  forwardRef,
  useMemo,
  useRef,
  type ButtonHTMLAttributes,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ReactElement,
  type ReactNode,
  type Ref,
  type RefAttributes,
} from 'react';
import { Field, useField, type FieldTextProps } from '../../atoms/Field';
import { controlClass, FieldAction } from '../../atoms/FieldControl';
import { cx, devError, mergeRefs, reportUnchangeable, reportUnknownValues } from '../../utils';
import {
  collectionOf,
  findOption,
  firstEnabled,
  FormValue,
  lastEnabled,
  LiveStatus,
  optionId,
  optionListSizes,
  useActiveDescendant,
  useActiveStore,
  useFormReset,
  useListController,
  useSelection,
  type CollectionItem,
  type CollectionKey,
  type CollectionNode,
  type ListPopupFieldProps,
  type OptionListHandle,
  type OptionListSize,
  type SelectionProps,
  warnAboutOpenWithoutHandler,
  warnAboutValueNotInOptions,
  warnAboutValueShape,
} from '../collection';
import {
  OverlayPortal,
  useControllableState,
  usePresence,
  type OverlayPlacement,
} from '../overlay';
import { SelectPopup } from './SelectPopup';
import { selectClass } from './Select.styles';

/** Height, padding and type size of the field, and the density of its options. */
export type SelectSize = OptionListSize;

/** Where the list opens: below (or above) the field, aligned to its start or end edge. */
export const selectPlacements = [
  'bottom-start',
  'bottom-end',
  'top-start',
  'top-end',
] as const satisfies readonly OverlayPlacement[];
export type SelectPlacement = (typeof selectPlacements)[number];

/** How a multiple selection shows in the field. */
export const selectValueDisplays = ['count', 'tags'] as const;
export type SelectValueDisplay = (typeof selectValueDisplays)[number];

export interface SelectOwnProps<V extends CollectionKey>
  extends FieldTextProps, ListPopupFieldProps {
  /**
   * A choice is needed: shows the marker, sets `aria-required`, and stops a native form's
   * submit while nothing is chosen (with the browser's own message).
   * @default false
   */
  required?: boolean;
  /**
   * The field cannot be focused or opened, and submits nothing.
   * @default false
   * @selector [data-disabled] — on the field
   */
  disabled?: boolean;
  /**
   * The value shows and submits, and the field can be focused, but not opened or cleared.
   * @default false
   * @selector [data-readonly] — on the field box
   */
  readOnly?: boolean;
  /**
   * Height, padding and type size (`size.control.*`), and the density of the options.
   * @default 'md'
   * @selector [data-size="sm" | "lg"]
   */
  size?: SelectSize;
  /**
   * The options, in display order: `{ value, label, description?, disabled? }` objects, bare
   * strings or numbers (their own label), and sections `{ label, options }`. Keep the array
   * stable (a constant or `useMemo`) for long lists; above 100 rows only the visible options
   * are rendered, and a closed Select renders none.
   */
  options: ReadonlyArray<CollectionItem<V>>;
  /**
   * Shown while nothing is chosen.
   * @default 'Select…'
   * @selector [data-part="value"][data-placeholder]
   */
  placeholder?: string;
  /**
   * Shows a clear button while something is chosen; Escape on the closed field clears too.
   * @default false
   * @selector [data-clearable] — on the field box while the button shows (something chosen, the
   * field neither disabled nor read-only); the button is `[data-part="clear"]`
   */
  clearable?: boolean;
  /**
   * The name of the clear button (translate it here).
   * @default 'Clear selection'
   */
  clearLabel?: string;
  /**
   * With `multiple`: the number chosen (`countLabel`; the label itself when only one is), or
   * a tag per chosen option.
   * @default 'count'
   * @selector [data-part="tags"] > [data-part="tag"]
   */
  valueDisplay?: SelectValueDisplay;
  /**
   * The text for several chosen options with `valueDisplay="count"` (translate it here).
   * @default (count) => `${count} selected`
   */
  countLabel?: (count: number) => string;
  /**
   * Shown and announced when the list opens with no options (in a polite live region,
   * emptied on close, since focus stays on the field); it also describes the list
   * (`aria-describedby`), which stays named by the label.
   * @default 'No options'
   * @selector [data-part="empty"] — in the list's popup
   */
  emptyLabel?: ReactNode;
  /**
   * Where the list opens. It flips to the other side when there is no room, and is at least
   * as wide as the field.
   * @default 'bottom-start'
   * @selector [data-placement] — on the list's popup, the placement used after any flip
   */
  placement?: SelectPlacement;
}

export type SelectProps<V extends CollectionKey = CollectionKey> = SelectOwnProps<V> &
  SelectionProps<V> &
  Omit<
    ButtonHTMLAttributes<HTMLButtonElement>,
    | keyof SelectOwnProps<V>
    | 'value'
    | 'defaultValue'
    | 'onChange'
    | 'children'
    | 'role'
    | 'type'
    | 'popover'
  >;

const defaultCountLabel = (count: number) => `${count} selected`;

/** lucide's `x`, drawn inline (as Dialog's close button) so Select does not pull in Icon. */
const cross = (
  <svg data-part="cross" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <path d="M18 6 6 18M6 6l12 12" />
  </svg>
);

/**
 * A field that opens a list to choose one option, or several with `multiple` (the APG
 * select-only combobox): label, description and error like every field; options from
 * `options`, grouped in sections, with descriptions and disabled ones; a placeholder; a clear
 * button with `clearable`. Values are the options' `value`s (strings or numbers); `name`
 * submits them with a native form and `form.reset()` restores the default. With
 * react-hook-form, use a `Controller` (`value`, `onValueChange`, `onBlur`, `ref`).
 *
 * Keyboard: Enter, Space, the arrows or Alt+ArrowDown open it, Home/End open it at the first
 * or last option, typing opens it at the first match. Open, the arrows, Home/End, PageUp/Down
 * and typing move the active option while DOM focus stays on the field
 * (`aria-activedescendant`); Enter or Space choose (with `multiple`, toggle; Shift+arrows
 * extend, Ctrl/Cmd+A chooses all), Tab chooses the active option and moves on (single, per
 * the APG), Alt+ArrowUp chooses and closes, Escape closes, and on a closed `clearable` field
 * clears. The list opens in the top layer, at least as wide as the field; in a Dialog it
 * closes alone on Escape or an outside press. The ref reaches the `<button>`.
 *
 * @selector .cal-select — the field box around the trigger `<button role="combobox">`, with
 * `[data-size]`, `[data-readonly]`, `[data-open]`, `[data-clearable]` (the clear button shows);
 * parts `[data-part="value" | "chevron" | "clear"]`
 * @selector .cal-select-popup — the list's popup, with `[data-placement]` and `[data-exiting]`;
 * inside it `.cal-listbox` (`[data-virtual]` above 100 rows) and its `[role="option"]`s, with
 * `[data-active]` (under the pointer or reached by keyboard) and `[data-focus-visible]` (reached
 * by keyboard), as in ListBox
 */
function SelectInner<V extends CollectionKey>(props: SelectProps<V>, ref: Ref<HTMLButtonElement>) {
  const {
    label,
    hideLabel = false,
    description,
    error,
    invalid,
    required = false,
    disabled = false,
    readOnly = false,
    size = 'md',
    options,
    placeholder = 'Select…',
    clearable = false,
    clearLabel = 'Clear selection',
    valueDisplay = 'count',
    countLabel = defaultCountLabel,
    emptyLabel = 'No options',
    name,
    form,
    open: openProp,
    defaultOpen = false,
    onOpenChange,
    placement = 'bottom-start',
    multiple = false,
    value,
    defaultValue,
    onValueChange,
    id,
    className,
    style,
    onClick,
    onKeyDown,
    onKeyUp,
    onBlur,
    ...rest
  } = props;
  const ids = useField({
    component: 'Select',
    id,
    label,
    description,
    error,
    invalid,
    'aria-label': rest['aria-label'],
    'aria-labelledby': rest['aria-labelledby'],
    'aria-describedby': rest['aria-describedby'],
  });
  // Inline NODE_ENV checks: production bundles drop the message text (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    warnAboutMisuse(props);
    reportUnchangeable('Select', props, 'value', 'onValueChange', true);
  }
  const items = Array.isArray(options) ? options : [];
  const selection = useSelection<V>({
    multiple,
    value: value as never,
    defaultValue: defaultValue as never,
    onValueChange,
  });
  const [openState, setOpen] = useControllableState(openProp, defaultOpen, onOpenChange);
  const interactive = !disabled && !readOnly;
  const open = openState && interactive;
  const store = useActiveStore<V>();
  const handle = useRef<OptionListHandle>(null);
  const controller = useListController(items, 'Select', store, handle);
  const triggerRef = useRef<HTMLButtonElement | null>(null);
  const mergedRef = useMemo(() => mergeRefs(triggerRef, ref), [ref]);
  const controlRef = useRef<HTMLDivElement>(null);
  const popupRef = useRef<HTMLDivElement>(null);
  const { mounted, exiting } = usePresence(open, popupRef);
  const listId = `${ids.inputId}-listbox`;

  useActiveDescendant(
    store,
    triggerRef,
    (active) => {
      const node = collectionOf(items, 'Select').get(active);
      return node ? optionId(listId, node.index) : undefined;
    },
    open,
  );
  useFormReset(triggerRef, selection.restoreDefault, form);

  /** Opens the list with an option active: the first chosen one, else the first one. */
  const openAt = (where: 'selected' | 'first' | 'last', keyboard: boolean) => {
    const collection = collectionOf(items, 'Select');
    const chosen = collection.options.find(
      (node) => !node.disabled && selection.selected.has(node.value),
    );
    const index =
      where === 'last'
        ? lastEnabled(collection.options)
        : where === 'selected' && chosen
          ? chosen.index
          : firstEnabled(collection.options);
    store.set(collection.options[index]?.value ?? null, keyboard);
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
    store.set(null, false);
    controller.resetTypeAhead();
  };

  const choose = (node: CollectionNode<V>) => {
    if (!interactive || node.disabled) return;
    selection.choose(node.value);
    if (!multiple) close();
  };
  const chooseAll = () => {
    const collection = collectionOf(items, 'Select');
    const enabled = collection.options.filter((node) => !node.disabled);
    const all = enabled.every((node) => selection.selected.has(node.value));
    // Disabled options keep their state: "all" means every option the user can change.
    const locked = selection.values.filter((item) => collection.get(item)?.disabled);
    selection.replace(all ? locked : [...locked, ...enabled.map((node) => node.value)]);
  };
  const clear = () => {
    selection.replace([]);
    triggerRef.current?.focus();
  };

  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || !interactive) return;
    if (open) close();
    else openAt('selected', false);
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    onKeyDown?.(event);
    if (event.defaultPrevented || !interactive || event.nativeEvent.isComposing) return;
    const { key, altKey } = event;
    if (!open) {
      if (['ArrowDown', 'ArrowUp', 'Enter', ' '].includes(key)) {
        event.preventDefault();
        openAt('selected', true);
      } else if (key === 'Home' || key === 'End') {
        event.preventDefault();
        openAt(key === 'Home' ? 'first' : 'last', true);
      } else if (key === 'Escape' && clearable && selection.values.length > 0) {
        // Like SearchField: only a field with something to clear consumes Escape; an empty
        // one lets a Dialog around it close.
        event.preventDefault();
        selection.replace([]);
      } else if (controller.navigateByKey(event) !== null) {
        // Type-ahead (APG): opens the list at the first match, or where it would open.
        if (store.value === null) openAt('selected', true);
        else setOpen(true);
      }
      return;
    }
    const active = collectionOf(items, 'Select').get(store.value);
    if (key === 'Escape') {
      event.preventDefault();
      close();
    } else if (key === 'Tab') {
      // APG select-only combobox: Tab chooses the active option, closes, and moves on.
      if (!multiple && active) selection.choose(active.value);
      close();
    } else if (key === 'Enter' || (key === ' ' && !controller.searching())) {
      event.preventDefault();
      if (active) choose(active);
      else if (!multiple) close();
    } else if (altKey && key === 'ArrowUp') {
      event.preventDefault();
      if (!multiple && active) selection.choose(active.value);
      close();
    } else if (altKey && key === 'ArrowDown') {
      event.preventDefault();
    } else if (multiple && (event.ctrlKey || event.metaKey) && key.toLowerCase() === 'a') {
      event.preventDefault();
      chooseAll();
    } else {
      const before = controller.activeIndex();
      const moved = controller.navigateByKey(event);
      if (multiple && event.shiftKey && moved !== null && moved >= 0 && moved !== before) {
        const node = collectionOf(items, 'Select').options[moved];
        if (node) choose(node);
      }
    }
  };

  // A Space keydown was handled above; its keyup must not click the button (Firefox does).
  const handleKeyUp = (event: KeyboardEvent<HTMLButtonElement>) => {
    onKeyUp?.(event);
    if (event.key === ' ') event.preventDefault();
  };

  const handleBlur = (event: FocusEvent<HTMLButtonElement>) => {
    onBlur?.(event);
    // Focus never moves into the list (presses there keep it here), so a blur closes it.
    if (open) close();
  };

  // Pressing the label focuses the field (a <span>: a <label> would click the button open).
  const focusFromLabel = (event: MouseEvent<HTMLDivElement>) => {
    const target = event.target as Element;
    if (target.closest?.('[data-part="label"]') && !disabled) triggerRef.current?.focus();
  };

  const filled = selection.values.length > 0;
  const showClear = clearable && filled && interactive;

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
      className={className}
      style={style}
      onClick={focusFromLabel}
    >
      <div
        ref={controlRef}
        className={cx(controlClass, selectClass)}
        data-size={size === 'md' ? undefined : size}
        data-readonly={readOnly || undefined}
        data-open={open || undefined}
        data-clearable={showClear || undefined}
      >
        <button
          {...rest}
          ref={mergedRef}
          id={ids.inputId}
          type="button"
          role="combobox"
          form={form}
          disabled={disabled}
          aria-labelledby={rest['aria-labelledby'] ?? (label ? ids.labelId : undefined)}
          aria-describedby={ids.describedBy}
          aria-invalid={ids.invalid || undefined}
          aria-required={required || undefined}
          aria-readonly={readOnly || undefined}
          aria-haspopup="listbox"
          aria-expanded={open}
          aria-controls={mounted ? listId : undefined}
          onClick={handleClick}
          onKeyDown={handleKeyDown}
          onKeyUp={handleKeyUp}
          onBlur={handleBlur}
        >
          <SelectValue
            items={items}
            values={selection.values}
            multiple={multiple}
            placeholder={placeholder}
            valueDisplay={valueDisplay}
            countLabel={countLabel}
          />
          <svg data-part="chevron" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="m6 9 6 6 6-6" />
          </svg>
        </button>
        {showClear ? (
          <FieldAction
            component="Select"
            data-part="clear"
            aria-label={clearLabel}
            tabIndex={-1}
            onMouseDown={(event) => event.preventDefault()}
            onClick={clear}
            icon={cross}
          />
        ) : null}
        <FormValue
          name={name}
          form={form}
          values={selection.values}
          multiple={multiple}
          disabled={disabled}
          required={required}
          focusTarget={triggerRef}
        />
      </div>
      {/* DOM focus stays on the field: only this region tells a screen reader the list is empty. */}
      <LiveStatus>
        {open && collectionOf(items, 'Select').options.length === 0 ? emptyLabel : ''}
      </LiveStatus>
      {mounted ? (
        <OverlayPortal>
          <SelectPopup
            popupRef={popupRef}
            anchorRef={controlRef}
            listId={listId}
            labelId={label ? ids.labelId : undefined}
            listLabel={rest['aria-label']}
            items={items}
            selected={selection.selected}
            multiple={multiple}
            store={store}
            size={size}
            handle={handle}
            placement={placement}
            exiting={exiting}
            emptyLabel={emptyLabel}
            onChoose={choose}
            onDismiss={close}
          />
        </OverlayPortal>
      ) : null}
    </Field>
  );
}

interface SelectValueProps<V extends CollectionKey> {
  items: ReadonlyArray<CollectionItem<V>>;
  values: readonly V[];
  multiple: boolean;
  placeholder: string;
  valueDisplay: SelectValueDisplay;
  countLabel: (count: number) => string;
}

/**
 * What the closed field shows: the placeholder, the chosen label, a count, or tags. A value
 * missing from the options shows as itself (nothing is hidden), and is reported.
 */
function SelectValue<V extends CollectionKey>({
  items,
  values,
  multiple,
  placeholder,
  valueDisplay,
  countLabel,
}: SelectValueProps<V>) {
  if (values.length === 0) {
    return (
      <span data-part="value" data-placeholder="">
        {placeholder}
      </span>
    );
  }
  // One value: one scan of the options, no collection built. Several: the cached collection,
  // so showing m values costs m lookups, not m scans (Primer issue 7497).
  const labelOf =
    values.length === 1
      ? (item: V) => findOption(items, item)?.label
      : (item: V) => collectionOf(items, 'Select').get(item)?.label;
  const labels = values.map((item) => {
    const text = labelOf(item);
    if (
      text === undefined &&
      typeof process !== 'undefined' &&
      process.env.NODE_ENV !== 'production'
    ) {
      warnAboutValueNotInOptions('Select', item);
    }
    return text ?? String(item);
  });
  if (multiple && valueDisplay === 'tags') {
    return (
      <span data-part="value">
        <span data-part="tags">
          {labels.map((text, index) => (
            <span key={String(values[index])} data-part="tag">
              {text}
            </span>
          ))}
        </span>
      </span>
    );
  }
  return (
    <span data-part="value">{labels.length === 1 ? labels[0] : countLabel(labels.length)}</span>
  );
}

function warnAboutMisuse<V extends CollectionKey>(props: SelectProps<V>) {
  if (!Array.isArray(props.options)) {
    devError('Select', '`options` must be an array of options, values or sections.');
  }
  warnAboutValueShape('Select', props);
  warnAboutOpenWithoutHandler('Select', props);
  reportUnknownValues('Select', {
    size: [props.size, optionListSizes],
    valueDisplay: [props.valueDisplay, selectValueDisplays],
    placement: [props.placement, selectPlacements],
  });
}

/**
 * A field that opens a list to choose from. Generic over the value type: `<Select<number> … />`,
 * or inferred from `options`, `value` and `onValueChange`.
 */
export const Select = forwardRef(SelectInner) as (<V extends CollectionKey = CollectionKey>(
  props: SelectProps<V> & RefAttributes<HTMLButtonElement>,
) => ReactElement | null) & { displayName?: string };

Select.displayName = 'Select';
