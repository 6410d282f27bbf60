/** A point in viewport coordinates (a pointer event's `clientX`/`clientY`). */
export interface Point {
  x: number;
  y: number;
}

/** A box in viewport coordinates (`getBoundingClientRect()`). */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** How long the pointer rests on an item before its submenu opens (react-aria waits 200 ms). */
export const SUBMENU_OPEN_DELAY = 200;
/**
 * How long a pointer that is travelling toward an open submenu may cross other items before
 * they take over: long enough for a diagonal move, short enough that stopping feels answered.
 */
export const SUBMENU_GRACE = 300;

const cross = (a: Point, b: Point, c: Point) =>
  (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);

/** Whether `point` lies in the triangle a, b, c (edges included), whatever their order. */
export function inTriangle(point: Point, a: Point, b: Point, c: Point): boolean {
  const d1 = cross(a, b, point);
  const d2 = cross(b, c, point);
  const d3 = cross(c, a, point);
  const negative = d1 < 0 || d2 < 0 || d3 < 0;
  const positive = d1 > 0 || d2 > 0 || d3 > 0;
  return !(negative && positive);
}

/**
 * Whether a pointer that moved from `from` to `to` is heading for the submenu: `to` lies in
 * the triangle between `from` and the submenu's near edge (the "safe triangle" of Amazon's
 * mega menu, which Radix and react-aria also use). The near edge is the one facing the
 * parent menu: the left edge when the submenu opened to the right, else the right one.
 */
export function headingForSubmenu(from: Point, to: Point, submenu: Box): boolean {
  const toRight = submenu.left >= from.x;
  const edge = toRight ? submenu.left : submenu.right;
  if (toRight ? to.x > edge : to.x < edge) return true;
  if (to.x === from.x && to.y === from.y) return false;
  return inTriangle(to, from, { x: edge, y: submenu.top }, { x: edge, y: submenu.bottom });
}
