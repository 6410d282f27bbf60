import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { getStyleSheetText } from '../../theme/styleRegistry';
import { Stack } from './Stack';

describe('Stack', () => {
  describe('given no layout props', () => {
    it('writes no attribute for the defaults: the base rule is the default layout', () => {
      render(<Stack data-testid="stack">Item</Stack>);
      const stack = screen.getByTestId('stack');
      expect(stack).not.toHaveAttribute('data-direction-xs');
      expect(stack).not.toHaveAttribute('data-gap');
      expect(stack).not.toHaveAttribute('data-align');
      expect(stack).not.toHaveAttribute('data-justify');
      expect(stack).not.toHaveAttribute('data-wrap');
      expect(stack.className).toMatch(/cal-box cal-stack/);
      expect(getStyleSheetText()).toMatch(
        /\.cal-stack\{display:flex;flex-direction:column;min-inline-size:0;gap:var\(--cal-space-4\);align-items:stretch;justify-content:flex-start;\}/,
      );
    });

    it('writes none for the defaults given explicitly either', () => {
      render(
        <Stack data-testid="stack" direction="column" gap="4" align="stretch" justify="start" />,
      );
      const stack = screen.getByTestId('stack');
      expect(
        [...stack.attributes].filter((a) => a.name.startsWith('data-') && a.name !== 'data-testid'),
      ).toEqual([]);
    });
  });

  describe('given layout props', () => {
    it('maps each to its data attribute', () => {
      render(
        <Stack data-testid="stack" direction="row" gap="8" align="center" justify="between" wrap />,
      );
      const stack = screen.getByTestId('stack');
      expect(stack).toHaveAttribute('data-direction-xs', 'row');
      expect(stack).toHaveAttribute('data-gap', '8');
      expect(stack).toHaveAttribute('data-align', 'center');
      expect(stack).toHaveAttribute('data-justify', 'between');
      expect(stack).toHaveAttribute('data-wrap');
      expect(stack).not.toHaveAttribute('wrap');
      expect(stack).not.toHaveAttribute('direction');
    });

    it('writes a responsive direction per breakpoint, with media queries in the sheet', () => {
      render(<Stack data-testid="stack" direction={{ xs: 'column', md: 'row', xl: 'column' }} />);
      const stack = screen.getByTestId('stack');
      // The leading default (column) writes nothing; a return to it after a row does.
      expect(stack).not.toHaveAttribute('data-direction-xs');
      expect(stack).toHaveAttribute('data-direction-md', 'row');
      expect(stack).toHaveAttribute('data-direction-xl', 'column');
      expect(stack).not.toHaveAttribute('data-direction-sm');
      expect(getStyleSheetText()).toMatch(
        /@media \(min-width: ?768px\)\{[^@]*\[data-direction-md='row'\]\{flex-direction:row;\}/,
      );
    });

    it('takes Box props too', () => {
      render(<Stack data-testid="stack" padding="4" background="surface" />);
      expect(screen.getByTestId('stack')).toHaveAttribute('data-padding', '4');
      expect(screen.getByTestId('stack')).toHaveAttribute('data-background', 'surface');
    });
  });

  describe('given dividers', () => {
    it('inserts a decorative divider between each pair of items, skipping empty ones', () => {
      render(
        <Stack data-testid="stack" dividers>
          <span>One</span>
          {null}
          {false}
          <span>Two</span>
          <span>Three</span>
        </Stack>,
      );
      const stack = screen.getByTestId('stack');
      const parts = [...stack.children].map((child) =>
        child.tagName === 'HR' ? 'divider' : child.textContent,
      );
      expect(parts).toEqual(['One', 'divider', 'Two', 'divider', 'Three']);
      expect(screen.queryAllByRole('separator')).toHaveLength(0);
      expect(stack.querySelector('hr')).toHaveAttribute('aria-hidden', 'true');
      expect(stack.querySelector('hr')).toHaveAttribute('data-part', 'divider');
    });

    it('renders them as list items in a list, which keeps only the real items', () => {
      render(
        <Stack as="ul" dividers aria-label="Files">
          <li>a.pdf</li>
          <li>b.pdf</li>
        </Stack>,
      );
      const list = screen.getByRole('list', { name: 'Files' });
      expect(list.children).toHaveLength(3);
      expect(list.children[1]?.tagName).toBe('LI');
      expect(screen.getAllByRole('listitem')).toHaveLength(2);
    });

    it('keeps the state of keyed items when an item is added', async () => {
      const { rerender } = render(
        <Stack dividers>
          <input key="a" aria-label="Name" />
        </Stack>,
      );
      await userEvent.type(screen.getByRole('textbox', { name: 'Name' }), 'Ada');
      rerender(
        <Stack dividers>
          <span key="z">First now</span>
          <input key="a" aria-label="Name" />
        </Stack>,
      );
      expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Ada');
    });
  });

  describe('given native props and a ref', () => {
    it('passes them through and reaches the element', async () => {
      const ref = createRef<HTMLElement>();
      const onClick = vi.fn();
      render(
        <Stack ref={ref} as="nav" aria-label="Steps" className="mine" onClick={onClick}>
          Step
        </Stack>,
      );
      const nav = screen.getByRole('navigation', { name: 'Steps' });
      expect(ref.current).toBe(nav);
      expect(nav).toHaveClass('mine');
      await userEvent.click(nav);
      expect(onClick).toHaveBeenCalledTimes(1);
    });
  });

  describe('given bad input', () => {
    it('reports a gap off the scale and still renders', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(<Stack data-testid="stack" gap={'7' as never} />);
      expect(screen.getByTestId('stack')).toBeInTheDocument();
      expect(error).toHaveBeenCalledWith(
        expect.stringMatching(/^\[Callicrates\] Stack: `gap` is "7", which is not one of "0", /),
      );
      error.mockRestore();
    });
  });

  describe('on the server', () => {
    it('renders with renderToString', () => {
      const html = renderToString(
        <Stack direction={{ xs: 'column', lg: 'row' }} dividers>
          <span>A</span>
          <span>B</span>
        </Stack>,
      );
      expect(html).not.toContain('data-direction-xs');
      expect(html).toContain('data-direction-lg="row"');
      expect(html).toMatch(/<span>A<\/span><hr [^>]*aria-hidden="true"[^>]*\/><span>B<\/span>/);
    });
  });
});
