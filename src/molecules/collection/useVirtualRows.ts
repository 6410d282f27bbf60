import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** Rows rendered past each edge of the viewport, so a fast scroll shows no blank. */
const OVERSCAN = 4;
/** The viewport assumed before it can be measured (jsdom, a first render): about a popup. */
const FALLBACK_VIEWPORT = 320;

export interface VirtualRowsOptions {
  /** How many rows the list has. */
  count: number;
  /** Whether to window at all; when false every row renders and nothing is measured. */
  enabled: boolean;
  /** The scrolling element (the listbox). */
  scrollRef: RefObject<HTMLElement | null>;
  /** A first guess of a row's height in px, before it is measured. */
  estimate: (index: number) => number;
}

export interface VirtualRows {
  /** The first and last row to render (inclusive). */
  start: number;
  end: number;
  /** Space before and after the rendered rows, in px, standing in for the rows not rendered. */
  before: number;
  after: number;
  /**
   * Scrolls the list so the row is in view (`nearest`: the least movement; `center` on open)
   * and renders it at once, so `aria-activedescendant` can name it in the same task.
   */
  scrollToRow(index: number, align?: 'nearest' | 'center'): void;
}

/**
 * A small list virtualizer: renders only the rows in (and just around) the viewport, with
 * padding standing in for the rest, so 10,000 options cost about 30 elements. Rows may differ
 * in height (a description, a section heading): each rendered row is measured after commit and
 * its height remembered; rows not seen yet count at their estimate. `@tanstack/virtual-core`
 * does this and more, but costs 9.9 KiB gzipped; this is 1.2 KiB (docs/ARCHITECTURE.md).
 *
 * Rendered rows carry `data-row={index}`; the scroll element is their offset parent (it is
 * `position: relative`), and its own top padding is measured from the first row.
 */
interface SizeModel {
  count: number;
  sizes: Float64Array;
  /** offsets[i]: the top of row i from the first row's top; offsets[count]: the total. */
  offsets: Float64Array;
  /** Offsets from this row on are stale. */
  dirty: number;
  /** The list's own top padding: the first row's offset in the scroll element. */
  base: number;
  /** The row last scrolled to: scrolled to again once measuring has moved it. */
  target: { index: number; align: 'nearest' | 'center' } | null;
}

interface Range {
  start: number;
  end: number;
  before: number;
  after: number;
}

export function useVirtualRows({
  count,
  enabled,
  scrollRef,
  estimate,
}: VirtualRowsOptions): VirtualRows {
  // Mutable bookkeeping, written by effects and handlers only; renders read `range`.
  const sizeModel = useRef<SizeModel>({
    count: -1,
    sizes: new Float64Array(0),
    offsets: new Float64Array(1),
    dirty: 0,
    base: 0,
    target: null,
  });
  const [range, setRange] = useState<Range>(() => {
    const end = Math.min(count - 1, Math.ceil(FALLBACK_VIEWPORT / estimate(0)) + OVERSCAN);
    return { start: 0, end, before: 0, after: Math.max(0, count - end - 1) * estimate(0) };
  });
  const latestEstimate = useRef(estimate);
  useLayoutEffect(() => {
    latestEstimate.current = estimate;
  });

  /** Offsets of every row, brought up to date (sizes start at their estimates). */
  const offsets = useCallback(() => {
    const model = sizeModel.current;
    if (model.count !== count) {
      model.count = count;
      model.sizes = new Float64Array(count);
      model.offsets = new Float64Array(count + 1);
      for (let index = 0; index < count; index += 1) {
        model.sizes[index] = latestEstimate.current(index);
      }
      model.dirty = 0;
    }
    for (let index = model.dirty; index < count; index += 1) {
      model.offsets[index + 1] = model.offsets[index]! + model.sizes[index]!;
    }
    model.dirty = count;
    return model.offsets;
  }, [count]);

  /** Windows the rows the viewport shows (plus overscan), around `around` when given. */
  const compute = useCallback(
    (around?: number) => {
      const model = sizeModel.current;
      const element = scrollRef.current;
      const top = offsets();
      const scrollTop = Math.max(0, (element?.scrollTop ?? 0) - model.base);
      const height = element?.clientHeight || FALLBACK_VIEWPORT;
      let low = 0;
      let high = count - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (top[middle]! <= scrollTop) low = middle;
        else high = middle - 1;
      }
      let last = low;
      while (last < count - 1 && top[last + 1]! < scrollTop + height) last += 1;
      let start = Math.max(0, low - OVERSCAN);
      let end = Math.min(count - 1, last + OVERSCAN);
      // A row just scrolled to is rendered even if its estimate put it outside the window.
      if (around !== undefined && (around < start || around > end)) {
        start = Math.max(0, around - OVERSCAN);
        end = Math.min(count - 1, around + OVERSCAN);
      }
      const next = {
        start,
        end,
        before: top[start]!,
        after: end >= 0 ? top[count]! - top[end + 1]! : 0,
      };
      setRange((previous) =>
        previous.start === next.start &&
        previous.end === next.end &&
        previous.before === next.before &&
        previous.after === next.after
          ? previous
          : next,
      );
    },
    [count, offsets, scrollRef],
  );

  // Window before the first paint, then again on scroll and when the viewport resizes.
  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!enabled || !element) return;
    const onScroll = () => compute();
    compute();
    element.addEventListener('scroll', onScroll, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(onScroll);
    observer?.observe(element);
    return () => {
      element.removeEventListener('scroll', onScroll);
      observer?.disconnect();
    };
  }, [enabled, compute, scrollRef]);

  // Measure what rendered; a changed height moves the rows after it, so window again.
  useLayoutEffect(() => {
    const element = scrollRef.current;
    const model = sizeModel.current;
    if (!enabled || !element) return;
    let changed = false;
    let first = true;
    for (const row of element.querySelectorAll<HTMLElement>('[data-row]')) {
      const index = Number(row.dataset.row);
      const height = row.offsetHeight;
      if (first) {
        model.base = row.offsetTop - offsets()[index]!;
        first = false;
      }
      if (height > 0 && model.sizes[index] !== height) {
        model.sizes[index] = height;
        model.dirty = Math.min(model.dirty, index);
        changed = true;
      }
    }
    if (!changed) {
      model.target = null;
      return;
    }
    // Rows above the target changed height: it moved, so scroll to where it really is.
    if (model.target) {
      const { index, align } = model.target;
      const top = offsets();
      scrollIntoRange(
        element,
        index === 0 ? 0 : model.base + top[index]!,
        model.sizes[index]!,
        align,
      );
    }
    compute(model.target?.index);
  });

  const scrollToRow = useCallback(
    (index: number, align: 'nearest' | 'center' = 'nearest') => {
      const element = scrollRef.current;
      if (!element || index < 0 || index >= count) return;
      if (!enabled) {
        const row = element.querySelector<HTMLElement>(`[data-row="${index}"]`);
        if (row) scrollIntoRange(element, index === 0 ? 0 : row.offsetTop, row.offsetHeight, align);
        return;
      }
      const top = offsets();
      const model = sizeModel.current;
      // The first row also brings the list's top padding into view.
      const offset = index === 0 ? 0 : model.base + top[index]!;
      scrollIntoRange(element, offset, model.sizes[index]!, align);
      model.target = { index, align };
      compute(index);
    },
    [compute, count, enabled, offsets, scrollRef],
  );

  if (!enabled) return { start: 0, end: count - 1, before: 0, after: 0, scrollToRow };
  const end = Math.min(range.end, count - 1);
  return {
    // A window computed while the list was empty (end -1) renders nothing, not row -1, until
    // the layout effect windows the new rows (an async answer growing a list past the threshold).
    start: Math.max(0, Math.min(range.start, end)),
    end,
    before: range.before,
    after: range.after,
    scrollToRow,
  };
}

function scrollIntoRange(
  element: HTMLElement,
  offset: number,
  size: number,
  align: 'nearest' | 'center',
) {
  const view = element.clientHeight;
  if (align === 'center') {
    element.scrollTop = Math.max(0, offset - (view - size) / 2);
  } else if (offset < element.scrollTop) {
    element.scrollTop = offset;
  } else if (offset + size > element.scrollTop + view) {
    element.scrollTop = offset + size - view;
  }
}
