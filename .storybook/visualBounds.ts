/**
 * What a visual test photographs: the story's own bounding box, not the whole 1200 px frame.
 * Blank frame adds bytes to every baseline and nothing to the review, and the molecules will
 * double the number of baselines.
 *
 * The box is the union of everything that paints: text, replaced elements (inputs, images,
 * icons), and elements that draw a background, border, outline or shadow (with the outline and
 * shadow's reach), plus open top-layer elements (modal dialogs, popovers), which sit outside the
 * canvas. A layout wrapper that paints nothing does not count, so a full-width block holding a
 * Button yields the Button's box. The canvas padding is kept around it as a margin.
 */

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Elements that paint without a background or border of their own (`svg` is lower case in HTML). */
const REPLACED_TAGS = new Set([
  'IMG',
  'svg',
  'INPUT',
  'TEXTAREA',
  'SELECT',
  'VIDEO',
  'CANVAS',
  'HR',
  'PROGRESS',
  'METER',
  'IFRAME',
]);

/** How far a computed `box-shadow` list reaches beyond the border box, in px. */
function shadowReach(boxShadow: string) {
  if (boxShadow === 'none') return 0;
  let reach = 0;
  // Split on commas outside parentheses: "rgba(0, 0, 0, 0.2) 0px 1px 2px 0px, …".
  for (const shadow of boxShadow.split(/,(?![^(]*\))/)) {
    if (/\binset\b/.test(shadow)) continue;
    const [x = 0, y = 0, blur = 0, spread = 0] = (shadow.match(/-?[\d.]+px/g) ?? []).map(
      parseFloat,
    );
    reach = Math.max(reach, Math.max(Math.abs(x), Math.abs(y)) + blur + Math.max(spread, 0));
  }
  return reach;
}

/** How far an element paints beyond its border box, or `undefined` where it paints nothing. */
function paintedReach(element: Element, style: CSSStyleDeclaration): number | undefined {
  const outline =
    style.outlineStyle !== 'none'
      ? parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset)
      : 0;
  const reach = Math.max(0, outline, shadowReach(style.boxShadow));
  const paints =
    REPLACED_TAGS.has(element.tagName) ||
    reach > 0 ||
    style.backgroundImage !== 'none' ||
    !/rgba\(0, 0, 0, 0\)|transparent/.test(style.backgroundColor) ||
    ['Top', 'Right', 'Bottom', 'Left'].some(
      (side) =>
        style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' &&
        parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0,
    ) ||
    ['::before', '::after'].some((pseudo) => {
      const content = getComputedStyle(element, pseudo).content;
      return content !== 'none' && content !== 'normal';
    });
  return paints ? reach : undefined;
}

function grow(box: Box | undefined, rect: DOMRect, by = 0): Box {
  const next = {
    left: rect.left - by,
    top: rect.top - by,
    right: rect.right + by,
    bottom: rect.bottom + by,
  };
  if (!box) return next;
  return {
    left: Math.min(box.left, next.left),
    top: Math.min(box.top, next.top),
    right: Math.max(box.right, next.right),
    bottom: Math.max(box.bottom, next.bottom),
  };
}

function isEmpty(rect: DOMRect) {
  return rect.width === 0 || rect.height === 0;
}

/** The painted box of `canvas`'s content and of open top-layer elements, in page pixels. */
export function visualBounds(canvas: Element): Box {
  let box: Box | undefined;
  const walker = document.createTreeWalker(canvas, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      if (!node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rect = range.getBoundingClientRect();
      if (!isEmpty(rect)) box = grow(box, rect);
      continue;
    }
    const element = node as Element;
    const style = getComputedStyle(element);
    if (style.visibility === 'hidden') continue;
    const rect = element.getBoundingClientRect();
    if (isEmpty(rect)) continue;
    const reach = paintedReach(element, style);
    if (reach !== undefined) box = grow(box, rect, reach);
  }
  for (const layer of document.querySelectorAll('dialog[open], :popover-open')) {
    const rect = layer.getBoundingClientRect();
    if (!isEmpty(rect)) box = grow(box, rect, shadowReach(getComputedStyle(layer).boxShadow));
  }

  const canvasRect = canvas.getBoundingClientRect();
  if (!box) box = grow(undefined, canvasRect);
  // The canvas padding as a margin, then whole pixels, never outside the page.
  const margin = parseFloat(getComputedStyle(canvas).paddingTop) || 0;
  const { scrollX, scrollY } = window;
  return {
    left: Math.max(0, Math.floor(box.left - margin + scrollX)),
    top: Math.max(0, Math.floor(box.top - margin + scrollY)),
    right: Math.min(document.documentElement.scrollWidth, Math.ceil(box.right + margin + scrollX)),
    bottom: Math.ceil(box.bottom + margin + scrollY),
  };
}

/**
 * The marker's test id: the matcher finds it by this unique attribute. A structural locator
 * (`page.elementLocator`, a `body > div:nth-child(…)` path) can land on another element when a
 * story appends to <body> (a live region, a portal) between two captures.
 */
export const BOUNDS_TEST_ID = 'visual-bounds';

/**
 * A transparent element laid over `box`, for the screenshot matcher to photograph: an element
 * screenshot is the page as painted inside that element's box. Remove it after the shot.
 */
export function boundsMarker(box: Box): HTMLElement {
  const marker = document.createElement('div');
  marker.setAttribute('data-testid', BOUNDS_TEST_ID);
  marker.setAttribute('aria-hidden', 'true');
  Object.assign(marker.style, {
    position: 'absolute',
    left: `${box.left}px`,
    top: `${box.top}px`,
    width: `${box.right - box.left}px`,
    height: `${box.bottom - box.top}px`,
    pointerEvents: 'none',
  });
  document.body.append(marker);
  return marker;
}

/**
 * Where the story draws text, in the pixels of its picture (`box` is its painted box): the
 * line boxes of every visible text node, and the content box of every text field, from the
 * canvas and open top-layer elements. The drift report (`npm run drift`) compares a story's
 * picture with its Figma frame outside these boxes, and measures the text inside them apart:
 * a browser and Figma rasterise glyphs differently, which is no design drift.
 */
export function textBoxes(canvas: Element, box: Box): Box[] {
  const boxes: Box[] = [];
  const { scrollX, scrollY } = window;
  const add = (rect: DOMRect) => {
    if (isEmpty(rect)) return;
    boxes.push({
      left: Math.floor(rect.left + scrollX - box.left),
      top: Math.floor(rect.top + scrollY - box.top),
      right: Math.ceil(rect.right + scrollX - box.left),
      bottom: Math.ceil(rect.bottom + scrollY - box.top),
    });
  };
  const layers = [...document.querySelectorAll('dialog[open], :popover-open')];
  const roots = [canvas, ...layers.filter((layer) => !canvas.contains(layer))];
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim() || !node.parentElement) continue;
      const style = getComputedStyle(node.parentElement);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) add(rect);
    }
    for (const field of root.querySelectorAll('input, textarea, select')) {
      const value = (field as HTMLInputElement).value || (field as HTMLInputElement).placeholder;
      if (
        !value ||
        ['checkbox', 'radio', 'range', 'color'].includes((field as HTMLInputElement).type)
      )
        continue;
      add(field.getBoundingClientRect());
    }
  }
  return boxes;
}
