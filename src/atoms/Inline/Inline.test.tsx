import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { getStyleSheetText } from '../../theme/styleRegistry';
import { Inline } from './Inline';

describe('Inline', () => {
  describe('given no layout props', () => {
    it('is a wrapping row with the default gap and alignment', () => {
      render(<Inline data-testid="inline">Item</Inline>);
      const inline = screen.getByTestId('inline');
      expect(inline).toHaveAttribute('data-gap', '2');
      expect(inline).toHaveAttribute('data-align', 'center');
      expect(inline).toHaveAttribute('data-justify', 'start');
      expect(inline.className).toMatch(/cal-inline/);
      expect(getStyleSheetText()).toMatch(
        /\.cal-inline\{display:flex;flex-direction:row;flex-wrap:wrap;/,
      );
    });
  });

  describe('given layout and Box props', () => {
    it('maps them to data attributes', () => {
      render(
        <Inline data-testid="inline" gap="6" align="baseline" justify="between" padding="2" />,
      );
      const inline = screen.getByTestId('inline');
      expect(inline).toHaveAttribute('data-gap', '6');
      expect(inline).toHaveAttribute('data-align', 'baseline');
      expect(inline).toHaveAttribute('data-justify', 'between');
      expect(inline).toHaveAttribute('data-padding', '2');
    });
  });

  describe('given as="ul", native props and a ref', () => {
    it('renders a list, passes props through and reaches the element', async () => {
      const ref = createRef<HTMLElement>();
      const onClick = vi.fn();
      render(
        <Inline as="ul" ref={ref} aria-label="Tags" className="mine" onClick={onClick}>
          <li>One</li>
          <li>Two</li>
        </Inline>,
      );
      const list = screen.getByRole('list', { name: 'Tags' });
      expect(ref.current).toBe(list);
      expect(list).toHaveClass('mine');
      expect(screen.getAllByRole('listitem')).toHaveLength(2);
      await userEvent.click(screen.getByText('One'));
      expect(onClick).toHaveBeenCalledTimes(1);
    });
  });

  describe('given bad input', () => {
    it('reports a gap off the scale and still renders', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(<Inline gap={'9' as never}>Still here</Inline>);
      expect(screen.getByText('Still here')).toBeInTheDocument();
      expect(error).toHaveBeenCalledWith(
        expect.stringMatching(
          /^\[Callicrates\] Inline: `gap` takes a space scale key \(0, 1, .*\); "9" has no style\.$/,
        ),
      );
      error.mockRestore();
    });
  });

  describe('on the server', () => {
    it('renders with renderToString', () => {
      const html = renderToString(<Inline as="ul" gap="3" />);
      expect(html).toMatch(/^<ul [^>]+><\/ul>$/);
      expect(html).toMatch(/class="cal-box cal-inline"/);
      expect(html).toContain('data-gap="3" data-align="center" data-justify="start"');
    });
  });
});
