import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useRef, type CSSProperties } from 'react';
import { expect, waitFor, within } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import { RightToLeftBlock } from '../../../.storybook/stories';
import { Button } from '../../atoms/Button';
import { cssVar } from '../../tokens';
import { anchorOverlay, type OverlayPlacement } from './placement';

/*
 * The overlay layer's placement helper in a real browser (jsdom cannot lay out): a
 * `popover="manual"` element, shown in the top layer, anchored to a Button with
 * anchorOverlay. Popover, Tooltip and Select build on exactly this.
 */

interface AnchoredProps {
  placement: OverlayPlacement;
  label: string;
  triggerStyle?: CSSProperties;
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

function Anchored({ placement, label, triggerStyle }: AnchoredProps) {
  const trigger = useRef<HTMLButtonElement>(null);
  const popup = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const reference = trigger.current;
    const floating = popup.current;
    if (!reference || !floating) return;
    floating.showPopover();
    const stop = anchorOverlay(reference, floating, { placement });
    return () => {
      stop();
      floating.hidePopover();
    };
  }, [placement]);
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
        style={popupStyle}
      >
        {`Placed ${placement}`}
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
          'Not a public component: the overlay layer’s `anchorOverlay` (on `@floating-ui/dom`), tested in Chromium. Logical sides mirror in RTL, `flip` moves a popup that has no room, and the popup gets the trigger’s width as `--trigger-width`.',
      },
    },
  },
} satisfies Meta<typeof Anchored>;

export default meta;
type Story = StoryObj<typeof meta>;

const page = () => within(document.body);
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
    const t = trigger.getBoundingClientRect();
    const p = popup.getBoundingClientRect();
    await expect(p.top).toBeGreaterThanOrEqual(t.bottom);
    await expect(Math.round(p.left)).toBe(Math.round(t.left));
    await expect(popup.style.getPropertyValue('--trigger-width')).toBe(`${t.width}px`);
    await expect(p.width).toBeGreaterThanOrEqual(t.width - 1);
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
