import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent } from 'storybook/test';
import { figma } from '../../../.storybook/design';
import { cssVar } from '../../tokens';
import { Box } from '../Box';
import { Button } from '../Button';
import { Grid, GridItem } from '../Grid';
import { Container } from './Container';

const meta = {
  title: 'Atoms/Container',
  component: Container,
  args: { background: 'surface' },
  argTypes: {
    maxWidth: { control: 'inline-radio', options: ['sm', 'md', 'lg', 'xl', 'none'] },
  },
  parameters: {
    design: figma('30-100'),
    docs: {
      description: {
        component: `Centres page content with the page margins of the breakpoint (\`grid.margin.*\`) on both sides, and grows at most to the container width of the breakpoint (\`grid.container.*\`: the breakpoint minus both margins). \`maxWidth\` caps it at a smaller breakpoint's width, e.g. \`md\` for a reading column. The story canvas is at the \`lg\` breakpoint: 40px margins, up to 944px of content.

**Use** one Container per page region (header, main, footer), with a Grid inside for columns.

**Don't** nest Containers (the margins add up) or put one inside a Grid column.`,
      },
    },
  },
} satisfies Meta<typeof Container>;

export default meta;
type Story = StoryObj<typeof meta>;

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
    await expect(getComputedStyle(container).paddingInlineStart).toBe('40px');
    const inner = container.getBoundingClientRect().width - 80;
    await expect(Math.round(content.getBoundingClientRect().width)).toBe(Math.round(inner));
  },
};

/** Each `maxWidth` cap at the `lg` breakpoint: `sm` and `md` stay narrower, `lg`/`xl` fill it. */
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
    const width = (label: string) =>
      Math.round(canvas.getByText(label).getBoundingClientRect().width);
    await expect(width('maxWidth sm')).toBe(552);
    await expect(width('maxWidth md')).toBe(704);
    // The canvas is at the lg breakpoint: lg caps at 944px, and xl cannot grow past lg's width.
    await expect(width('maxWidth lg')).toBe(944);
    await expect(width('maxWidth xl')).toBe(944);
    await expect(width('maxWidth none')).toBeGreaterThan(944);
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
