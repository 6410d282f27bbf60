import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { getStyleSheetText } from '../../theme/styleRegistry';
import { tokenRecords } from '../../tokens/generated/values';
import {
  breakpointMinWidths,
  breakpointNames,
  gridColumns,
  responsiveAttributes,
} from './breakpoints';
import { Grid, GridItem } from './Grid';

const token = (name: string) => tokenRecords.find((record) => record.name === name)?.value;

describe('breakpoints', () => {
  it('equal the grid.breakpoint.* tokens (a token change must change the constant)', () => {
    for (const name of breakpointNames) {
      expect(`${breakpointMinWidths[name]}px`).toBe(token(`grid.breakpoint.${name}`));
    }
    expect(
      tokenRecords.filter((record) => record.name.startsWith('grid.breakpoint.')),
    ).toHaveLength(breakpointNames.length);
  });

  it('the column counts equal the grid.columns.* tokens', () => {
    for (const name of breakpointNames) {
      expect(gridColumns[name]).toBe(token(`grid.columns.${name}`));
    }
  });

  it('spreads a responsive value into per-breakpoint attributes', () => {
    expect(responsiveAttributes('span', 6)).toEqual({ 'data-span-xs': '6' });
    expect(responsiveAttributes<number | string>('span', { md: 6, xs: 'full' })).toEqual({
      'data-span-xs': 'full',
      'data-span-md': '6',
    });
    expect(responsiveAttributes('span', undefined)).toEqual({});
  });

  it('leaves out the default from the smallest breakpoint up, until a value departs', () => {
    expect(responsiveAttributes('span', 1, 1)).toEqual({});
    expect(responsiveAttributes<number | string>('span', { xs: 1, sm: 1, md: 6 }, 1)).toEqual({
      'data-span-md': '6',
    });
    expect(responsiveAttributes<number | string>('span', { xs: 'full', md: 1 }, 1)).toEqual({
      'data-span-xs': 'full',
      'data-span-md': '1',
    });
    expect(responsiveAttributes('span', 6, 1)).toEqual({ 'data-span-xs': '6' });
  });
});

describe('Grid', () => {
  describe('given the style sheet', () => {
    it('takes the columns and gutter of each breakpoint from the tokens, in media queries', () => {
      const sheet = getStyleSheetText();
      expect(sheet).toMatch(
        /\.cal-grid\{display:grid;grid-template-columns:repeat\(var\(--_cols\), ?minmax\(0, ?1fr\)\);column-gap:var\(--_gutter\);row-gap:var\(--_gutter\);--_cols:var\(--cal-grid-columns-xs\);--_gutter:var\(--cal-grid-gutter-xs\);/,
      );
      for (const name of ['sm', 'md', 'lg', 'xl'] as const) {
        expect(sheet).toContain(`@media (min-width: ${breakpointMinWidths[name]}px){.cal-`);
        expect(sheet).toMatch(
          new RegExp(
            `@media \\(min-width: ${breakpointMinWidths[name]}px\\)\\{\\.cal-grid\\{--_cols:var\\(--cal-grid-columns-${name}\\);--_gutter:var\\(--cal-grid-gutter-${name}\\);\\}`,
          ),
        );
      }
    });

    it('has no xs rule for the defaults (span 1, start auto): the base rule holds them', () => {
      const sheet = getStyleSheetText();
      expect(sheet).toMatch(
        /\.cal-grid-item\{min-inline-size:0;overflow-wrap:anywhere;grid-column-end:span 1;\}/,
      );
      expect(sheet).not.toContain("[data-span-xs='1']");
      expect(sheet).not.toContain("[data-start-xs='auto']");
      expect(sheet).toContain("[data-span-md='1']{grid-column-end:span min(1, var(--_cols));}");
      expect(sheet).toContain("[data-start-md='auto']{grid-column-start:auto;}");
    });

    it('clamps spans to the column count and spans "full" over every column', () => {
      const sheet = getStyleSheetText();
      expect(sheet).toContain("[data-span-xs='8']{grid-column-end:span min(8, var(--_cols));}");
      expect(sheet).toMatch(
        /@media \(min-width: 768px\)\{[^@]*\[data-span-md='full'\]\{grid-column-end:span var\(--_cols\);\}/,
      );
      expect(sheet).toMatch(
        /@media \(min-width: 1280px\)\{[^@]*\[data-start-xl='12'\]\{grid-column-start:12;\}/,
      );
    });
  });

  describe('given rowGap, Box props and native props', () => {
    it('writes data attributes, passes props through and forwards the ref', () => {
      const ref = createRef<HTMLElement>();
      render(
        <Grid ref={ref} as="section" aria-label="Layout" rowGap="8" padding="2" className="mine" />,
      );
      const grid = screen.getByRole('region', { name: 'Layout' });
      expect(ref.current).toBe(grid);
      expect(grid).toHaveAttribute('data-row-gap', '8');
      expect(grid).toHaveAttribute('data-padding', '2');
      expect(grid).toHaveClass('mine');
      expect(grid.className).toMatch(/cal-box cal-grid mine/);
    });
  });
});

describe('GridItem', () => {
  describe('given a plain span and start', () => {
    it('applies them from the smallest breakpoint up', () => {
      render(<GridItem data-testid="item" span={6} start={3} />);
      const item = screen.getByTestId('item');
      expect(item).toHaveAttribute('data-span-xs', '6');
      expect(item).toHaveAttribute('data-start-xs', '3');
      expect(item).not.toHaveAttribute('span');
      expect(item).not.toHaveAttribute('start');
    });
  });

  describe('given the defaults', () => {
    it('writes no attribute for span 1 and start auto, given or not', () => {
      render(
        <>
          <GridItem data-testid="plain" />
          <GridItem data-testid="given" span={1} start="auto" />
          <GridItem data-testid="leading" span={{ xs: 1, md: 6 }} start={{ xs: 'auto', lg: 2 }} />
        </>,
      );
      for (const id of ['plain', 'given']) {
        const item = screen.getByTestId(id);
        expect(
          [...item.attributes].filter(
            (a) => a.name.startsWith('data-') && a.name !== 'data-testid',
          ),
        ).toEqual([]);
      }
      const leading = screen.getByTestId('leading');
      expect(leading).not.toHaveAttribute('data-span-xs');
      expect(leading).toHaveAttribute('data-span-md', '6');
      expect(leading).not.toHaveAttribute('data-start-xs');
      expect(leading).toHaveAttribute('data-start-lg', '2');
    });

    it('keeps a return to the default after a departure', () => {
      render(
        <GridItem data-testid="item" span={{ xs: 'full', md: 1 }} start={{ xs: 3, md: 'auto' }} />,
      );
      const item = screen.getByTestId('item');
      expect(item).toHaveAttribute('data-span-xs', 'full');
      expect(item).toHaveAttribute('data-span-md', '1');
      expect(item).toHaveAttribute('data-start-xs', '3');
      expect(item).toHaveAttribute('data-start-md', 'auto');
    });
  });

  describe('given spans per breakpoint', () => {
    it('writes one attribute per breakpoint given, and none for the others', () => {
      render(<GridItem data-testid="item" span={{ xs: 4, md: 6, xl: 'full' }} start={{ lg: 2 }} />);
      const item = screen.getByTestId('item');
      expect(item).toHaveAttribute('data-span-xs', '4');
      expect(item).not.toHaveAttribute('data-span-sm');
      expect(item).toHaveAttribute('data-span-md', '6');
      expect(item).not.toHaveAttribute('data-span-lg');
      expect(item).toHaveAttribute('data-span-xl', 'full');
      expect(item).toHaveAttribute('data-start-lg', '2');
      expect(item).not.toHaveAttribute('data-start-xs');
    });
  });

  describe('given as="li", native props and a ref', () => {
    it('renders the element and passes props through', () => {
      const ref = createRef<HTMLElement>();
      render(
        <Grid as="ul" aria-label="Cards">
          <GridItem as="li" ref={ref} span={4} id="card" background="surface">
            Card
          </GridItem>
        </Grid>,
      );
      const item = screen.getByRole('listitem');
      expect(ref.current).toBe(item);
      expect(item).toHaveAttribute('id', 'card');
      expect(item).toHaveAttribute('data-background', 'surface');
    });
  });

  describe('given bad input', () => {
    it('reports a span or start off the grid and still renders', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(
        <GridItem span={{ md: 13 as never }} start={0 as never}>
          Still here
        </GridItem>,
      );
      expect(screen.getByText('Still here')).toBeInTheDocument();
      expect(error).toHaveBeenCalledWith(
        '[Callicrates] GridItem: `span` takes a whole number of columns from 1 to 12, or "full".',
      );
      expect(error).toHaveBeenCalledWith(
        '[Callicrates] GridItem: `start` takes a column line from 1 to 12, or "auto".',
      );
      error.mockRestore();
    });

    it('accepts every valid value without a report', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(<GridItem span={{ xs: 'full', md: 12 }} start={{ xs: 'auto', md: 1 }} />);
      expect(error).not.toHaveBeenCalled();
      error.mockRestore();
    });
  });

  describe('on the server', () => {
    it('renders the grid and its items with renderToString', () => {
      const html = renderToString(
        <Grid>
          <GridItem span={{ xs: 'full', md: 6 }}>A</GridItem>
        </Grid>,
      );
      expect(html).toMatch(/^<div class="cal-box cal-grid"><div [^>]+>A<\/div><\/div>$/);
      expect(html).toMatch(/<div [^>]*class="cal-box cal-grid-item"/);
      expect(html).toContain('data-span-xs="full" data-span-md="6"');
    });
  });
});
