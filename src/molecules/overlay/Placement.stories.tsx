import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import { RightToLeftBlock, withoutAnchorPositioning } from '../../../.storybook/stories';
import { Button } from '../../atoms/Button';
import { cssVar, cssVarName } from '../../tokens';
import { overlayArrow } from './overlayArrow';
import { anchorOverlay, anchorPositioning, type OverlayPlacement } from './placement';

/*
 * The overlay layer's placement helper in a real browser (jsdom cannot lay out): a
 * `popover="manual"` element, shown in the top layer, anchored to a Button with
 * anchorOverlay. Popover, Tooltip, Select, Combobox and Menu build on exactly this. Chromium
 * has CSS anchor positioning; the `Fallback…` stories switch it off (`anchorPositioning`) to
 * run the placement older browsers of the support policy get, on the same checks.
 */

interface AnchoredProps {
  placement: OverlayPlacement;
  label: string;
  triggerStyle?: CSSProperties;
  /** Extra styles for the popup (a width, a height). */
  style?: CSSProperties;
  /** Draws an arrow on the popup's inline-start edge (enough to measure where it is put). */
  arrow?: boolean;
  /** The popup's content; says where it was placed by default. */
  children?: ReactNode;
}

const popupStyle: CSSProperties = {
  padding: cssVar('space.2'),
  border: `${cssVar('border.width.thin')} solid ${cssVar('color.border.subtle')}`,
  borderRadius: cssVar('radius.md'),
  background: cssVar('color.bg.raised'),
  color: cssVar('color.text.primary'),
  boxShadow: cssVar('elevation.md'),
  minInlineSize: 'var(--trigger-width)',
  boxSizing: 'border-box',
};

/** A square turned 45°, half of it past the popup's inline-start edge (an `end` side). */
const arrowStyle: CSSProperties = {
  position: 'absolute',
  insetInlineStart: `calc(${cssVar('space.3')} / -2)`,
  inlineSize: cssVar('space.3'),
  blockSize: cssVar('space.3'),
  background: cssVar('color.border.strong'),
  transform: 'rotate(45deg)',
};

function Anchored({
  placement,
  label,
  triggerStyle,
  style,
  arrow = false,
  children,
}: AnchoredProps) {
  const trigger = useRef<HTMLButtonElement>(null);
  const popup = useRef<HTMLDivElement>(null);
  const arrowRef = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const reference = trigger.current;
    const floating = popup.current;
    const arrowElement = arrowRef.current;
    if (!reference || !floating) return;
    floating.showPopover();
    const stop = anchorOverlay(reference, floating, {
      placement,
      gap: arrow ? 'space.3' : 'space.1',
      arrow: arrowElement && overlayArrow(arrowElement),
    });
    return () => {
      stop();
      floating.hidePopover();
    };
  }, [placement, arrow]);
  return (
    <>
      <Button ref={trigger} style={triggerStyle}>
        {label}
      </Button>
      <div
        ref={popup}
        popover="manual"
        role="note"
        aria-label={`${label} popup`}
        style={{ ...popupStyle, ...style }}
      >
        {children ?? `Placed ${placement}`}
        {arrow ? <span ref={arrowRef} data-part="arrow" style={arrowStyle} /> : null}
      </div>
    </>
  );
}

const meta = {
  title: 'Internal/Overlay placement',
  component: Anchored,
  parameters: {
    design: figmaDesign('Overlay placement'),
    docs: {
      description: {
        component:
          'Not a public component: the overlay layer’s `anchorOverlay` (CSS anchor positioning where the browser has it, else viewport pixels from the same reads of the two boxes), tested in Chromium, both ways. Logical sides mirror in RTL, `flip` moves a popup that has no room, and the popup gets the trigger’s width as `--trigger-width`.',
      },
    },
  },
} satisfies Meta<typeof Anchored>;

export default meta;
type Story = StoryObj<typeof meta>;

const page = () => within(document.body);

/**
 * How the popup was placed: against its trigger with CSS anchor positioning (`anchor()` in its
 * `left`/`top`, an `anchor-name` on the trigger), or, with `anchorPositioning.native` off, by
 * viewport pixels alone.
 */
const expectPlacedBy = async (popup: HTMLElement, trigger: HTMLElement) => {
  const native = anchorPositioning.native !== false;
  await expect(popup.style.left.includes('anchor(')).toBe(native);
  await expect(popup.style.top.includes('anchor(')).toBe(native);
  await expect(trigger.style.getPropertyValue('anchor-name') !== '').toBe(native);
};
const rects = async (label: string) => {
  const popup = await page().findByRole('note', { name: `${label} popup` });
  const trigger = page().getByRole('button', { name: label });
  return { popup, trigger };
};

/** `bottom-start`: below the trigger, start edges aligned, at least as wide as the trigger. */
export const BottomStart: Story = {
  args: { placement: 'bottom-start', label: 'A wide trigger button' },
  play: async ({ args }) => {
    const { popup, trigger } = await rects(args.label);
    await waitFor(() => expect(popup).toHaveAttribute('data-placement', 'bottom-start'));
    // The first story of the file can run while Inter is still loading: the trigger then
    // narrows after the first placement, and the overlay follows a frame later. Wait for
    // it to settle on the trigger's final width; the checks below are unchanged.
    await document.fonts.ready;
    await waitFor(() =>
      expect(popup.style.getPropertyValue('--trigger-width')).toBe(
        `${trigger.getBoundingClientRect().width}px`,
      ),
    );
    const t = trigger.getBoundingClientRect();
    const p = popup.getBoundingClientRect();
    await expect(p.top).toBeGreaterThanOrEqual(t.bottom);
    await expect(Math.round(p.left)).toBe(Math.round(t.left));
    await expect(popup.style.getPropertyValue('--trigger-width')).toBe(`${t.width}px`);
    await expect(p.width).toBeGreaterThanOrEqual(t.width - 1);
    await expectPlacedBy(popup, trigger);
  },
};

/** `end` in a right-to-left block: the end side is the left. */
export const EndInRightToLeft: Story = {
  args: { placement: 'end', label: 'القائمة' },
  render: (args) => (
    <RightToLeftBlock style={{ display: 'flex', justifyContent: 'center' }}>
      <Anchored {...args} />
    </RightToLeftBlock>
  ),
  play: async ({ args }) => {
    const { popup, trigger } = await rects(args.label);
    await waitFor(() => expect(popup).toHaveAttribute('data-placement', 'end'));
    await expect(getComputedStyle(popup).direction).toBe('rtl');
    await expect(popup.getBoundingClientRect().right).toBeLessThanOrEqual(
      trigger.getBoundingClientRect().left,
    );
  },
};

/** `bottom` with no room below (the trigger sits at the viewport's bottom): it flips to `top`. */
export const FlipsWhenNoRoom: Story = {
  args: {
    placement: 'bottom',
    label: 'At the bottom',
    triggerStyle: { position: 'fixed', insetBlockEnd: 0, insetInlineStart: cssVar('space.4') },
  },
  play: async ({ args }) => {
    const { popup, trigger } = await rects(args.label);
    await waitFor(() => expect(popup).toHaveAttribute('data-placement', 'top'));
    await expect(popup.getBoundingClientRect().bottom).toBeLessThanOrEqual(
      trigger.getBoundingClientRect().top,
    );
  },
  parameters: {
    visual: {
      disable: true,
      reason: 'The trigger is fixed to the viewport bottom, outside the photographed canvas.',
    },
  },
};

/**
 * No room on the inline end: a `bottom-start` popup wider than what is left slides back
 * along the trigger's edge (`shift`) and stays `bottom-start`, a padding (`space.2`) away
 * from the viewport's edge.
 */
export const ShiftsAlongItsEdge: Story = {
  args: {
    placement: 'bottom-start',
    label: 'At the end',
    style: { inlineSize: `calc(3 * ${cssVar('size.24')})` },
  },
  render: (args) => (
    <div style={{ display: 'flex', justifyContent: 'flex-end' }}>
      <Anchored {...args} />
    </div>
  ),
  play: async ({ args }) => {
    const { popup, trigger } = await rects(args.label);
    const padding = Number.parseFloat(
      getComputedStyle(popup).getPropertyValue(cssVarName('space.2')),
    );
    await waitFor(() =>
      expect(Math.round(popup.getBoundingClientRect().right)).toBe(
        Math.round(document.documentElement.clientWidth - padding),
      ),
    );
    await expect(popup).toHaveAttribute('data-placement', 'bottom-start');
    await expect(popup.getBoundingClientRect().left).toBeLessThan(
      trigger.getBoundingClientRect().left,
    );
    await expect(popup.getBoundingClientRect().top).toBeGreaterThanOrEqual(
      trigger.getBoundingClientRect().bottom,
    );
  },
};

/**
 * Neither side has room for a popup taller than the viewport: it takes the side with more
 * room (here above, the trigger sitting low), and `--available-height` gives the room left
 * there, so a `max-block-size` keeps it inside the viewport.
 */
export const NeitherSideFits: Story = {
  args: {
    placement: 'bottom',
    label: 'Low in the page',
    triggerStyle: { position: 'fixed', insetBlockEnd: cssVar('size.24'), insetInlineStart: 0 },
    style: { maxBlockSize: 'var(--available-height)', overflow: 'auto' },
    children: (
      <div style={{ blockSize: '150vh' }}>A popup taller than the viewport, scrolling inside.</div>
    ),
  },
  play: async ({ args }) => {
    const { popup, trigger } = await rects(args.label);
    await waitFor(() => expect(popup).toHaveAttribute('data-placement', 'top'));
    const t = trigger.getBoundingClientRect();
    await waitFor(() =>
      expect(popup.getBoundingClientRect().bottom).toBeLessThanOrEqual(t.top + 0.5),
    );
    await expect(popup.getBoundingClientRect().top).toBeGreaterThanOrEqual(0);
    const room = Number.parseFloat(popup.style.getPropertyValue('--available-height'));
    await expect(Math.round(popup.getBoundingClientRect().height)).toBe(Math.round(room));
  },
  parameters: {
    visual: {
      disable: true,
      reason: 'The trigger is fixed near the viewport bottom, outside the photographed canvas.',
    },
  },
};

/**
 * An aligned arrow on a trigger shorter than the arrow and its corner padding: the popup
 * moves along the trigger so the arrow still points at the trigger's centre.
 */
export const ArrowOnAShortTrigger: Story = {
  args: {
    placement: 'end-start',
    label: 'Short',
    arrow: true,
    triggerStyle: { blockSize: cssVar('size.4'), minBlockSize: 0, paddingBlock: 0 },
  },
  render: (args) => (
    <div style={{ paddingBlock: cssVar('space.4') }}>
      <Anchored {...args} />
    </div>
  ),
  play: async ({ args }) => {
    const { popup, trigger } = await rects(args.label);
    const arrow = popup.querySelector<HTMLElement>('[data-part="arrow"]')!;
    await waitFor(() => expect(arrow).toHaveAttribute('data-placement', 'end-start'));
    const t = trigger.getBoundingClientRect();
    await expect(t.height).toBeLessThan(28);
    const a = arrow.getBoundingClientRect();
    await expect(Math.abs(a.top + a.height / 2 - (t.top + t.height / 2))).toBeLessThan(1);
    await expect(popup.getBoundingClientRect().top).toBeLessThan(t.top);
  },
};

/**
 * A trigger in a box moved by a transform (a toolbar centred with `translate`): the popup
 * opens under the trigger where it shows, not where its layout box would be without the
 * transform.
 */
export const UnderATransform: Story = {
  args: { placement: 'bottom-start', label: 'Moved by a transform' },
  render: (args) => (
    <div style={{ transform: `translateX(${cssVar('size.12')})` }}>
      <Anchored {...args} />
    </div>
  ),
  play: async ({ args }) => {
    const { popup, trigger } = await rects(args.label);
    await waitFor(() => expect(popup).toHaveAttribute('data-placement', 'bottom-start'));
    await waitFor(() =>
      expect(popup.getBoundingClientRect().left).toBeCloseTo(
        trigger.getBoundingClientRect().left,
        0,
      ),
    );
    await expect(popup.getBoundingClientRect().top).toBeGreaterThanOrEqual(
      trigger.getBoundingClientRect().bottom,
    );
  },
};

/**
 * Triggers and their popups inside a block with CSS `zoom: 2` (a page that zooms one region, or
 * an element-scoped ThemeProvider inside one): the popups are zoomed too, so anchorOverlay
 * measures in their own pixels. Each opens against its trigger, a gap at the zoom's scale away,
 * as wide as the trigger (`--trigger-width`), the arrow on the trigger's centre.
 */
export const InsideAZoom: Story = {
  args: { placement: 'end-start', label: 'Zoomed, with an arrow', arrow: true },
  render: (args) => (
    <div style={{ zoom: 2, display: 'grid', gap: cssVar('size.12'), justifyItems: 'start' }}>
      <Anchored placement="bottom-start" label="Zoomed" />
      <Anchored {...args} />
    </div>
  ),
  play: async ({ args }) => {
    const space = (token: 'space.1' | 'space.3', popup: HTMLElement) =>
      2 * Number.parseFloat(getComputedStyle(popup).getPropertyValue(cssVarName(token)));
    await document.fonts.ready;
    const below = await rects('Zoomed');
    await waitFor(() => {
      const t = below.trigger.getBoundingClientRect();
      const p = below.popup.getBoundingClientRect();
      expect(p.left).toBeCloseTo(t.left, 0);
      expect(p.top - t.bottom).toBeCloseTo(space('space.1', below.popup), 0);
      expect(p.width).toBeGreaterThanOrEqual(t.width - 1);
    });
    await expect(below.popup).toHaveAttribute('data-placement', 'bottom-start');

    const beside = await rects(args.label);
    const arrow = beside.popup.querySelector<HTMLElement>('[data-part="arrow"]')!;
    await waitFor(() => {
      const t = beside.trigger.getBoundingClientRect();
      const p = beside.popup.getBoundingClientRect();
      expect(p.left - t.right).toBeCloseTo(space('space.3', beside.popup), 0);
      expect(p.top).toBeCloseTo(t.top, 0);
      const a = arrow.getBoundingClientRect();
      expect(Math.abs(a.top + a.height / 2 - (t.top + t.height / 2))).toBeLessThan(1);
    });
    await expect(arrow).toHaveAttribute('data-placement', 'end-start');
  },
};

/** A popup that follows its trigger: a scrolling box, content added above, a wider trigger. */
function Following() {
  const [banner, setBanner] = useState(false);
  const [label, setLabel] = useState('Follow me');
  return (
    <div style={{ display: 'grid', gap: cssVar('space.3'), justifyItems: 'start' }}>
      <div style={{ display: 'flex', gap: cssVar('space.2') }}>
        <Button variant="secondary" onClick={() => setBanner(true)}>
          Add a line above
        </Button>
        <Button variant="secondary" onClick={() => setLabel('Follow me, now much wider')}>
          Widen the trigger
        </Button>
      </div>
      {banner ? (
        <p style={{ margin: 0, blockSize: cssVar('size.12') }}>A line added above.</p>
      ) : null}
      <div
        data-testid="scroller"
        tabIndex={0}
        aria-label="Scrolling box"
        role="region"
        style={{
          blockSize: cssVar('size.24'),
          inlineSize: `calc(3 * ${cssVar('size.24')})`,
          overflow: 'auto',
          border: `${cssVar('border.width.thin')} solid ${cssVar('color.border.subtle')}`,
        }}
      >
        <div
          style={{ paddingBlock: cssVar('size.8'), blockSize: `calc(3 * ${cssVar('size.24')})` }}
        >
          <Anchored placement="end-start" label={label} />
        </div>
      </div>
    </div>
  );
}

/**
 * It follows its trigger when a scrolling ancestor scrolls, when content added above moves the
 * trigger, and when the trigger changes size (`--trigger-width` too).
 */
export const FollowsItsTrigger: Story = {
  args: { placement: 'end-start', label: 'Follow me' },
  render: () => <Following />,
  play: async ({ canvas }) => {
    const gapAfter = async (label: string) => {
      const { popup, trigger } = await rects(label);
      return popup.getBoundingClientRect().top - trigger.getBoundingClientRect().top;
    };
    const { popup } = await rects('Follow me');
    await waitFor(async () => expect(await gapAfter('Follow me')).toBeCloseTo(0, 0));
    const before = popup.getBoundingClientRect().top;

    canvas.getByTestId('scroller').scrollTop = 20;
    await waitFor(() => expect(popup.getBoundingClientRect().top).toBeCloseTo(before - 20, 0));

    await userEvent.click(canvas.getByRole('button', { name: 'Add a line above' }));
    await waitFor(async () => expect(await gapAfter('Follow me')).toBeCloseTo(0, 0));
    await expect(popup.getBoundingClientRect().top).toBeGreaterThan(before - 20);

    await userEvent.click(canvas.getByRole('button', { name: 'Widen the trigger' }));
    const wide = 'Follow me, now much wider';
    const widened = await rects(wide);
    await waitFor(() =>
      expect(widened.popup.style.getPropertyValue('--trigger-width')).toBe(
        `${widened.trigger.getBoundingClientRect().width}px`,
      ),
    );
    await waitFor(() =>
      expect(widened.popup.getBoundingClientRect().left).toBeGreaterThanOrEqual(
        widened.trigger.getBoundingClientRect().right,
      ),
    );
  },
};

/**
 * A story again in the fallback: CSS anchor positioning switched off for it, as in the
 * browsers of the support policy that lack it (Chrome 120–124, Firefox 125–146, Safari 17–25).
 * The same checks run, and then that the popups were placed by viewport pixels.
 */
function inFallback(story: Story): Story {
  return {
    ...story,
    beforeEach: withoutAnchorPositioning,
    play: async (context) => {
      await story.play?.(context);
      for (const popup of page().getAllByRole('note')) {
        const label = popup.getAttribute('aria-label')!.replace(/ popup$/, '');
        await expectPlacedBy(popup, page().getByRole('button', { name: label }));
      }
    },
  };
}

/** BottomStart without CSS anchor positioning. */
export const FallbackBottomStart = inFallback(BottomStart);
/** EndInRightToLeft without CSS anchor positioning. */
export const FallbackEndInRightToLeft = inFallback(EndInRightToLeft);
/** FlipsWhenNoRoom without CSS anchor positioning. */
export const FallbackFlipsWhenNoRoom = inFallback(FlipsWhenNoRoom);
/** ShiftsAlongItsEdge without CSS anchor positioning. */
export const FallbackShiftsAlongItsEdge = inFallback(ShiftsAlongItsEdge);
/** NeitherSideFits without CSS anchor positioning. */
export const FallbackNeitherSideFits = inFallback(NeitherSideFits);
/** ArrowOnAShortTrigger without CSS anchor positioning. */
export const FallbackArrowOnAShortTrigger = inFallback(ArrowOnAShortTrigger);
/** UnderATransform without CSS anchor positioning. */
export const FallbackUnderATransform = inFallback(UnderATransform);
/** InsideAZoom without CSS anchor positioning. */
export const FallbackInsideAZoom = inFallback(InsideAZoom);
/** FollowsItsTrigger without CSS anchor positioning. */
export const FallbackFollowsItsTrigger = inFallback(FollowsItsTrigger);
