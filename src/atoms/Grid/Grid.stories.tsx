import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect, userEvent } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import {
  RightToLeftBlock,
  tokenNumber,
  tokenPixels,
  viewportBreakpoint,
  Zoom200Block,
} from '../../../.storybook/stories';
import { Button } from '../Button';
import { breakpointNames, gridColumns, type Breakpoint } from './breakpoints';
import { Grid, GridItem, type GridItemProps } from './Grid';
import { useBreakpoint, useMediaQuery } from './useMediaQuery';

/**
 * Draws the columns of the current breakpoint, shaded, behind the content: the same Grid
 * with one item per column. Decorative, so hidden from assistive technology.
 */
function ColumnOverlay() {
  const breakpoint = useBreakpoint();
  return (
    <Grid
      aria-hidden="true"
      data-part="columns"
      style={{ position: 'absolute', inset: 0, gridTemplateRows: '100%' }}
    >
      {Array.from({ length: gridColumns[breakpoint] }, (_, index) => (
        <GridItem key={index} background="sunken" />
      ))}
    </Grid>
  );
}

function ShowColumns({ children }: { children: ReactNode }) {
  return (
    <div style={{ position: 'relative' }}>
      <ColumnOverlay />
      <div style={{ position: 'relative' }}>{children}</div>
    </div>
  );
}

/** The column count of the window's breakpoint (`grid.columns.*`). */
const viewportColumns = () => tokenNumber(`grid.columns.${viewportBreakpoint()}`);

const Cell = ({ children, ...props }: GridItemProps) => (
  <GridItem padding="2" background="raised" border="strong" radius="sm" {...props}>
    {children}
  </GridItem>
);

const meta = {
  title: 'Atoms/Grid',
  component: Grid,
  subcomponents: { GridItem },
  args: { rowGap: '4' },
  parameters: {
    design: figmaDesign('Grid'),
    docs: {
      description: {
        component: `The layout grid of the design: \`grid.columns.*\` equal columns (4 on phones, 8 from \`sm\`, 12 from \`md\`) separated by the \`grid.gutter.*\` of the breakpoint. GridItem places content with \`span\` and \`start\`, per breakpoint from the smallest up: \`span={{ xs: 'full', md: 6 }}\`. A span wider than the current grid is clamped to the row. The stories draw the columns shaded, at the breakpoint of the width they are opened at (\`lg\` in the test runner's 1200px frame).

**Use** Grid for page and section layout that must line up with the design's columns; wrap it in a Container for the page margins and maximum width. \`useBreakpoint()\` and \`useMediaQuery()\` exist for the rare content that must change in JS.

**Don't** nest a Grid just to stack things (Stack) or to lay out a few wrapping items (Inline). Don't reorder items visually away from the source order: keyboard and screen-reader order follow the source.`,
      },
    },
  },
} satisfies Meta<typeof Grid>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The columns of the breakpoint, shaded, with common spans on top. */
export const Playground: Story = {
  render: (args) => (
    <ShowColumns>
      <Grid {...args}>
        <Cell span="full">full</Cell>
        <Cell span={6}>6</Cell>
        <Cell span={6}>6</Cell>
        <Cell span={4}>4</Cell>
        <Cell span={4}>4</Cell>
        <Cell span={4}>4</Cell>
        <Cell span={3}>3</Cell>
        <Cell span={3}>3</Cell>
        <Cell span={3}>3</Cell>
        <Cell span={3}>3</Cell>
        <Cell span={8}>8</Cell>
        <Cell span={4}>4</Cell>
      </Grid>
    </ShowColumns>
  ),
  play: async ({ canvas, canvasElement }) => {
    const count = viewportColumns();
    const gutter = tokenPixels(`grid.gutter.${viewportBreakpoint()}`);
    const columns = canvasElement.querySelector('[data-part="columns"]')!;
    await expect(columns.children).toHaveLength(count);
    await expect(getComputedStyle(columns).columnGap).toBe(`${gutter}px`);
    // span={6} covers six tracks and the five gutters between them (all of a narrower grid).
    const full = canvas.getByText('full').getBoundingClientRect().width;
    const half = canvas.getAllByText('6')[0]!.getBoundingClientRect().width;
    const span = Math.min(6, count);
    const track = (full - (count - 1) * gutter) / count;
    await expect(half).toBeCloseTo(span * track + (span - 1) * gutter, 0);
  },
};

/**
 * Spans per breakpoint: `{ xs: 'full', sm: 4, md: 6, lg: 3 }` shows one to a row on phones,
 * two from `sm`, and four from `lg`.
 */
export const ResponsiveSpans: Story = {
  render: (args) => (
    <ShowColumns>
      <Grid {...args}>
        {['One', 'Two', 'Three', 'Four'].map((label) => (
          <Cell key={label} span={{ xs: 'full', sm: 4, md: 6, lg: 3 }}>
            {label}
          </Cell>
        ))}
        <Cell span={{ xs: 'full', lg: 12 }}>{'{ xs: full, lg: 12 }'}</Cell>
      </Grid>
    </ShowColumns>
  ),
  play: async ({ canvas }) => {
    const one = canvas.getByText('One');
    await expect(one).toHaveAttribute('data-span-xs', 'full');
    await expect(one).toHaveAttribute('data-span-lg', '3');
    // The span of the window's breakpoint: the nearest one set at or below it.
    const spans: Partial<Record<Breakpoint, number | 'full'>> = { xs: 'full', sm: 4, md: 6, lg: 3 };
    const breakpoint = viewportBreakpoint();
    const set = breakpointNames.slice(0, breakpointNames.indexOf(breakpoint) + 1);
    const current = set.reverse().find((name) => spans[name] !== undefined)!;
    const count = viewportColumns();
    const span = spans[current] === 'full' ? count : Math.min(spans[current] as number, count);
    await expect(getComputedStyle(one).gridColumnEnd).toBe(`span ${span}`);
    // The first row holds as many as fit; the rest start lower.
    const perRow = Math.floor(count / span);
    const firstTop = one.getBoundingClientRect().top;
    for (const [index, label] of ['One', 'Two', 'Three', 'Four'].entries()) {
      const top = canvas.getByText(label).getBoundingClientRect().top;
      await expect(top === firstTop, `${label} on the first row`).toBe(index < perRow);
    }
  },
};

/**
 * `start` offsets an item: from `md`, a centred 8 of 12 and a 4 pushed to the end. Set an
 * offset per breakpoint, like a span: column 3 plus 8 columns does not fit a 4- or 8-column
 * grid, which would add implicit columns and shift every track.
 */
export const Offsets: Story = {
  render: (args) => (
    <ShowColumns>
      <Grid {...args}>
        <Cell span={8} start={{ xs: 'auto', md: 3 }}>
          span 8, start 3
        </Cell>
        <Cell span={4} start={{ xs: 'auto', md: 9 }}>
          span 4, start 9 from md
        </Cell>
        <Cell span={2} start={2}>
          span 2, start 2
        </Cell>
      </Grid>
    </ShowColumns>
  ),
  play: async ({ canvas, canvasElement }) => {
    // From md (12 columns) the 8 starts at column 3; on 4 or 8 columns it starts the row.
    const columns = canvasElement.querySelector('[data-part="columns"]')!.children;
    const startColumn = viewportColumns() >= 12 ? columns[2]! : columns[0]!;
    const item = canvas.getByText('span 8, start 3').getBoundingClientRect();
    await expect(item.left).toBeCloseTo(startColumn.getBoundingClientRect().left, 0);
  },
};

/**
 * The hooks in a real browser, at the width the story is opened at (`lg` in the test runner's
 * frame). The play checks them against `window.innerWidth` and the `grid.breakpoint.*` tokens.
 */
export const BreakpointHooks: Story = {
  render: () => {
    function Report() {
      const breakpoint = useBreakpoint();
      const wide = useMediaQuery('(min-width: 1024px)');
      const print = useMediaQuery('print');
      return (
        <dl>
          <dt>useBreakpoint()</dt>
          <dd data-testid="breakpoint">{breakpoint}</dd>
          <dt>useMediaQuery(&apos;(min-width: 1024px)&apos;)</dt>
          <dd data-testid="wide">{String(wide)}</dd>
          <dt>useMediaQuery(&apos;print&apos;)</dt>
          <dd data-testid="print">{String(print)}</dd>
        </dl>
      );
    }
    return <Report />;
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByTestId('breakpoint').textContent).toBe(viewportBreakpoint());
    await expect(canvas.getByTestId('wide').textContent).toBe(String(window.innerWidth >= 1024));
    await expect(canvas.getByTestId('print')).toHaveTextContent('false');
  },
};

/** Focus follows the source order, row by row. */
export const KeyboardFocus: Story = {
  render: (args) => (
    <Grid {...args}>
      <GridItem span={6}>
        <Button variant="secondary">First</Button>
      </GridItem>
      <GridItem span={6}>
        <Button variant="secondary">Second</Button>
      </GridItem>
      <GridItem span={12}>
        <Button>Third</Button>
      </GridItem>
    </Grid>
  ),
  play: async ({ canvas }) => {
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'First' })).toHaveFocus();
    await userEvent.tab();
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Third' })).toHaveFocus();
  },
};

/** Stress: an unbreakable word breaks inside its item; the columns stay equal. */
export const LongText: Story = {
  render: (args) => (
    <ShowColumns>
      <Grid {...args}>
        <Cell span={3}>SupercalifragilisticexpialidociousConfigurationManagementSettings</Cell>
        <Cell span={3}>3</Cell>
        <Cell span={6}>6</Cell>
      </Grid>
    </ShowColumns>
  ),
  play: async ({ canvas }) => {
    const long = canvas.getByText(/^Supercali/).getBoundingClientRect();
    const short = canvas.getByText('3').getBoundingClientRect();
    await expect(Math.round(long.width)).toBe(Math.round(short.width));
  },
};

/** Stress: right-to-left; column 1 is on the right, and `start` counts from there. */
export const RightToLeft: Story = {
  render: (args) => (
    <RightToLeftBlock>
      <ShowColumns>
        <Grid {...args}>
          <Cell span={4}>الأول</Cell>
          <Cell span={8}>الثاني</Cell>
          <Cell span={6} start={4}>
            يبدأ من العمود الرابع
          </Cell>
        </Grid>
      </ShowColumns>
    </RightToLeftBlock>
  ),
  play: async ({ canvas }) => {
    const first = canvas.getByText('الأول').getBoundingClientRect();
    const second = canvas.getByText('الثاني').getBoundingClientRect();
    const grid = canvas.getByText('الأول').parentElement!.getBoundingClientRect();
    await expect(first.right).toBeCloseTo(grid.right, 0);
    // Where 4 + 8 columns share a row, the second item sits to the left of the first.
    if (viewportColumns() >= 12) await expect(first.left).toBeGreaterThan(second.left);
  },
};

/**
 * Stress: 200% zoom. Zoom scales the drawing, not the viewport, so the breakpoint (and the 12
 * columns) stay; the items and gutters grow with the text.
 */
export const Zoom200: Story = {
  render: (args) => (
    <Zoom200Block>
      <ShowColumns>
        <Grid {...args}>
          <Cell span={6}>Half</Cell>
          <Cell span={6}>Half</Cell>
          <Cell span="full">Full width</Cell>
        </Grid>
      </ShowColumns>
    </Zoom200Block>
  ),
};

/** Crowded: 36 single-column items fill three rows of twelve (more rows of fewer on phones). */
export const Crowded: Story = {
  render: (args) => (
    <ShowColumns>
      <Grid {...args} as="ul" aria-label="Cells">
        {Array.from({ length: 36 }, (_, index) => (
          <Cell key={index} as="li" paddingInline="0" style={{ textAlign: 'center' }}>
            {index + 1}
          </Cell>
        ))}
      </Grid>
    </ShowColumns>
  ),
  play: async ({ canvas }) => {
    const items = canvas.getAllByRole('listitem');
    await expect(items).toHaveLength(36);
    const count = viewportColumns();
    const [first, lastOfRow, nextRow] = [0, count - 1, count].map((index) =>
      items[index]!.getBoundingClientRect(),
    );
    await expect(lastOfRow!.top).toBe(first!.top);
    await expect(nextRow!.left).toBe(first!.left);
    await expect(nextRow!.top).toBeGreaterThan(first!.top);
  },
};
