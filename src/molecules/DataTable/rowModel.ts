import type { FlatRow } from './types';

export interface FlattenOptions<T> {
  getId: (row: T) => string;
  getSubRows?: (row: T) => readonly T[] | undefined;
  /** Rows have a detail panel to expand (`renderExpanded`). */
  hasDetail: boolean;
  expanded: ReadonlySet<string>;
  /** Orders a row's sub-rows as the top-level rows are ordered. */
  order: (rows: readonly T[]) => readonly T[];
  /**
   * Lines of earlier runs, by row object: an unchanged row keeps its line object, so a sort
   * allocates nothing per row and memoized rows see the same `line` prop.
   */
  cache: WeakMap<object, FlatRow<T>>;
  /**
   * Count each line's place among its siblings (a treegrid's `aria-posinset` and
   * `aria-setsize`); flat tables leave both 0, so a sort keeps every cached line.
   */
  tree?: {
    /** Top-level rows before these (earlier pages). */
    offset: number;
    /** Top-level rows across every page. */
    total: number;
  };
}

/**
 * The body's lines, in order: each row, then (when expanded) its detail panel and its
 * sub-rows, sorted like their parents and nested to any depth. Virtualization, keyboard
 * movement and range selection all count in this one list.
 */
export function flattenRows<T>(rows: readonly T[], options: FlattenOptions<T>): FlatRow<T>[] {
  const lines: FlatRow<T>[] = [];
  const { tree } = options;
  const visit = (list: readonly T[], depth: number, siblings: number, offset: number) => {
    for (let index = 0; index < list.length; index += 1) {
      const row = list[index]!;
      const position = tree ? offset + index + 1 : 0;
      const setSize = tree ? siblings : 0;
      const id = options.getId(row);
      const children = options.getSubRows?.(row);
      const hasChildren = children !== undefined && children.length > 0;
      const expandable = hasChildren || options.hasDetail;
      const expanded = expandable && options.expanded.has(id);
      const cacheable = typeof row === 'object' && row !== null;
      let line = cacheable ? options.cache.get(row) : undefined;
      if (
        !line ||
        line.id !== id ||
        line.depth !== depth ||
        line.expandable !== expandable ||
        line.expanded !== expanded ||
        line.position !== position ||
        line.setSize !== setSize
      ) {
        line = { key: id, id, row, depth, kind: 'row', expandable, expanded, position, setSize };
        if (cacheable) options.cache.set(row, line);
      }
      lines.push(line);
      if (!expanded) continue;
      // The detail panel and the sub-rows are the expanded row's children, in that order.
      const childCount = (options.hasDetail ? 1 : 0) + (hasChildren ? children.length : 0);
      if (options.hasDetail) {
        lines.push({
          key: `${id}\u0000detail`,
          id,
          row,
          depth,
          kind: 'detail',
          expandable: false,
          expanded: false,
          position: tree ? 1 : 0,
          setSize: tree ? childCount : 0,
        });
      }
      if (hasChildren) {
        visit(options.order(children), depth + 1, tree ? childCount : 0, options.hasDetail ? 1 : 0);
      }
    }
  };
  visit(rows, 0, tree ? tree.total : 0, tree ? tree.offset : 0);
  return lines;
}

/** Every row id, sub-rows included: what "select all across pages" selects client-side. */
export function allRowIds<T>(
  rows: readonly T[],
  getId: (row: T) => string,
  getSubRows?: (row: T) => readonly T[] | undefined,
): string[] {
  const ids: string[] = [];
  const visit = (list: readonly T[]) => {
    for (const row of list) {
      ids.push(getId(row));
      const children = getSubRows?.(row);
      if (children) visit(children);
    }
  };
  visit(rows);
  return ids;
}
