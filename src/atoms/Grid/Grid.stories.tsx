import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect, userEvent } from 'storybook/test';
import { figma } from '../../../.storybook/design';
import { RightToLeftBlock, Zoom200Block } from '../../../.storybook/stories';
import { Button } from '../Button';
import { gridColumns } from './breakpoints';
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
    design: figma('30-80'),
    docs: {
      description: {
        component: `The layout grid of the design: \`grid.columns.*\` equal columns (4 on phones, 8 from \`sm\`, 12 from \`md\`) separated by the \`grid.gutter.*\` of the breakpoint. GridItem places content with \`span\` and \`start\`, per breakpoint from the smallest up: \`span={{ xs: 'full', md: 6 }}\`. A span wider than the current grid is clamped to the row. The stories draw the columns shaded; the story canvas is at the \`lg\` breakpoint.

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
    const columns = canvasElement.querySelector('[data-part="columns"]')!;
    await expect(columns.children).toHaveLength(12);
    await expect(getComputedStyle(columns).columnGap).toBe('24px');
    const full = canvas.getByText('full').getBoundingClientRect();
    const half = canvas.getAllByText('6')[0]!.getBoundingClientRect();
    await expect(Math.round(half.width * 2 + 24)).toBe(Math.round(full.width));
  },
};

/** Spans per breakpoint: `{ xs: 'full', sm: 4, md: 6, lg: 3 }` shows four to a row at `lg`. */
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
    await expect(getComputedStyle(one).gridColumnEnd).toBe('span 3');
    const four = canvas.getByText('Four').getBoundingClientRect();
    await expect(four.top).toBe(one.getBoundingClientRect().top);
  },
};

/** `start` offsets an item: a centred 8 of 12, a 4 pushed to the end. */
export const Offsets: Story = {
  render: (args) => (
    <ShowColumns>
      <Grid {...args}>
        <Cell span={8} start={3}>
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
    const columns = canvasElement.querySelector('[data-part="columns"]')!.children;
    const third = columns[2]!.getBoundingClientRect();
    const item = canvas.getByText('span 8, start 3').getBoundingClientRect();
    await expect(Math.round(item.left)).toBe(Math.round(third.left));
  },
};

/** The hooks in a real browser: the story viewport is at the `lg` breakpoint. */
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
    await expect(canvas.getByTestId('breakpoint')).toHaveTextContent('lg');
    await expect(canvas.getByTestId('wide')).toHaveTextContent('true');
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
    await expect(first.left).toBeGreaterThan(second.left);
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

/** Crowded: 36 single-column items fill three rows of twelve. */
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
    await expect(items[12]!.getBoundingClientRect().left).toBe(
      items[0]!.getBoundingClientRect().left,
    );
  },
};
