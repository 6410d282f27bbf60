import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import { RightToLeftBlock, Zoom200Block } from '../../../.storybook/stories';
import { cssVar } from '../../tokens';
import { Box, type BoxProps } from './Box';
import type { BoxBackground, BoxElevation, BoxRadius } from './Box.styles';

const backgrounds: BoxBackground[] = ['canvas', 'surface', 'raised', 'sunken', 'inverse'];
const elevations: BoxElevation[] = ['none', 'sm', 'md', 'lg', 'xl'];
const radii: BoxRadius[] = ['none', 'sm', 'md', 'lg', 'xl', 'full'];

const meta = {
  title: 'Atoms/Box',
  component: Box,
  args: {
    padding: '4',
    background: 'surface',
    radius: 'md',
    border: 'subtle',
    children: 'A box of content',
  },
  parameters: {
    design: figmaDesign('Box'),
    docs: {
      description: {
        component: `The styled base element: padding, margin, background, text colour, radius, elevation and border, each from a token scale, written as data attributes that static rules read (no style work per render). Stack, Inline, Grid, GridItem and Container are Boxes too and take the same props.

**Use** Box for a surface or a spaced wrapper: a card shell, a sunken well, a landmark (\`as="section"\`, \`as="nav"\`). Pick \`background\` and \`color\` roles, not colours: they follow the scheme.

**Don't** reach for \`style\` or your own CSS to set spacing or colour: if a value is not on the scale, it is not in the design. Don't use Box for a list of things side by side or stacked: use Stack or Inline, which own the gaps.`,
      },
    },
  },
} satisfies Meta<typeof Box>;

export default meta;
type Story = StoryObj<typeof meta>;

const row = { display: 'flex', flexWrap: 'wrap', gap: cssVar('space.4') } as const;

export const Playground: Story = {
  play: async ({ canvas }) => {
    const box = canvas.getByText('A box of content');
    await expect(box).toHaveAttribute('data-padding', '4');
    await expect(getComputedStyle(box).paddingTop).toBe('16px');
    await expect(getComputedStyle(box).borderTopStyle).toBe('solid');
  },
};

/** Every background role, each with its matching text: `inverse` switches the text too. */
export const Backgrounds: Story = {
  render: (args) => (
    <div style={row}>
      {backgrounds.map((background) => (
        <Box key={background} {...args} background={background}>
          {background}
        </Box>
      ))}
    </div>
  ),
  play: async ({ canvas }) => {
    const inverse = canvas.getByText('inverse');
    const canvasBox = canvas.getByText('canvas');
    await expect(getComputedStyle(inverse).color).not.toBe(getComputedStyle(canvasBox).color);
  },
};

/** Elevation × radius: shadows on the raised surface they belong to. */
export const ElevationAndRadius: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: cssVar('space.6') }}>
      <div style={row}>
        {elevations.map((elevation) => (
          <Box
            key={elevation}
            {...args}
            background="raised"
            border={undefined}
            elevation={elevation}
          >
            {`elevation ${elevation}`}
          </Box>
        ))}
      </div>
      <div style={row}>
        {radii.map((radius) => (
          <Box key={radius} {...args} radius={radius} paddingInline="6">
            {`radius ${radius}`}
          </Box>
        ))}
      </div>
    </div>
  ),
};

/** Padding and margin: axis props win over the shorthand. */
export const Spacing: Story = {
  render: (args) => (
    <div style={row}>
      {(['1', '2', '4', '6', '8'] as const).map((space) => (
        <Box key={space} background="sunken" radius="md">
          <Box {...args} padding={space} background="surface">
            {`padding ${space}`}
          </Box>
        </Box>
      ))}
      <Box background="sunken" radius="md">
        <Box {...args} padding="2" paddingInline="8" margin="2" marginBlock="6">
          paddingInline 8 over padding 2
        </Box>
      </Box>
    </div>
  ),
  play: async ({ canvas }) => {
    const box = canvas.getByText('paddingInline 8 over padding 2');
    const style = getComputedStyle(box);
    await expect(style.paddingInlineStart).toBe('32px');
    await expect(style.paddingBlockStart).toBe('8px');
    await expect(style.marginBlockStart).toBe('24px');
  },
};

/** `as` renders landmarks and lists, so layout never costs semantics. */
export const Elements: Story = {
  render: (args) => (
    <Box as="article" {...args} aria-label="Order summary" padding="0">
      <Box as="header" padding="3" background="sunken">
        Header
      </Box>
      <Box as="ul" padding="3" aria-label="Items">
        <Box as="li">One</Box>
        <Box as="li">Two</Box>
      </Box>
      <Box as="footer" padding="3" border="subtle">
        Footer
      </Box>
    </Box>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('article', { name: 'Order summary' })).toBeInTheDocument();
    await expect(canvas.getByRole('list', { name: 'Items' })).toBeInTheDocument();
    await expect(canvas.getAllByRole('listitem')).toHaveLength(2);
  },
};

/** A scrollable region is focusable (`tabIndex={0}` plus a name) and shows the focus ring. */
export const KeyboardFocus: Story = {
  render: (args: BoxProps) => (
    <Box
      {...args}
      as="section"
      tabIndex={0}
      aria-label="Terms"
      style={{ maxBlockSize: '6rem', overflow: 'auto' }}
    >
      {Array.from({ length: 8 }, (_, index) => (
        <p key={index}>{`Clause ${index + 1}: scrolls with the keyboard once focused.`}</p>
      ))}
    </Box>
  ),
  play: async ({ canvas }) => {
    await userEvent.tab();
    const region = canvas.getByRole('region', { name: 'Terms' });
    await expect(region).toHaveFocus();
    await expect(getComputedStyle(region).outlineStyle).toBe('solid');
  },
};

/** Stress: a word with no break point wraps inside the box instead of spilling out. */
export const LongText: Story = {
  render: (args) => (
    <Box {...args} style={{ maxInlineSize: '16rem', overflowWrap: 'anywhere' }}>
      SupercalifragilisticexpialidociousConfigurationManagementSettingsPanel
    </Box>
  ),
};

/** Stress: right-to-left; logical padding and margins mirror. */
export const RightToLeft: Story = {
  render: (args) => (
    <RightToLeftBlock style={row}>
      <Box {...args}>مربع من المحتوى</Box>
      <Box {...args} background="inverse" border={undefined}>
        سطح معكوس
      </Box>
    </RightToLeftBlock>
  ),
};

/** Stress: 200% zoom (WCAG 1.4.4): spacing scales with the text. */
export const Zoom200: Story = {
  render: (args) => (
    <Zoom200Block style={row}>
      <Box {...args} elevation="md" background="raised" />
    </Zoom200Block>
  ),
};
