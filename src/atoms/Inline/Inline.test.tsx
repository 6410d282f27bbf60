import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { getStyleSheetText } from '../../theme/styleRegistry';
import { Inline } from './Inline';

describe('Inline', () => {
  describe('given no layout props', () => {
    it('is a wrapping row with the default gap and alignment, written as no attribute', () => {
      render(<Inline data-testid="inline">Item</Inline>);
      const inline = screen.getByTestId('inline');
      expect(inline).not.toHaveAttribute('data-gap');
      expect(inline).not.toHaveAttribute('data-align');
      expect(inline).not.toHaveAttribute('data-justify');
      expect(inline.className).toMatch(/cal-inline/);
      expect(getStyleSheetText()).toMatch(
        /\.cal-inline\{display:flex;flex-direction:row;flex-wrap:wrap;min-inline-size:0;gap:var\(--cal-space-2\);align-items:center;justify-content:flex-start;\}/,
      );
    });

    it('writes none for the defaults given explicitly, and keeps rules for the others', () => {
      render(<Inline data-testid="inline" gap="2" align="center" justify="start" />);
      const inline = screen.getByTestId('inline');
      expect(inline).not.toHaveAttribute('data-gap');
      expect(inline).not.toHaveAttribute('data-align');
      expect(inline).not.toHaveAttribute('data-justify');
      const sheet = getStyleSheetText();
      const rules = sheet.slice(sheet.indexOf('-inline{'));
      // Stack's default (stretch) is a departure for Inline, and Inline's (center) for Stack.
      expect(rules).toMatch(/^[^@]*?-inline\[data-align='stretch'\]\{align-items:stretch;\}/);
      expect(rules).not.toMatch(/-inline\[data-align='center'\]/);
      expect(rules).not.toMatch(/-inline\[data-gap='2'\]/);
      expect(sheet).toMatch(/-stack\[data-align='center'\]\{align-items:center;\}/);
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
          /^\[Callicrates\] Inline: `gap` is "9", which is not one of "0", "1", .*"24"\.$/,
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
      expect(html).toContain('data-gap="3"');
      expect(html).not.toContain('data-align');
      expect(html).not.toContain('data-justify');
    });
  });
});
