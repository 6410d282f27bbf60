import {
  forwardRef,
  memo,
  useImperativeHandle,
  useMemo,
  useRef,
  useSyncExternalStore,
  type CSSProperties,
  type HTMLAttributes,
  type MouseEvent,
  type PointerEvent,
  type ReactNode,
  type Ref,
} from 'react';
import { cx, mergeRefs } from '../../utils';
import { useActiveState, type ActiveStore } from './activeStore';
import type { Collection, CollectionKey, CollectionNode, CollectionRow } from './collection';
import { optionListClass } from './OptionList.styles';
import { useVirtualRows } from './useVirtualRows';

/** Option density, the control sizes of the field it belongs to. */
export const optionListSizes = ['sm', 'md', 'lg'] as const;
export type OptionListSize = (typeof optionListSizes)[number];

/**
 * Above this many rows the list renders only what its viewport shows (useVirtualRows). Below
 * it every option is in the DOM: find-in-page and simple layouts keep working, and a short
 * list costs no measuring.
 */
export const VIRTUALIZE_ABOVE = 100;

/** Row height guesses before measuring (px), per size: an option, one with a description, a heading. */
const ESTIMATES: Record<OptionListSize, [number, number, number]> = {
  sm: [28, 44, 28],
  md: [40, 56, 28],
  lg: [48, 64, 28],
};

/** The id of an option element, from the listbox id and the option's index. */
export const optionId = (listId: string, index: number) => `${listId}-option-${index}`;

export interface OptionListHandle {
  /** Scrolls the option into view (rendering it first when virtualized). */
  scrollToOption(index: number, align?: 'nearest' | 'center'): void;
  /** How many options one viewport shows: the PageUp/PageDown step. */
  pageSize(): number;
}

export interface OptionListProps<V extends CollectionKey> extends Omit<
  HTMLAttributes<HTMLDivElement>,
  'role' | 'children'
> {
  id: string;
  collection: Collection<V>;
  selected: ReadonlySet<V>;
  multiple: boolean;
  store: ActiveStore<V>;
  size: OptionListSize;
  /** An option was pressed (never a disabled one). */
  onChoose: (node: CollectionNode<V>) => void;
  handle: Ref<OptionListHandle>;
}

/**
 * The `role="listbox"` element and its options, shared by ListBox and Select (Combobox and
 * Filter next). Sections are `role="group"` named by their heading. Pointer handling is
 * delegated to the list (one handler, not one per option): moving over an option makes it
 * active, pressing chooses it. Above VIRTUALIZE_ABOVE rows it is windowed; options then carry
 * `aria-setsize` and `aria-posinset`, since assistive technology cannot count what is not
 * there.
 *
 * @selector .cal-listbox — the `role="listbox"` element; `[data-size="sm" | "lg"]` (`md` writes
 * none), `[data-virtual]` while windowed (above VIRTUALIZE_ABOVE rows)
 * @selector [role="option"][data-active] — the active option, the one `aria-activedescendant`
 * names: under the pointer or reached by keyboard
 * @selector [role="option"][data-focus-visible] — the active option, reached by keyboard: it draws
 * the focus ring, since DOM focus is elsewhere
 * @selector [role="option"][data-outside] — the active option scrolled out of the window, kept in
 * the DOM out of sight so `aria-activedescendant` names an element
 * @selector [data-row] — an option's or heading's row in the list; the windowing (useVirtualRows)
 * measures and scrolls by it: for the component's own use, not a styling hook
 * @selector [data-index] — an option's index among the options, which pointer handling reads:
 * for the component's own use, not a styling hook
 */
function OptionListInner<V extends CollectionKey>(
  {
    id,
    collection,
    selected,
    multiple,
    store,
    size,
    onChoose,
    handle,
    className,
    style,
    onPointerMove,
    onClick,
    ...rest
  }: OptionListProps<V>,
  ref: Ref<HTMLDivElement>,
) {
  const listRef = useRef<HTMLDivElement | null>(null);
  const mergedRef = useMemo(() => mergeRefs(listRef, ref), [ref]);
  const { rows, options } = collection;
  const virtual = rows.length > VIRTUALIZE_ABOVE;
  // A size outside the union (plain JS) draws as md, like every component's: so it guesses too.
  const estimates = ESTIMATES[size] ?? ESTIMATES.md;
  const view = useVirtualRows({
    count: rows.length,
    enabled: virtual,
    scrollRef: listRef,
    estimate: (index) => {
      const row = rows[index];
      if (row?.kind === 'heading') return estimates[2];
      return row?.node.description ? estimates[1] : estimates[0];
    },
  });

  // The active option scrolled out of the window (by the wheel or the scrollbar) stays in the
  // DOM, out of sight, so `aria-activedescendant` never names a missing element. Hovers inside
  // the window keep this at -1 and do not re-render the list.
  const detached = useSyncExternalStore(
    store.subscribe,
    () => {
      const node = virtual ? collection.get(store.value as V) : undefined;
      return node && (node.row < view.start || node.row > view.end) ? node.index : -1;
    },
    () => -1,
  );

  useImperativeHandle(
    handle,
    () => ({
      scrollToOption(index, align) {
        const node = options[index];
        if (!node) return;
        // The first option of a section brings its heading into view with it.
        if (rows[node.row - 1]?.kind === 'heading') view.scrollToRow(node.row - 1, align);
        view.scrollToRow(node.row, align);
      },
      pageSize() {
        // One option less than a viewport, so the last one seen stays in view (10 unmeasured).
        const height = listRef.current?.clientHeight ?? 0;
        return height > 0 ? Math.max(1, Math.floor(height / estimates[0]) - 1) : 10;
      },
    }),
    [options, rows, view, estimates],
  );

  // Pointer moves only (not `pointerover`): when keyboard scrolling moves the list under a
  // still pointer, the browser fires `over` and the pointer would steal the active option.
  const lastPoint = useRef({ x: NaN, y: NaN });
  const handlePointerMove = (event: PointerEvent<HTMLDivElement>) => {
    onPointerMove?.(event);
    if (event.clientX === lastPoint.current.x && event.clientY === lastPoint.current.y) return;
    lastPoint.current = { x: event.clientX, y: event.clientY };
    const node = nodeAt(event, collection);
    if (node && !node.disabled) store.set(node.value, false);
  };
  const handleClick = (event: MouseEvent<HTMLDivElement>) => {
    onClick?.(event);
    const node = nodeAt(event, collection);
    if (!event.defaultPrevented && node && !node.disabled) onChoose(node);
  };

  const total = virtual ? options.length : undefined;
  const renderOption = (node: CollectionNode<V>, outside = false) => (
    <OptionRow
      key={`o${node.index}`}
      outside={outside}
      node={node}
      id={optionId(id, node.index)}
      selected={selected.has(node.value)}
      multiple={multiple}
      store={store}
      total={total}
    />
  );

  // Rows in order, options of one section wrapped in their group. When windowed, a group is
  // opened for every section the window reaches into, its heading only if that row is in it.
  const children: ReactNode[] = [];
  let group: { section: number; items: ReactNode[] } | null = null;
  const closeGroup = () => {
    if (!group) return;
    const heading = collection.sections[group.section];
    children.push(
      <div key={`g${group.section}`} role="group" aria-label={heading?.label}>
        {group.items}
      </div>,
    );
    group = null;
  };
  for (let index = view.start; index <= view.end; index += 1) {
    const row = rows[index] as CollectionRow<V>;
    const section = row.kind === 'heading' ? row.heading.index : row.node.section;
    if (group && group.section !== section) closeGroup();
    if (section !== -1 && !group) group = { section, items: [] };
    const item =
      row.kind === 'heading' ? (
        <div key={`h${section}`} data-part="heading" data-row={index} aria-hidden="true">
          {row.heading.label}
        </div>
      ) : (
        renderOption(row.node)
      );
    if (group) group.items.push(item);
    else children.push(item);
  }
  closeGroup();

  return (
    <div
      {...rest}
      ref={mergedRef}
      id={id}
      role="listbox"
      aria-multiselectable={multiple || undefined}
      className={cx(optionListClass, className)}
      style={style}
      data-size={size === 'md' ? undefined : size}
      data-virtual={virtual || undefined}
      onPointerMove={handlePointerMove}
      onClick={handleClick}
    >
      {virtual ? spacer(view.before) : null}
      {children}
      {detached >= 0 && options[detached] ? renderOption(options[detached], true) : null}
      {virtual ? spacer(view.after) : null}
    </div>
  );
}

/**
 * Stands in for the rows not rendered, so the scrollbar keeps the whole list's length. An
 * element, not the list's padding: a flex item cannot shrink below its padding, and the list
 * must stay as tall as its popup. Hidden and without a role, it is not part of the listbox.
 */
function spacer(size: number) {
  return size > 0 ? (
    <div
      data-part="spacer"
      aria-hidden="true"
      style={{ '--_size': `${size}px` } as CSSProperties}
    />
  ) : null;
}

/** The option under an event's target, from its `data-index`. */
function nodeAt<V extends CollectionKey>(
  event: { target: EventTarget },
  collection: Collection<V>,
): CollectionNode<V> | undefined {
  const element = (event.target as Element).closest?.('[role="option"]');
  const index = element ? Number((element as HTMLElement).dataset.index) : NaN;
  return Number.isInteger(index) ? collection.options[index] : undefined;
}

interface OptionRowProps<V extends CollectionKey> {
  node: CollectionNode<V>;
  id: string;
  selected: boolean;
  multiple: boolean;
  store: ActiveStore<V>;
  total: number | undefined;
  /** Rendered out of the window, out of sight, for `aria-activedescendant` (not measured). */
  outside?: boolean;
}

/** A check mark (lucide's `check`), drawn inline so the list does not pull in the Icon set. */
const check = (
  <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <path d="M20 6 9 17l-5-5" />
  </svg>
);

/**
 * One option. Memoised, and subscribed to the active store on its own: a hover or an arrow
 * key re-renders the option that loses the active state and the one that gains it, nothing
 * else; a selection re-renders the options whose `selected` changed.
 */
const OptionRow = memo(function OptionRow<V extends CollectionKey>({
  node,
  id,
  selected,
  multiple,
  store,
  total,
  outside = false,
}: OptionRowProps<V>) {
  const active = useActiveState(store, node.value);
  const described = node.description !== undefined;
  return (
    <div
      id={id}
      role="option"
      aria-selected={selected}
      aria-disabled={node.disabled || undefined}
      aria-describedby={described ? `${id}-description` : undefined}
      aria-setsize={total}
      aria-posinset={total === undefined ? undefined : node.index + 1}
      data-index={node.index}
      data-row={outside ? undefined : node.row}
      data-outside={outside || undefined}
      data-active={active > 0 || undefined}
      data-focus-visible={active === 2 || undefined}
    >
      <span data-part={multiple ? 'box' : 'check'}>{selected ? check : null}</span>
      <span data-part="text">
        <span data-part="label">{node.label}</span>
        {described ? (
          // Hidden from the name (the label alone names the option, as axe's
          // label-content-name-mismatch wants it), and read as the description.
          <span id={`${id}-description`} data-part="description" aria-hidden="true">
            {node.description}
          </span>
        ) : null}
      </span>
    </div>
  );
}) as <V extends CollectionKey>(props: OptionRowProps<V>) => ReactNode;

/** The listbox element with its options; generic over the value type. */
export const OptionList = forwardRef(OptionListInner) as <V extends CollectionKey>(
  props: OptionListProps<V> & { ref?: Ref<HTMLDivElement> },
) => ReactNode;
