import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cssVarName } from '../../tokens';
import { overlayArrow } from './overlayArrow';
import {
  anchorOverlay,
  anchorPositioning,
  toLogicalPlacement,
  toPhysicalPlacement,
  type AnchorOptions,
} from './placement';

describe('placement', () => {
  it('maps logical sides to physical ones, mirrored in RTL', () => {
    expect(toPhysicalPlacement('start', false)).toBe('left');
    expect(toPhysicalPlacement('start', true)).toBe('right');
    expect(toPhysicalPlacement('end-start', true)).toBe('left-start');
    expect(toPhysicalPlacement('bottom-end', true)).toBe('bottom-end');
  });

  it('reports the placement used in logical terms', () => {
    expect(toLogicalPlacement('right', false)).toBe('end');
    expect(toLogicalPlacement('right-end', true)).toBe('start-end');
    expect(toLogicalPlacement('top-start', true)).toBe('top-start');
  });
});

/*
 * jsdom lays nothing out and has no CSS anchor positioning: these run the fallback, the
 * placement from reads of the two boxes, on boxes given by hand in jsdom's 1024×768 window.
 * The gap (space.1) is 4px and the viewport margin (space.2) 8px.
 */
describe('anchorOverlay without CSS anchor positioning', () => {
  let trigger: HTMLButtonElement;
  let popup: HTMLDivElement;
  let stops: (() => void)[];

  const setBox = (x: number, y: number, width: number, height: number) => {
    trigger.getBoundingClientRect = () => new DOMRect(x, y, width, height);
  };
  const setSize = (element: HTMLElement, width: number, height: number) => {
    Object.assign(element.style, { width: `${width}px`, height: `${height}px` });
    Object.defineProperty(element, 'offsetWidth', { configurable: true, value: width });
    Object.defineProperty(element, 'offsetHeight', { configurable: true, value: height });
  };
  const anchor = (options: AnchorOptions) => {
    stops.push(anchorOverlay(trigger, popup, options));
  };
  const at = () => [popup.style.left, popup.style.top];

  beforeEach(() => {
    anchorPositioning.native = false;
    stops = [];
    trigger = document.body.appendChild(document.createElement('button'));
    popup = document.body.appendChild(document.createElement('div'));
    popup.style.setProperty(cssVarName('space.1'), '4px');
    popup.style.setProperty(cssVarName('space.2'), '8px');
    popup.style.setProperty(cssVarName('space.3'), '12px');
    setBox(100, 100, 80, 30);
    setSize(popup, 120, 50);
  });

  afterEach(() => {
    stops.forEach((stop) => stop());
    trigger.remove();
    popup.remove();
    anchorPositioning.native = undefined;
  });

  it('places the popup on the preferred side, aligned, a gap away, with the room left', () => {
    anchor({ placement: 'bottom-start' });
    expect(at()).toEqual(['100px', '134px']);
    expect(popup).toHaveAttribute('data-placement', 'bottom-start');
    expect(popup.style.position).toBe('fixed');
    expect(popup.style.getPropertyValue('--trigger-width')).toBe('80px');
    // Below the popup's top, to the viewport's bottom less its margin: 768 - 134 - 8.
    expect(popup.style.getPropertyValue('--available-height')).toBe('626px');
    expect(popup.style.getPropertyValue('--available-width')).toBe('1008px');
  });

  it('centres an unaligned side and aligns `end` with the trigger’s end edge', () => {
    anchor({ placement: 'top' });
    expect(at()).toEqual(['80px', '46px']);
    stops.pop()?.();
    anchor({ placement: 'bottom-end' });
    expect(at()).toEqual(['60px', '134px']);
  });

  it('flips to the opposite side when the preferred one has no room', () => {
    setBox(100, 700, 80, 30);
    anchor({ placement: 'bottom-start' });
    expect(popup).toHaveAttribute('data-placement', 'top-start');
    expect(at()).toEqual(['100px', '646px']);
    // Above the popup's bottom edge, less the margin: 700 - 4 - 8.
    expect(popup.style.getPropertyValue('--available-height')).toBe('688px');
  });

  it('does not flip with `flip: false`', () => {
    setBox(100, 700, 80, 30);
    anchor({ placement: 'bottom-start', flip: false });
    expect(popup).toHaveAttribute('data-placement', 'bottom-start');
  });

  it('keeps the side that overflows less when neither has room', () => {
    setSize(popup, 120, 500);
    setBox(100, 300, 80, 30);
    anchor({ placement: 'bottom' });
    // Below overflows by 74px, above by 212px: it stays below, and the room there is given.
    expect(popup).toHaveAttribute('data-placement', 'bottom');
    expect(popup.style.getPropertyValue('--available-height')).toBe('426px');
    stops.pop()?.();
    setBox(100, 500, 80, 30);
    anchor({ placement: 'bottom' });
    expect(popup).toHaveAttribute('data-placement', 'top');
  });

  it('slides along the trigger to stay a margin inside the viewport', () => {
    setBox(1000, 100, 20, 30);
    anchor({ placement: 'bottom-start' });
    expect(at()).toEqual([`${1024 - 8 - 120}px`, '134px']);
    expect(popup).toHaveAttribute('data-placement', 'bottom-start');
    stops.pop()?.();
    setBox(0, 100, 20, 30);
    anchor({ placement: 'bottom-end' });
    expect(at()).toEqual(['8px', '134px']);
    stops.pop()?.();
    setBox(100, 750, 80, 10);
    anchor({ placement: 'end' });
    expect(at()).toEqual(['184px', `${768 - 8 - 50}px`]);
  });

  it('mirrors logical sides and alignments in right-to-left, and gives the popup the trigger’s direction', () => {
    // jsdom computes no `direction` from `dir`: set the style anchorOverlay reads.
    trigger.style.direction = 'rtl';
    anchor({ placement: 'start' });
    expect(popup.dir).toBe('rtl');
    expect(popup).toHaveAttribute('data-placement', 'start');
    expect(at()).toEqual(['184px', '90px']);
    stops.pop()?.();
    anchor({ placement: 'bottom-start' });
    // The start edges are the right ones: 100 + 80 - 120.
    expect(at()).toEqual(['60px', '134px']);
    stops.pop()?.();
    setBox(900, 100, 80, 30);
    anchor({ placement: 'start-start' });
    // No room on the right (the start side in RTL): it flips to the end, on the left.
    expect(popup).toHaveAttribute('data-placement', 'end-start');
    expect(at()).toEqual(['776px', '100px']);
  });

  /** A 12px arrow inside the popup, whose 1px border leaves it a 118 × 48 inner box. */
  const arrowIn = (surface: HTMLElement) => {
    const arrow = surface.appendChild(document.createElement('div'));
    setSize(arrow, 12, 12);
    Object.defineProperty(surface, 'clientWidth', { configurable: true, value: 118 });
    Object.defineProperty(surface, 'clientHeight', { configurable: true, value: 48 });
    return arrow;
  };

  it('points an arrow at the trigger, on the side used after a flip', () => {
    const arrow = arrowIn(popup);
    setBox(100, 20, 80, 30);
    anchor({ placement: 'top', gap: 'space.3', arrow: overlayArrow(arrow) });
    expect(popup).toHaveAttribute('data-placement', 'bottom');
    expect(arrow).toHaveAttribute('data-placement', 'bottom');
    expect(at()).toEqual(['80px', '62px']);
    // The trigger's centre (140) less the popup's inner left edge (81) and half the arrow.
    expect(arrow.style.left).toBe('53px');
    expect(arrow.style.top).toBe('');
  });

  it('moves an aligned popup along a trigger too short for its arrow', () => {
    const arrow = arrowIn(popup);
    setBox(100, 300, 80, 10);
    anchor({ placement: 'end-start', gap: 'space.3', arrow: overlayArrow(arrow) });
    // 10 / 2 - 8 - 6 - 1 = -10: the popup rises 10px, and the arrow sits at the trigger's centre.
    expect(at()).toEqual(['192px', '290px']);
    expect(arrow.style.top).toBe('8px');
    expect(arrow).toHaveAttribute('data-placement', 'end-start');
  });

  it('follows the trigger when the page scrolls, and stops at cleanup', () => {
    anchor({ placement: 'bottom-start' });
    setBox(100, 60, 80, 30);
    document.dispatchEvent(new Event('scroll'));
    expect(at()).toEqual(['100px', '94px']);
    stops.pop()?.();
    setBox(100, 20, 80, 30);
    document.dispatchEvent(new Event('scroll'));
    expect(at()).toEqual(['100px', '94px']);
  });
});

describe('anchorOverlay with CSS anchor positioning', () => {
  beforeEach(() => {
    anchorPositioning.native = true;
  });
  afterEach(() => {
    anchorPositioning.native = undefined;
    document.body.replaceChildren();
  });
  const button = () => document.body.appendChild(document.createElement('button'));
  const popup = () => document.body.appendChild(document.createElement('div'));
  const anchorName = (trigger: HTMLElement) => trigger.style.getPropertyValue('anchor-name');

  it('names the trigger as an anchor while placed, the popup’s default anchor', () => {
    const trigger = button();
    const placed = popup();
    const stop = anchorOverlay(trigger, placed);
    expect(anchorName(trigger)).toMatch(/^--cal-anchor-\d+$/);
    expect(placed.style.getPropertyValue('position-anchor')).toBe(anchorName(trigger));
    stop();
    expect(anchorName(trigger)).toBe('');
  });

  it('keeps a shared name until the last overlay on the trigger closes, whichever closes first', () => {
    const trigger = button();
    const first = anchorOverlay(trigger, popup());
    const name = anchorName(trigger);
    const second = anchorOverlay(trigger, popup());
    // The first (a Tooltip) closes while the second (a Popover) stays open: the name stays.
    first();
    expect(anchorName(trigger)).toBe(name);
    const third = anchorOverlay(trigger, popup());
    second();
    expect(anchorName(trigger)).toBe(name);
    third();
    expect(anchorName(trigger)).toBe('');
  });

  it('leaves an anchor name the app gave the trigger as it is', () => {
    const trigger = button();
    trigger.style.setProperty('anchor-name', '--app-anchor');
    const placed = popup();
    const stop = anchorOverlay(trigger, placed);
    expect(placed.style.getPropertyValue('position-anchor')).toBe('--app-anchor');
    stop();
    expect(anchorName(trigger)).toBe('--app-anchor');
  });
});
