import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getStyleSheetText } from '../../theme/styleRegistry';
import { Disclosure } from '.';
import { reducedMotionBlocks } from '../../test/reducedMotion';

afterEach(() => vi.restoreAllMocks());

const details = () => document.querySelector('details')!;
// Testing Library gives `<summary>` no role (browsers expose it as a disclosure button, and
// the stories check it in Chromium), so the button is found by its text.
const button = (name = 'Advanced options') => screen.getByText(name).closest('summary')!;

describe('Disclosure', () => {
  describe('given a title and content', () => {
    it('is a native details with a summary button, closed by default', () => {
      render(<Disclosure title="Advanced options">Proxy settings</Disclosure>);
      expect(details()).toHaveClass('cal-disclosure');
      expect(details().open).toBe(false);
      expect(button().tagName).toBe('SUMMARY');
      expect(details().querySelector('[data-part="content"]')).toHaveTextContent('Proxy settings');
    });

    it('opens at first with defaultOpen', () => {
      render(
        <Disclosure title="Advanced options" defaultOpen>
          Proxy settings
        </Disclosure>,
      );
      expect(details().open).toBe(true);
    });

    it('puts the title in a heading of the given level', () => {
      render(
        <Disclosure title="Shipping" headingLevel={3}>
          Body
        </Disclosure>,
      );
      expect(screen.getByRole('heading', { level: 3, name: 'Shipping' })).toHaveAttribute(
        'data-part',
        'title',
      );
    });
  });

  describe('with the mouse and keyboard (APG disclosure)', () => {
    it('toggles on click and reports it', async () => {
      const onOpenChange = vi.fn();
      render(
        <Disclosure title="Advanced options" onOpenChange={onOpenChange}>
          Body
        </Disclosure>,
      );
      await userEvent.click(button());
      expect(details().open).toBe(true);
      await userEvent.click(button());
      expect(details().open).toBe(false);
      expect(onOpenChange.mock.calls).toEqual([[true], [false]]);
    });

    it('is in the Tab order (Enter and Space are the browser’s: tested in the stories)', async () => {
      render(<Disclosure title="Advanced options">Body</Disclosure>);
      await userEvent.tab();
      expect(button()).toHaveFocus();
    });
  });

  describe('when controlled', () => {
    it('follows `open` and only asks to change it', async () => {
      const onOpenChange = vi.fn();
      const { rerender } = render(
        <Disclosure title="Advanced options" open={false} onOpenChange={onOpenChange}>
          Body
        </Disclosure>,
      );
      await userEvent.click(button());
      expect(onOpenChange).toHaveBeenCalledWith(true);
      expect(details().open).toBe(false);
      rerender(
        <Disclosure title="Advanced options" open onOpenChange={onOpenChange}>
          Body
        </Disclosure>,
      );
      expect(details().open).toBe(true);
    });

    it('works with state in the parent', async () => {
      function Parent() {
        const [open, setOpen] = useState(false);
        return (
          <>
            <Disclosure title="Advanced options" open={open} onOpenChange={setOpen}>
              Body
            </Disclosure>
            <output>{open ? 'open' : 'closed'}</output>
          </>
        );
      }
      render(<Parent />);
      await userEvent.click(button());
      expect(screen.getByRole('status')).toHaveTextContent('open');
      expect(details().open).toBe(true);
    });
  });

  describe('when the browser opens it itself (find-in-page, before hydration)', () => {
    it('reports the toggle and keeps the new state', async () => {
      const onOpenChange = vi.fn();
      const onToggle = vi.fn();
      render(
        <Disclosure title="Advanced options" onOpenChange={onOpenChange} onToggle={onToggle}>
          Body
        </Disclosure>,
      );
      await act(async () => {
        details().open = true;
        fireEvent(details(), new Event('toggle'));
      });
      expect(onOpenChange).toHaveBeenCalledWith(true);
      expect(onToggle).toHaveBeenCalled();
      expect(details().open).toBe(true);
    });

    it('sets the element back to a controlled value after the next render', () => {
      const { rerender } = render(
        <Disclosure title="Advanced options" open={false}>
          Body
        </Disclosure>,
      );
      details().open = true;
      rerender(
        <Disclosure title="Advanced options" open={false} className="again">
          Body
        </Disclosure>,
      );
      expect(details().open).toBe(false);
    });
  });

  describe('when disabled', () => {
    it('stays focusable, says it is disabled, and does not toggle', async () => {
      const onOpenChange = vi.fn();
      render(
        <Disclosure title="Advanced options" disabled onOpenChange={onOpenChange}>
          Body
        </Disclosure>,
      );
      expect(button()).toHaveAttribute('aria-disabled', 'true');
      expect(details()).toHaveAttribute('data-disabled');
      await userEvent.click(button());
      expect(details().open).toBe(false);
      expect(onOpenChange).not.toHaveBeenCalled();
    });
  });

  it('animates the height from the motion tokens, and not under reduced motion', () => {
    const sheet = getStyleSheetText();
    expect(sheet).toMatch(
      /\.cal-disclosure::details-content\{[^}]*transition:block-size var\(--cal-motion-duration-normal\)/,
    );
    expect(sheet).toMatch(/\.cal-disclosure\[open\]::details-content\{block-size:auto;\}/);
    expect(sheet).toMatch(/\.cal-disclosure\{[^}]*interpolate-size:allow-keywords/);
    const media = reducedMotionBlocks(sheet);
    expect(media.join('')).toContain('.cal-disclosure::details-content');
    expect(media.join('')).toMatch(/\.cal-disclosure::details-content,[^{]*\{transition:none;\}/);
  });

  it('forwards the ref to the details and passes native props, merging the class name', () => {
    const ref = createRef<HTMLDetailsElement>();
    render(
      <Disclosure ref={ref} title="T" id="d" className="mine" data-x="1">
        Body
      </Disclosure>,
    );
    expect(ref.current).toBe(details());
    expect(ref.current).toHaveAttribute('id', 'd');
    expect(ref.current).toHaveAttribute('data-x', '1');
    expect(ref.current).toHaveClass('cal-disclosure', 'mine');
  });

  it('reports a disclosure without a title, and still renders its content', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    // @ts-expect-error: untyped callers can omit it
    render(<Disclosure>Body</Disclosure>);
    expect(error).toHaveBeenCalledWith(expect.stringContaining('Disclosure: `title` is required'));
    expect(details()).toHaveTextContent('Body');
  });

  it('renders on the server, open or closed, with its content in the HTML', () => {
    const open = renderToString(
      <Disclosure title="Shipping" defaultOpen headingLevel={2}>
        Ships in 2 days
      </Disclosure>,
    );
    expect(open).toMatch(/<details[^>]* open=""/);
    expect(open).toContain('<h2 data-part="title">Shipping</h2>');
    const closed = renderToString(<Disclosure title="Shipping">Ships in 2 days</Disclosure>);
    expect(closed).not.toContain('open=""');
    expect(closed).toContain('Ships in 2 days');
  });
});
