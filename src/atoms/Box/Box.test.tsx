import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { getStyleSheetText } from '../../theme/styleRegistry';
import { Box, boxElements } from './Box';
import { spaceKeys } from './Box.styles';

describe('Box', () => {
  describe('given no props', () => {
    it('renders a div with the static class and no style attribute', () => {
      render(<Box data-testid="box">Content</Box>);
      const box = screen.getByTestId('box');
      expect(box.tagName).toBe('DIV');
      expect(box.className).toMatch(/^cal-box$/);
      expect(box).not.toHaveAttribute('style');
      expect(
        [...box.attributes].filter((a) => a.name.startsWith('data-') && a.name !== 'data-testid'),
      ).toEqual([]);
    });
  });

  describe('given style props', () => {
    it('writes each one as a data attribute', () => {
      render(
        <Box
          data-testid="box"
          padding="4"
          paddingInline="6"
          paddingBlock="2"
          margin="0"
          marginInline="8"
          marginBlock="24"
          background="surface"
          color="secondary"
          radius="md"
          elevation="sm"
          border="subtle"
        />,
      );
      const box = screen.getByTestId('box');
      expect(box).toHaveAttribute('data-padding', '4');
      expect(box).toHaveAttribute('data-padding-inline', '6');
      expect(box).toHaveAttribute('data-padding-block', '2');
      expect(box).toHaveAttribute('data-margin', '0');
      expect(box).toHaveAttribute('data-margin-inline', '8');
      expect(box).toHaveAttribute('data-margin-block', '24');
      expect(box).toHaveAttribute('data-background', 'surface');
      expect(box).toHaveAttribute('data-color', 'secondary');
      expect(box).toHaveAttribute('data-radius', 'md');
      expect(box).toHaveAttribute('data-elevation', 'sm');
      expect(box).toHaveAttribute('data-border', 'subtle');
      // Props are consumed, never leaked as unknown DOM attributes.
      expect(box).not.toHaveAttribute('padding');
      expect(box).not.toHaveAttribute('color');
      expect(box).not.toHaveAttribute('border');
    });

    it('has a static rule that maps every value to its token', () => {
      const sheet = getStyleSheetText();
      for (const key of spaceKeys) {
        expect(sheet).toContain(`[data-padding='${key}']{padding:var(--cal-space-${key});}`);
        expect(sheet).toContain(
          `[data-margin-inline='${key}']{margin-inline:var(--cal-space-${key});}`,
        );
      }
      expect(sheet).toContain(
        `[data-background='raised']{background-color:var(--cal-color-bg-raised);}`,
      );
      expect(sheet).toContain(`[data-color='inverse']{color:var(--cal-color-text-inverse);}`);
      expect(sheet).toContain(`[data-radius='full']{border-radius:var(--cal-radius-full);}`);
      expect(sheet).toContain(`[data-elevation='lg']{box-shadow:var(--cal-elevation-lg);}`);
    });

    it('orders axis rules after the shorthand, so paddingInline wins over padding', () => {
      const sheet = getStyleSheetText();
      expect(sheet.indexOf("[data-padding-inline='0']")).toBeGreaterThan(
        sheet.indexOf("[data-padding='24']"),
      );
      expect(sheet.indexOf("[data-margin-block='0']")).toBeGreaterThan(
        sheet.indexOf("[data-margin='24']"),
      );
    });
  });

  describe('given a value outside the token scale', () => {
    it('reports it once with devError and still renders', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      // @ts-expect-error 7 is not on the space scale (6, then 8)
      render(<Box data-testid="box" padding="7" background="surface" />);
      render(<Box padding={'7' as never} />);
      expect(screen.getByTestId('box')).toHaveAttribute('data-padding', '7');
      expect(error).toHaveBeenCalledTimes(1);
      expect(error.mock.calls[0]?.[0]).toMatch(
        /^\[Callicrates\] Box: `padding` is "7", which is not one of "0", "1", .*"24"\.$/,
      );
      error.mockRestore();
    });

    it('takes a number whose string is a key, as its attribute matches the rule', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(<Box data-testid="box" padding={4 as never} />);
      expect(screen.getByTestId('box')).toHaveAttribute('data-padding', '4');
      expect(error).not.toHaveBeenCalled();
      error.mockRestore();
    });
  });

  describe('given `as`', () => {
    const tags = boxElements.filter((tag) => tag !== 'div');
    it.each(tags)('renders a <%s>', (tag) => {
      render(<Box as={tag} data-testid="box" />);
      expect(screen.getByTestId('box').tagName).toBe(tag.toUpperCase());
    });

    it('keeps landmark semantics: a nav with a label is a navigation region', () => {
      render(<Box as="nav" aria-label="Breadcrumbs" />);
      expect(screen.getByRole('navigation', { name: 'Breadcrumbs' })).toBeInTheDocument();
    });
  });

  describe('given native props', () => {
    it('passes them through, merges className and forwards events', async () => {
      const onClick = vi.fn();
      render(
        <Box
          as="section"
          aria-label="Summary"
          id="summary"
          className="mine"
          title="Tip"
          tabIndex={-1}
          style={{ gridArea: 'main' }}
          onClick={onClick}
        >
          Text
        </Box>,
      );
      const box = screen.getByRole('region', { name: 'Summary' });
      expect(box).toHaveAttribute('id', 'summary');
      expect(box).toHaveAttribute('title', 'Tip');
      expect(box).toHaveClass('mine');
      expect(box.className).toMatch(/cal-box/);
      expect(box.style.gridArea).toBe('main');
      await userEvent.click(box);
      expect(onClick).toHaveBeenCalledTimes(1);
    });

    it('lets our attributes win over a caller data attribute of the same name', () => {
      render(<Box data-testid="box" padding="2" {...{ 'data-padding': '99' }} />);
      expect(screen.getByTestId('box')).toHaveAttribute('data-padding', '2');
    });
  });

  describe('given a ref', () => {
    it('reaches the native element of the chosen tag', () => {
      const ref = createRef<HTMLElement>();
      render(<Box as="ul" ref={ref} />);
      expect(ref.current).toBeInstanceOf(HTMLUListElement);
      const focusRef = createRef<HTMLElement>();
      render(<Box ref={focusRef} tabIndex={-1} aria-label="Panel" role="group" />);
      focusRef.current?.focus();
      expect(screen.getByRole('group', { name: 'Panel' })).toHaveFocus();
    });
  });

  describe('on the server', () => {
    it('renders the same attributes with renderToString', () => {
      const html = renderToString(
        <Box as="article" padding="4" background="inverse">
          Hello
        </Box>,
      );
      expect(html).toMatch(
        /^<article class="cal-box" data-padding="4" data-background="inverse">Hello<\/article>$/,
      );
    });
  });
});
