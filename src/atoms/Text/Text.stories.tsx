import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import { RightToLeftBlock, Zoom200Block } from '../../../.storybook/stories';
import { cssVar, type TypographyRole } from '../../tokens';
import { Text, type TextColor } from './Text';

const roles: TypographyRole[] = [
  'display',
  'headline',
  'title',
  'label-lg',
  'body',
  'body-sm',
  'label',
  'label-sm',
  'caption',
  'code',
];
const colors: TextColor[] = [
  'primary',
  'secondary',
  'disabled',
  'link',
  'info',
  'success',
  'warning',
  'error',
];
const longWord = 'Pneumonoultramicroscopicsilicovolcanoconiosisdiagnosticreport';
const sentence =
  'The Parthenon is a former temple on the Athenian Acropolis, dedicated to the goddess Athena, built between 447 and 432 BC.';

const meta = {
  title: 'Atoms/Text',
  component: Text,
  args: { children: sentence, variant: 'body', as: 'p' },
  argTypes: {
    variant: { control: 'select', options: roles },
    color: { control: 'select', options: ['inherit', ...colors, 'inverse'] },
    weight: {
      control: 'inline-radio',
      options: [undefined, 'regular', 'medium', 'semibold', 'bold'],
    },
    align: { control: 'inline-radio', options: [undefined, 'start', 'center', 'end', 'justify'] },
    maxLines: { control: 'number' },
  },
  parameters: {
    design: figmaDesign('Text'),
    docs: {
      description: {
        component: `Text in one of the typography roles. The element (\`as\`, default \`p\`) is chosen for meaning; the look (\`variant\`, default \`body\`) separately.

**Use** \`as\` for semantics (\`span\` inside a line, \`label\` for a form label, \`strong\`/\`em\` for emphasis, \`li\`, \`dt\`/\`dd\`, \`figcaption\`) and \`variant\` for the look. Use \`maxLines\` to truncate in dense layouts: the whole text stays in the DOM for assistive technology and a string is shown as a tooltip.

**Don't** use Text for headings (use Heading: it has a level), pick \`as\` to get a size, or truncate text the user needs to read in full (errors, instructions). \`color\` defaults to \`inherit\`; use \`inverse\` only on \`color.bg.inverse\`.`,
      },
    },
  },
} satisfies Meta<typeof Text>;

export default meta;
type Story = StoryObj<typeof meta>;

const column = { display: 'grid', gap: cssVar('space.3') } as const;
const narrow = { ...column, maxInlineSize: '16rem' } as const;

export const Playground: Story = {
  play: async ({ canvas }) => {
    const text = canvas.getByText(sentence);
    await expect(text.tagName).toBe('P');
    // body is the default role: it writes no attribute, the base rule is body text.
    await expect(text).not.toHaveAttribute('data-variant');
  },
};

/** Every typography role. */
export const Variants: Story = {
  render: () => (
    <div style={column}>
      {roles.map((role) => (
        <Text key={role} variant={role}>
          {role}: The quick brown fox
        </Text>
      ))}
    </div>
  ),
};

/** Colour roles; `inverse` on its inverse surface. */
export const Colors: Story = {
  render: () => (
    <div style={column}>
      {colors
        .filter((color) => color !== 'disabled')
        .map((color) => (
          <Text key={color} color={color}>
            {color}
          </Text>
        ))}
      <div style={{ display: 'flex', gap: cssVar('space.2') }}>
        <Text as="label" htmlFor="story-disabled" color="disabled">
          disabled, only for the label of a disabled control
        </Text>
        <input id="story-disabled" disabled defaultValue="Locked" />
      </div>
      <div style={{ backgroundColor: cssVar('color.bg.inverse'), padding: cssVar('space.2') }}>
        <Text color="inverse">inverse, on color.bg.inverse</Text>
      </div>
    </div>
  ),
};

/** Weight overrides and logical alignment. */
export const WeightsAndAlignment: Story = {
  render: () => (
    <div style={column}>
      {(['regular', 'medium', 'semibold', 'bold'] as const).map((weight) => (
        <Text key={weight} weight={weight}>
          Weight {weight}
        </Text>
      ))}
      {(['start', 'center', 'end'] as const).map((align) => (
        <Text key={align} align={align} variant="body-sm">
          Aligned to the {align}
        </Text>
      ))}
    </div>
  ),
};

/** The element is chosen separately from the look. */
export const Elements: Story = {
  render: () => (
    <div style={column}>
      <div style={{ display: 'grid', gap: cssVar('space.1') }}>
        <Text as="label" htmlFor="story-email" variant="label">
          Email (a label that looks like a label)
        </Text>
        <input id="story-email" type="email" />
      </div>
      <Text>
        Body text with{' '}
        <Text as="strong" weight="semibold">
          strong
        </Text>{' '}
        and <Text as="em">emphasis</Text> and{' '}
        <Text as="code" variant="code">
          inline code
        </Text>
        .
      </Text>
      <ul style={{ margin: 0 }}>
        <Text as="li" variant="body-sm">
          A list item in body-sm
        </Text>
        <Text as="li" variant="body-sm">
          Another one
        </Text>
      </ul>
      <Text as="small" variant="caption" color="secondary">
        Small print in the caption role
      </Text>
    </div>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('textbox', { name: /Email/ })).toBeInTheDocument();
    await expect(canvas.getAllByRole('listitem')).toHaveLength(2);
    await expect(canvas.getByText('strong').tagName).toBe('STRONG');
  },
};

/** Clamped to 1, 2 and 3 lines; the full text stays in the DOM and shows as a tooltip. */
export const Truncated: Story = {
  render: () => (
    <div style={narrow}>
      {[1, 2, 3].map((lines) => (
        <Text key={lines} maxLines={lines} data-testid={`lines-${lines}`}>
          {sentence}
        </Text>
      ))}
    </div>
  ),
  play: async ({ canvas }) => {
    const one = canvas.getByTestId('lines-1');
    await expect(one).toHaveTextContent(sentence);
    await expect(one).toHaveAttribute('title', sentence);
    // Clamped: the box is shorter than its content.
    await expect(one.scrollHeight).toBeGreaterThan(one.clientHeight);
  },
};

/** Stress: a long word with no space, with and without truncation, never overflows. */
export const LongText: Story = {
  render: () => (
    <div style={narrow}>
      <Text>{longWord}</Text>
      <Text variant="title">{longWord}</Text>
      <Text maxLines={1}>{longWord}</Text>
      <Text maxLines={2} variant="body-sm">
        {`${longWord} ${sentence}`}
      </Text>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const column = canvasElement.querySelector('p')!.parentElement!.getBoundingClientRect();
    for (const element of canvasElement.querySelectorAll('p')) {
      await expect(element.getBoundingClientRect().right).toBeLessThanOrEqual(column.right + 0.5);
      await expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth);
    }
  },
};

/** Stress: right-to-left. `start` and `end` follow the direction; the ellipsis is on the left. */
export const RightToLeft: Story = {
  render: () => (
    <RightToLeftBlock style={narrow}>
      <Text variant="title">البارثينون</Text>
      <Text align="start">نص محاذى إلى البداية</Text>
      <Text align="end">نص محاذى إلى النهاية</Text>
      <Text maxLines={1}>
        البارثينون معبد سابق في أكروبوليس أثينا، مكرس للإلهة أثينا، بني بين عامي 447 و432 قبل
        الميلاد.
      </Text>
    </RightToLeftBlock>
  ),
};

/** Stress: 200% zoom; lines wrap and truncation still clamps. */
export const Zoom200: Story = {
  render: () => (
    <Zoom200Block style={narrow}>
      <Text variant="title">Zoomed title</Text>
      <Text maxLines={2}>{sentence}</Text>
    </Zoom200Block>
  ),
};
