import {
  forwardRef,
  useId,
  useMemo,
  useRef,
  useState,
  type HTMLAttributes,
  type KeyboardEvent,
  type MouseEvent,
  type ReactElement,
  type ReactNode,
  type Ref,
  type RefAttributes,
} from 'react';
import { tagClass } from '../../atoms/Tag/Tag.styles';
import { visuallyHiddenClass } from '../../theme/sharedStyles';
import {
  cx,
  devError,
  mergeRefs,
  reportUnchangeable,
  reportUnknownValues,
  useBrowserLayoutEffect,
} from '../../utils';
import {
  collectionOf,
  useSelection,
  type CollectionKey,
  type CollectionNode,
  type CollectionOption,
} from '../collection';
import { focusAfterRemoval, tagTarget } from './tagNavigation';
import { tagGroupClass } from './TagGroup.styles';

/** How many tags can be selected: none (a plain list), one, or several. */
export const tagGroupSelectionModes = ['none', 'single', 'multiple'] as const;
export type TagGroupSelectionMode = (typeof tagGroupSelectionModes)[number];

/** A tag: `{ value, label, disabled? }`, or a bare string or number that is its own label. */
export type TagGroupItem<V extends CollectionKey = CollectionKey> =
  V | Omit<CollectionOption<V>, 'description'>;

/** Selection props, in the shape the mode uses (`V | null` for one, `V[]` for several). */
export type TagGroupSelectionProps<V extends CollectionKey> =
  | {
      /**
       * Whether tags can be selected (`aria-selected` on each row): Space or Enter, or a
       * press, toggles a tag.
       * @default 'none'
       * @selector [data-selection-mode="single" | "multiple"]
       */
      selectionMode?: 'none';
      value?: undefined;
      defaultValue?: undefined;
      onValueChange?: undefined;
    }
  | {
      selectionMode: 'single';
      /** The selected tag's value (controlled); `null` for none. */
      value?: V | null;
      /**
       * The tag selected at first (uncontrolled).
       * @default null
       */
      defaultValue?: V | null;
      /** Called with the selected value (`null` when the selected tag is toggled off). */
      onValueChange?: (value: V | null) => void;
    }
  | {
      selectionMode: 'multiple';
      /** The selected tags' values (controlled), in the order selected. */
      value?: V[];
      /**
       * The tags selected at first (uncontrolled).
       * @default []
       */
      defaultValue?: V[];
      /** Called with the selected values after each change. */
      onValueChange?: (value: V[]) => void;
    };

export interface TagGroupOwnProps<V extends CollectionKey> {
  /** The visible label; also the group's accessible name. Required. */
  label: ReactNode;
  /**
   * Hides the label on screen; assistive technology still reads it.
   * @default false
   */
  hideLabel?: boolean;
  /** Helper text under the tags, read as the group's description. */
  description?: ReactNode;
  /**
   * The tags, in display order: `{ value, label, disabled? }` objects or bare strings and
   * numbers. Values are unique; the group never reorders or drops them itself.
   */
  options: ReadonlyArray<TagGroupItem<V>>;
  /**
   * Makes the tags removable: each gets a remove button (for the pointer; it stays out of
   * the tab order), and Delete or Backspace removes the focused tag. Drop the value from
   * `options` here; focus moves to the tag that takes its place, else the one before it. A
   * selected tag also leaves the selection (`onValueChange` reports it).
   * @selector [data-removable] — on each tag
   */
  onRemove?: (value: V) => void;
  /**
   * The name of a tag's remove button (translate it here).
   * @default (label) => `Remove ${label}`
   */
  removeLabel?: (label: string) => string;
  /**
   * Shown in place of the tags when there are none.
   * @default 'No tags'
   * @selector [data-part="empty"]
   */
  emptyLabel?: ReactNode;
  /**
   * Every tag is disabled: skipped by the keyboard, not selectable, not removable.
   * @default false
   * @selector [data-disabled] — on the group and on each tag
   */
  disabled?: boolean;
}

export type TagGroupProps<V extends CollectionKey = CollectionKey> = TagGroupOwnProps<V> &
  TagGroupSelectionProps<V> &
  Omit<
    HTMLAttributes<HTMLDivElement>,
    keyof TagGroupOwnProps<V> | 'defaultValue' | 'onChange' | 'children' | 'role'
  >;

const defaultRemoveLabel = (text: string) => `Remove ${text}`;

/** lucide's x (its two strokes, as XIcon draws them), inline so a TagGroup does not pull in Icon. */
const cross = (
  <svg viewBox="0 0 24 24" aria-hidden="true">
    <path d="M18 6 6 18" />
    <path d="m6 6 12 12" />
  </svg>
);

/** Whether the element is laid out right to left (read when a key is pressed, not rendered). */
const isRightToLeft = (element: Element) =>
  element.ownerDocument.defaultView?.getComputedStyle(element).direction === 'rtl';

/**
 * A labelled list of Tags a keyboard moves through as one tab stop (react-aria-components'
 * TagGroup: an ARIA `grid` of one-cell rows). Tab enters at the last focused tag (else the
 * first selected, else the first); the arrow keys move between tags (left and right mirror
 * in right-to-left), Home/End go to the ends, disabled tags are skipped. With `onRemove`,
 * Delete or Backspace removes the focused tag and focus moves to its neighbour; each tag also
 * has a remove button for the pointer. With `selectionMode`, Space, Enter or a press toggles
 * a tag (`aria-selected`), controlled (`value`) or not (`defaultValue`). The ref reaches the
 * `role="grid"` element.
 *
 * @selector .cal-tag-group — the root, with `[data-selection-mode]` and `[data-disabled]`;
 * parts `[data-part="label" | "list" | "row" | "empty" | "description"]`
 * @selector [data-part="row"] — each tag's `role="row"`, with `[aria-selected="true"]`,
 * `[aria-disabled="true"]`; the Tag (`.cal-tag`) inside it is its cell, drawn by the Tag's own
 * rules: `[data-selected]` on a selected row's Tag, `[data-disabled]`, `[data-removable]`
 * @selector [data-part="row"][data-index] — the tag's index, read by the key, press and focus
 * handlers: for the component's own use, not a styling hook
 */
function TagGroupInner<V extends CollectionKey>(props: TagGroupProps<V>, ref: Ref<HTMLDivElement>) {
  const {
    label,
    hideLabel = false,
    description,
    options,
    onRemove,
    removeLabel = defaultRemoveLabel,
    emptyLabel = 'No tags',
    disabled = false,
    selectionMode = 'none',
    value,
    defaultValue,
    onValueChange,
    className,
    onKeyDown,
    onFocus,
    onClick,
    ...rest
  } = props;
  const id = useId();
  const labelId = `${id}-label`;
  const descriptionId = `${id}-description`;
  // Inline NODE_ENV check: production bundles drop the message text (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    warnAboutMisuse(props);
    reportUnchangeable('TagGroup', props, 'value', 'onValueChange');
  }
  const items = Array.isArray(options) ? options : [];
  const tags = collectionOf(items, 'TagGroup').options;
  const selectable = selectionMode !== 'none';
  const selection = useSelection<V>({
    multiple: selectionMode === 'multiple',
    value: selectable ? value : undefined,
    defaultValue: selectable ? defaultValue : undefined,
    onValueChange: onValueChange as ((value: never) => void) | undefined,
  });
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    // As ListBox and Select: a value no tag has is kept, and reported.
    for (const item of selection.values) {
      if (!tags.some((node) => node.value === item)) {
        devError(
          'TagGroup',
          `the value ${JSON.stringify(item)} is not among the tags; no tag shows it, but it stays in the value.`,
        );
      }
    }
  }
  const gridRef = useRef<HTMLDivElement | null>(null);
  const mergedRef = useMemo(() => mergeRefs(gridRef, ref), [ref]);
  const [focused, setFocused] = useState<V>();
  /** A tag just removed by the keyboard or its button, until the caller drops it. */
  const removedAt = useRef<V | null>(null);

  const isDisabled = (node: CollectionNode<V> | undefined) => disabled || !node || node.disabled;
  // The one tab stop: the tag focused last, else the first selected, else the first enabled.
  const stop =
    tags.find((node) => node.value === focused && !isDisabled(node)) ??
    tags.find((node) => !isDisabled(node) && selection.selected.has(node.value)) ??
    tags.find((node) => !isDisabled(node));

  const rowOf = (index: number) =>
    gridRef.current?.querySelectorAll<HTMLElement>('[data-part="row"]')[index];

  /** The tags of the last commit: where a tag that went was. */
  const previous = useRef(tags);
  // Once the caller has dropped a tag removed here, or the focused tag went some other way,
  // its neighbour takes the tab stop, and focus (else the grid) if focus was in the group or
  // went with the tag: never taken from where the user has gone since.
  useBrowserLayoutEffect(() => {
    const before = previous.current;
    previous.current = tags;
    const at = before.find(
      ({ value }) =>
        (value === removedAt.current || value === focused) &&
        !tags.some((node) => node.value === value),
    )?.index;
    if (at === undefined) return;
    removedAt.current = null;
    const target = focusAfterRemoval(at, tags.length, (index) => isDisabled(tags[index]));
    setFocused(tags[target]?.value);
    const grid = gridRef.current;
    const active = document.activeElement;
    if (active === document.body || grid?.contains(active)) (rowOf(target) ?? grid)?.focus();
  });

  const remove = (node: CollectionNode<V>) => {
    if (!onRemove || isDisabled(node)) return;
    removedAt.current = node.value;
    // A removed tag leaves the selection too: the value never names a tag that is gone.
    if (selection.selected.has(node.value)) toggle(node);
    onRemove(node.value);
  };

  const toggle = (node: CollectionNode<V>) => {
    if (!selectable || isDisabled(node)) return;
    if (selectionMode === 'single' && selection.selected.has(node.value)) selection.replace([]);
    else selection.choose(node.value);
  };

  const nodeOf = (target: EventTarget): CollectionNode<V> | undefined =>
    tags[
      Number((target as Element).closest?.('[data-part="row"]')?.getAttribute('data-index') ?? -1)
    ];

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    onKeyDown?.(event);
    const node = nodeOf(event.target);
    if (event.defaultPrevented || !node || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = tagTarget(
      event.key,
      tags.length,
      node.index,
      (index) => isDisabled(tags[index]),
      isRightToLeft(event.currentTarget),
    );
    if (target !== null) {
      event.preventDefault();
      // Focusing the row makes it the tab stop (handleFocus).
      rowOf(target)?.focus();
    } else if ((event.key === 'Delete' || event.key === 'Backspace') && onRemove) {
      event.preventDefault();
      remove(node);
    } else if ((event.key === ' ' || event.key === 'Enter') && selectable) {
      event.preventDefault();
      toggle(node);
    }
  };

  const handleClick = (event: MouseEvent<HTMLDivElement>) => {
    onClick?.(event);
    const node = nodeOf(event.target);
    // A press on the remove button removes; anywhere else on a tag toggles it.
    if (!node || (event.target as Element).closest('[data-part="remove"]')) return;
    toggle(node);
  };

  const handleFocus: HTMLAttributes<HTMLDivElement>['onFocus'] = (event) => {
    onFocus?.(event);
    const node = nodeOf(event.target);
    if (node && !isDisabled(node)) setFocused(node.value);
  };

  const hasDescription = (description ?? '') !== '';

  return (
    <div
      className={cx(tagGroupClass, className)}
      data-selection-mode={selectable ? selectionMode : undefined}
      data-disabled={disabled || undefined}
    >
      <span id={labelId} data-part="label" className={hideLabel ? visuallyHiddenClass : undefined}>
        {label}
      </span>
      <div
        {...rest}
        ref={mergedRef}
        role="grid"
        data-part="list"
        aria-labelledby={rest['aria-labelledby'] ?? labelId}
        aria-describedby={
          cx(rest['aria-describedby'], hasDescription && descriptionId) || undefined
        }
        aria-multiselectable={selectionMode === 'multiple' || undefined}
        aria-disabled={disabled || undefined}
        tabIndex={stop ? undefined : -1}
        onKeyDown={handleKeyDown}
        onClick={handleClick}
        onFocus={handleFocus}
      >
        {tags.length === 0 ? (
          <div role="row" data-part="empty">
            <span role="gridcell">{emptyLabel}</span>
          </div>
        ) : (
          tags.map((node) => {
            const off = isDisabled(node);
            const on = selectable && selection.selected.has(node.value);
            return (
              <div
                key={String(node.value)}
                role="row"
                data-part="row"
                data-index={node.index}
                tabIndex={node === stop ? 0 : -1}
                aria-selected={selectable ? on : undefined}
                aria-disabled={off || undefined}
              >
                {/* The Tag atom's look (its class and parts), drawn here so the remove button
                    is out of the tab order from the server's HTML on: in a grid the row is the
                    one stop and the button is for the pointer (as react-aria-components does).
                    The atom's own button is a tab stop, and its Icon costs bytes. */}
                <span
                  role="gridcell"
                  className={tagClass}
                  data-removable={!!onRemove || undefined}
                  data-selected={on || undefined}
                  data-disabled={off || undefined}
                >
                  <span data-part="content">
                    <span data-part="label">{node.label}</span>
                  </span>
                  {onRemove ? (
                    <button
                      type="button"
                      data-part="remove"
                      tabIndex={-1}
                      aria-label={removeLabel(node.label)}
                      disabled={off}
                      onClick={() => remove(node)}
                    >
                      {cross}
                    </button>
                  ) : null}
                </span>
              </div>
            );
          })
        )}
      </div>
      {hasDescription ? (
        <span id={descriptionId} data-part="description">
          {description}
        </span>
      ) : null}
    </div>
  );
}

function warnAboutMisuse<V extends CollectionKey>(props: TagGroupProps<V>) {
  if (!Array.isArray(props.options)) {
    devError('TagGroup', '`options` must be an array of tags: `{ value, label }` or values.');
  }
  if (props.label === undefined || props.label === null || props.label === '') {
    devError('TagGroup', '`label` is required: it names the group (use `hideLabel` to hide it).');
  }
  const { selectionMode = 'none', value, defaultValue } = props;
  reportUnknownValues('TagGroup', { selectionMode: [selectionMode, tagGroupSelectionModes] });
  if (selectionMode === 'none' && (value !== undefined || defaultValue !== undefined)) {
    devError('TagGroup', '`value` and `defaultValue` need `selectionMode="single"` or "multiple".');
  }
  for (const given of [value, defaultValue]) {
    if (given === undefined || given === null || selectionMode === 'none') continue;
    if (selectionMode === 'multiple' && !Array.isArray(given)) {
      devError('TagGroup', 'with `selectionMode="multiple"`, `value` is an array of values.');
    } else if (selectionMode === 'single' && Array.isArray(given)) {
      devError(
        'TagGroup',
        'with `selectionMode="single"`, `value` is one value (or null); only the first item is used.',
      );
    }
  }
}

/**
 * A labelled list of tags with keyboard navigation, removal and optional selection. Generic
 * over the value type: `<TagGroup<number> … />`, or inferred from `options`.
 */
export const TagGroup = forwardRef(TagGroupInner) as (<V extends CollectionKey = CollectionKey>(
  props: TagGroupProps<V> & RefAttributes<HTMLDivElement>,
) => ReactElement | null) & { displayName?: string };

TagGroup.displayName = 'TagGroup';
