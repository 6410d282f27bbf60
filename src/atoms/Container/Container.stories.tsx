import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import { tokenPixels, viewportBreakpoint } from '../../../.storybook/stories';
import { cssVar } from '../../tokens';
import { Box } from '../Box';
import { Button } from '../Button';
import { breakpointNames, Grid, GridItem } from '../Grid';
import { Container } from './Container';
import { containerWidths, type ContainerMaxWidth } from './Container.styles';

const meta = {
  title: 'Atoms/Container',
  component: Container,
  args: { background: 'surface' },
  argTypes: {
    maxWidth: { control: 'inline-radio', options: ['sm', 'md', 'lg', 'xl', 'none'] },
  },
  parameters: {
    design: figmaDesign('Container'),
    docs: {
      description: {
        component: `Centres page content with the page margins of the breakpoint (\`grid.margin.*\`) on both sides, and grows at most to the container width of the breakpoint (\`grid.container.*\`: the breakpoint minus both margins). \`maxWidth\` caps it at a smaller breakpoint's width, e.g. \`md\` for a reading column. The stories follow the width they are opened at: in the test runner's 1200px frame that is the \`lg\` breakpoint, with 40px margins and up to 944px of content.

**Use** one Container per page region (header, main, footer), with a Grid inside for columns.

**Don't** nest Containers (the margins add up) or put one inside a Grid column.`,
      },
    },
  },
} satisfies Meta<typeof Container>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The width inside an element's padding and border: what a child at 100% gets. */
function contentBoxWidth(element: Element): number {
  const style = getComputedStyle(element);
  const edges = ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'] as const;
  return edges.reduce(
    (width, edge) => width - parseFloat(style[edge]),
    element.getBoundingClientRect().width,
  );
}

/**
 * The content width the tokens promise a Container at the window's breakpoint, given the
 * width its parent offers: the parent minus both `grid.margin.*`, at most the
 * `grid.container.*` of the breakpoint or of the smaller `maxWidth` cap (none below `sm`).
 */
function expectedContentWidth(available: number, maxWidth: ContainerMaxWidth = 'xl'): number {
  const breakpoint = viewportBreakpoint();
  const fill = available - 2 * tokenPixels(`grid.margin.${breakpoint}`);
  if (breakpoint === 'xs' || maxWidth === 'none') return fill;
  const used =
    breakpointNames.indexOf(maxWidth) < breakpointNames.indexOf(breakpoint) ? maxWidth : breakpoint;
  return Math.min(fill, tokenPixels(`grid.container.${used}`));
}

const Content = ({ label }: { label: string }) => (
  <Box padding="3" background="raised" border="strong" radius="sm">
    {label}
  </Box>
);

export const Playground: Story = {
  args: { children: <Content label="Content" /> },
  play: async ({ canvas }) => {
    const content = canvas.getByText('Content');
    const container = content.parentElement!;
    const margin = tokenPixels(`grid.margin.${viewportBreakpoint()}`);
    await expect(getComputedStyle(container).paddingInlineStart).toBe(`${margin}px`);
    await expect(getComputedStyle(container).paddingInlineEnd).toBe(`${margin}px`);
    const expected = expectedContentWidth(contentBoxWidth(container.parentElement!));
    await expect(content.getBoundingClientRect().width).toBeCloseTo(expected, 0);
  },
};

/**
 * Each `maxWidth` cap. At the `lg` breakpoint (the test runner's frame) `sm` and `md` stay
 * narrower and `lg`/`xl` fill it; a cap never grows a Container past its breakpoint's width.
 */
export const MaxWidths: Story = {
  render: (args) => (
    <Box style={{ display: 'grid', gap: cssVar('space.4') }}>
      {(['sm', 'md', 'lg', 'xl', 'none'] as const).map((maxWidth) => (
        <Container key={maxWidth} {...args} maxWidth={maxWidth}>
          <Content label={`maxWidth ${maxWidth}`} />
        </Container>
      ))}
    </Box>
  ),
  play: async ({ canvas }) => {
    const caps = [...containerWidths, 'none'] as const;
    const widths = caps.map((cap) => {
      const content = canvas.getByText(`maxWidth ${cap}`);
      const available = contentBoxWidth(content.parentElement!.parentElement!);
      return { cap, actual: content.getBoundingClientRect().width, available };
    });
    for (const { cap, actual, available } of widths) {
      await expect(actual, `maxWidth ${cap}`).toBeCloseTo(expectedContentWidth(available, cap), 0);
    }
    // Whatever the breakpoint, a larger cap is never narrower.
    const actuals = widths.map(({ actual }) => actual);
    await expect(actuals).toEqual([...actuals].sort((a, b) => a - b));
  },
};

/** A page layout: Container for the margins, Grid for the columns. */
export const WithGrid: Story = {
  render: (args) => (
    <Container {...args} as="main" aria-label="Page" paddingBlock="4">
      <Grid rowGap="4">
        <GridItem span="full">
          <Content label="Header" />
        </GridItem>
        <GridItem span={{ xs: 'full', md: 8 }}>
          <Content label="Article" />
        </GridItem>
        <GridItem span={{ xs: 'full', md: 4 }}>
          <Content label="Aside" />
        </GridItem>
      </Grid>
    </Container>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('main', { name: 'Page' })).toBeInTheDocument();
  },
};

export const KeyboardFocus: Story = {
  args: { children: <Button>Inside the container</Button> },
  play: async ({ canvas }) => {
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Inside the container' })).toHaveFocus();
  },
};

/** Stress: an unbreakable word stays inside the margins. */
export const LongText: Story = {
  args: {
    children: (
      <Box padding="3" background="raised" style={{ overflowWrap: 'anywhere' }}>
        {'Supercalifragilisticexpialidocious'.repeat(6)}
      </Box>
    ),
  },
};

/** Stress: right-to-left; margins are logical, so the container stays centred. */
export const RightToLeft: Story = {
  args: { dir: 'rtl', lang: 'ar', maxWidth: 'sm', children: <Content label="محتوى في الوسط" /> },
};

/** Stress: 200% zoom: margins and text grow, the breakpoint (viewport) stays. */
export const Zoom200: Story = {
  args: { style: { zoom: 2 }, maxWidth: 'sm', children: <Content label="Zoomed" /> },
};
