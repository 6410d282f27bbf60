import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect, userEvent } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import { Box } from '../Box';
import { Button } from '../Button';
import { Stack, type StackAlign, type StackJustify } from './Stack';

const Item = ({ children }: { children: ReactNode }) => (
  <Box padding="2" paddingInline="3" background="sunken" radius="sm" border="subtle">
    {children}
  </Box>
);

const aligns: StackAlign[] = ['start', 'center', 'end', 'stretch', 'baseline'];
const justifies: StackJustify[] = ['start', 'center', 'end', 'between'];

const meta = {
  title: 'Atoms/Stack',
  component: Stack,
  args: {
    gap: '3',
    children: [<Item key="1">First</Item>, <Item key="2">Second</Item>, <Item key="3">Third</Item>],
  },
  argTypes: {
    direction: { control: 'inline-radio', options: ['column', 'row'] },
    align: { control: 'inline-radio', options: aligns },
    justify: { control: 'inline-radio', options: justifies },
    children: { control: false },
  },
  parameters: {
    design: figmaDesign('Stack'),
    docs: {
      description: {
        component: `Lays out items in a column (or a row) with one gap from the space scale. \`direction\` is responsive (\`{ xs: 'column', md: 'row' }\`), \`dividers\` draws decorative lines between the items, and every Box prop (\`padding\`, \`background\`, \`as="ul"\`…) works too.

**Use** Stack for the vertical rhythm of a form, a card or a page section, and for a row of a few items that should not wrap (or set \`wrap\`).

**Don't** add margins to the children to space them: the Stack owns the gap. For a cluster of tags or buttons that wraps freely, use Inline; for page columns, use Grid.`,
      },
    },
  },
} satisfies Meta<typeof Stack>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playground: Story = {
  play: async ({ canvas }) => {
    const stack = canvas.getByText('First').parentElement!;
    await expect(getComputedStyle(stack).flexDirection).toBe('column');
    await expect(getComputedStyle(stack).rowGap).toBe('12px');
  },
};

/** Column, row, and responsive: a column on phones, a row from `md` (the canvas is `lg`). */
export const Directions: Story = {
  render: (args) => (
    <Stack gap="6">
      <Stack {...args} direction="column" aria-label="column" />
      <Stack {...args} direction="row" aria-label="row" />
      <Stack {...args} direction={{ xs: 'column', md: 'row' }} aria-label="responsive" />
    </Stack>
  ),
  play: async ({ canvasElement }) => {
    const responsive = canvasElement.querySelector('[aria-label="responsive"]')!;
    // The leading column is the default: it writes no attribute.
    await expect(responsive).not.toHaveAttribute('data-direction-xs');
    await expect(responsive).toHaveAttribute('data-direction-md', 'row');
    await expect(getComputedStyle(responsive).flexDirection).toBe('row');
  },
};

/** Every `align` × `justify` in a row, so both axes show. */
export const AlignAndJustify: Story = {
  render: () => (
    <Stack gap="2">
      {aligns.map((align) =>
        justifies.map((justify) => (
          <Stack
            key={`${align}-${justify}`}
            direction="row"
            gap="2"
            align={align}
            justify={justify}
            padding="1"
            border="subtle"
            radius="sm"
          >
            <Item>{`${align}`}</Item>
            <Box padding="4" background="sunken" radius="sm">
              {justify}
            </Box>
          </Stack>
        )),
      )}
    </Stack>
  ),
};

/** `wrap` lets a row of items flow onto new lines. */
export const Wrap: Story = {
  render: () => (
    <Stack direction="row" wrap gap="2" style={{ maxInlineSize: '20rem' }}>
      {Array.from({ length: 8 }, (_, index) => (
        <Item key={index}>{`Item ${index + 1}`}</Item>
      ))}
    </Stack>
  ),
};

/** Decorative dividers between the items: horizontal in a column, vertical in a row, `li` in a list. */
export const Dividers: Story = {
  render: (args) => (
    <Stack gap="6">
      <Stack {...args} dividers />
      <Stack {...args} dividers direction="row" align="center" />
      <Stack as="ul" dividers gap="2" aria-label="Files">
        <li>report.pdf</li>
        <li>slides.key</li>
        <li>budget.xlsx</li>
      </Stack>
    </Stack>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.queryAllByRole('separator')).toHaveLength(0);
    const list = canvas.getByRole('list', { name: 'Files' });
    await expect(list.querySelectorAll(':scope > li')).toHaveLength(5);
    await expect(canvas.getAllByRole('listitem')).toHaveLength(3);
    const rowDivider = canvas.getAllByText('Second')[1]!.previousElementSibling!;
    await expect(getComputedStyle(rowDivider).borderInlineStartStyle).toBe('solid');
    await expect(rowDivider.getBoundingClientRect().height).toBeGreaterThan(
      rowDivider.getBoundingClientRect().width,
    );
  },
};

/** Focus follows the source order, whatever the direction. */
export const KeyboardFocus: Story = {
  render: () => (
    <Stack direction="row" gap="3">
      <Button variant="secondary">Back</Button>
      <Button>Continue</Button>
    </Stack>
  ),
  play: async ({ canvas }) => {
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Back' })).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Continue' })).toHaveFocus();
  },
};

/** Stress: a word with no break point inside a row item wraps instead of pushing the row wide. */
export const LongText: Story = {
  render: () => (
    <Stack direction="row" gap="3" style={{ maxInlineSize: '20rem' }}>
      <Box
        padding="2"
        background="sunken"
        radius="sm"
        style={{ overflowWrap: 'anywhere', minInlineSize: 0 }}
      >
        SupercalifragilisticexpialidociousConfigurationManagementSettings
      </Box>
      <Item>End</Item>
    </Stack>
  ),
};

/** Stress: right-to-left; a row starts at the right, dividers mirror. */
export const RightToLeft: Story = {
  render: () => (
    <Stack dir="rtl" lang="ar" direction="row" gap="3" dividers align="center">
      <Item>الأول</Item>
      <Item>الثاني</Item>
      <Item>الثالث</Item>
    </Stack>
  ),
  play: async ({ canvas }) => {
    const first = canvas.getByText('الأول').getBoundingClientRect();
    const second = canvas.getByText('الثاني').getBoundingClientRect();
    await expect(first.left).toBeGreaterThan(second.left);
  },
};

/** Stress: 200% zoom. */
export const Zoom200: Story = {
  render: (args) => <Stack {...args} dividers style={{ zoom: 2 }} />,
};

/** Crowded: 20 items with dividers in a wrapping row. */
export const Crowded: Story = {
  render: () => (
    <Stack direction="row" wrap dividers gap="2" align="center">
      {Array.from({ length: 20 }, (_, index) => (
        <Item key={index}>{`Item ${index + 1}`}</Item>
      ))}
    </Stack>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getAllByText(/^Item \d+$/)).toHaveLength(20);
  },
};
