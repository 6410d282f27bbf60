import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { getStyleSheetText } from '../../theme/styleRegistry';
import type { TypographyRole } from '../../tokens';
import { Text } from './Text';

const roles: TypographyRole[] = [
  'display',
  'headline',
  'title',
  'body',
  'body-sm',
  'label',
  'label-sm',
  'label-lg',
  'caption',
  'code',
];

describe('Text', () => {
  describe('given only children', () => {
    it('renders a <p> in the body role, inheriting its colour, with no default attributes', () => {
      render(<Text>Hello</Text>);
      const text = screen.getByText('Hello');
      expect(text.tagName).toBe('P');
      expect(text).not.toHaveAttribute('data-variant');
      expect(text).not.toHaveAttribute('data-color');
      expect(text).not.toHaveAttribute('data-truncate');
      expect(text.className).toMatch(/cal-text/);
    });
  });

  describe('given a variant', () => {
    it.each(roles.filter((role) => role !== 'body'))(
      'writes the %s role as data-variant',
      (role) => {
        render(<Text variant={role}>{role}</Text>);
        expect(screen.getByText(role)).toHaveAttribute('data-variant', role);
      },
    );

    it('writes no data-variant for the default body role, even when given', () => {
      render(<Text variant="body">Body</Text>);
      expect(screen.getByText('Body')).not.toHaveAttribute('data-variant');
    });

    it('has no attribute rule for body: the base rule is body text', () => {
      const sheet = getStyleSheetText();
      expect(sheet).not.toContain("[data-variant='body']");
      expect(sheet).toContain("[data-variant='body-sm']");
    });
  });

  describe('given `as`, independent of the look', () => {
    it('renders the chosen element with the chosen role', () => {
      render(
        <ul>
          <Text as="li" variant="title">
            Item
          </Text>
        </ul>,
      );
      const item = screen.getByRole('listitem');
      expect(item).toHaveTextContent('Item');
      expect(item).toHaveAttribute('data-variant', 'title');
    });

    it('as="label" labels a control through htmlFor', () => {
      render(
        <>
          <Text as="label" htmlFor="email" variant="label">
            Email
          </Text>
          <input id="email" />
        </>,
      );
      expect(screen.getByRole('textbox', { name: 'Email' })).toBeInTheDocument();
    });

    it('as="strong" keeps its emphasis semantics', () => {
      render(
        <Text>
          Read <Text as="strong">this</Text> first
        </Text>,
      );
      expect(screen.getByText('this').tagName).toBe('STRONG');
    });
  });

  describe('given colour, weight and alignment', () => {
    it('writes them as data attributes', () => {
      render(
        <Text color="error" weight="bold" align="end">
          Failed
        </Text>,
      );
      const text = screen.getByText('Failed');
      expect(text).toHaveAttribute('data-color', 'error');
      expect(text).toHaveAttribute('data-weight', 'bold');
      expect(text).toHaveAttribute('data-align', 'end');
    });
  });

  describe('when truncated with maxLines', () => {
    const long = 'A sentence long enough to need more than two lines in a narrow column of text.';

    it('keeps the full text in the DOM and in the accessible name, and sets the line count', () => {
      render(
        <a href="#x">
          <Text as="span" maxLines={2}>
            {long}
          </Text>
        </a>,
      );
      expect(screen.getByRole('link', { name: long })).toBeInTheDocument();
      const text = screen.getByText(long);
      expect(text).toHaveTextContent(long);
      expect(text).toHaveAttribute('data-truncate');
      expect(text.style.getPropertyValue('--_max-lines')).toBe('2');
    });

    it('shows a string child as a title tooltip, unless the caller gives one', () => {
      render(<Text maxLines={1}>{long}</Text>);
      expect(screen.getByText(long)).toHaveAttribute('title', long);
      render(
        <Text maxLines={1} title="Custom">
          Other text
        </Text>,
      );
      expect(screen.getByText('Other text')).toHaveAttribute('title', 'Custom');
    });

    it('adds no title for element children, and none without maxLines', () => {
      render(
        <Text maxLines={1}>
          <span>Nested</span>
        </Text>,
      );
      expect(screen.getByText('Nested').parentElement).not.toHaveAttribute('title');
      render(<Text>Plain</Text>);
      expect(screen.getByText('Plain')).not.toHaveAttribute('title');
    });

    it('keeps the caller style alongside the line count', () => {
      render(
        <Text maxLines={3} style={{ maxInlineSize: '10ch' }}>
          Styled
        </Text>,
      );
      const text = screen.getByText('Styled');
      expect(text.style.maxInlineSize).toBe('10ch');
      expect(text.style.getPropertyValue('--_max-lines')).toBe('3');
    });
  });

  describe('given native props and a ref', () => {
    it('passes them through, merges className and forwards the ref', () => {
      const ref = createRef<HTMLElement>();
      render(
        <Text ref={ref} as="span" id="t" lang="el" className="mine" data-testid="t">
          Γειά
        </Text>,
      );
      const text = screen.getByTestId('t');
      expect(ref.current).toBe(text);
      expect(text).toBeInstanceOf(HTMLSpanElement);
      expect(text).toHaveAttribute('lang', 'el');
      expect(text).toHaveClass('mine');
      expect(text.className).toMatch(/cal-/);
    });
  });

  describe('given bad input', () => {
    it.each([0, -1, 1.5, Number.NaN])(
      'reports maxLines=%s in development and renders without truncation',
      (maxLines) => {
        const error = vi.spyOn(console, 'error').mockImplementation(() => {});
        render(<Text maxLines={maxLines}>Still here</Text>);
        const text = screen.getByText('Still here');
        expect(text).not.toHaveAttribute('data-truncate');
        expect(error).toHaveBeenCalledWith(
          expect.stringContaining('[Callicrates] Text: `maxLines` must be a whole number'),
        );
        error.mockRestore();
      },
    );
  });

  describe('on the server', () => {
    it('renders to a string with its element, class and attributes', () => {
      const html = renderToString(
        <Text as="span" variant="caption" maxLines={2}>
          Server
        </Text>,
      );
      expect(html).toMatch(/^<span[^>]*class="cal-text"/);
      expect(html).toContain('data-variant="caption"');
      expect(html).toContain('--_max-lines:2');
      expect(html).toContain('title="Server"');
    });

    it('renders body text with no data attributes', () => {
      const html = renderToString(<Text>Plain</Text>);
      expect(html).toMatch(/^<p class="cal-text">Plain<\/p>$/);
    });
  });
});
