import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import { RightToLeftBlock, Zoom200Block } from '../../../.storybook/stories';
import { cssVar } from '../../tokens';
import { Heading, type HeadingLevel } from './Heading';

const levels: HeadingLevel[] = [1, 2, 3, 4, 5, 6];
const longWord = 'Hippopotomonstrosesquippedaliophobiaawarenessprogramme';

const meta = {
  title: 'Atoms/Heading',
  component: Heading,
  args: { level: 2, children: 'Restoration of the Erechtheion' },
  argTypes: {
    level: { control: 'inline-radio', options: levels },
    variant: {
      control: 'select',
      options: [undefined, 'display', 'headline', 'title', 'label-lg', 'label', 'label-sm', 'body'],
    },
    maxLines: { control: 'number' },
  },
  parameters: {
    design: figmaDesign('Heading'),
    docs: {
      description: {
        component: `A section heading, \`h1\`…\`h6\`. \`level\` is required and sets the outline; \`variant\` sets the look, which follows the level by default (1 headline, 2 title, 3 label-lg, 4 label, 5–6 label-sm).

**Use** one \`level={1}\` per page and don't skip levels going down; when a heading must look bigger or smaller than its level, keep the level and change \`variant\`. \`maxLines\` truncates like Text, with the full heading still read.

**Don't** choose a level for its size, use a heading for text that does not start a section (use Text with \`weight\`), or truncate the page title.`,
      },
    },
  },
} satisfies Meta<typeof Heading>;

export default meta;
type Story = StoryObj<typeof meta>;

const column = { display: 'grid', gap: cssVar('space.3') } as const;
const narrow = { ...column, maxInlineSize: '18rem' } as const;

export const Playground: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 2 })).toHaveAttribute(
      'data-variant',
      'title',
    );
  },
};

/** Each level with its default look. */
export const Levels: Story = {
  render: () => (
    <div style={column}>
      {levels.map((level) => (
        <Heading key={level} level={level}>
          Heading level {level}
        </Heading>
      ))}
    </div>
  ),
  play: async ({ canvas }) => {
    for (const level of levels) {
      await expect(canvas.getByRole('heading', { level })).toBeInTheDocument();
    }
  },
};

/** The outline and the look are separate: an h2 in display, an h1 in title. */
export const LevelVersusLook: Story = {
  render: () => (
    <div style={column}>
      <Heading level={1} variant="title">
        Page title (h1) that looks like a title
      </Heading>
      <Heading level={2} variant="display">
        Hero (h2) in display
      </Heading>
      <Heading level={3} variant="label-sm" color="secondary" weight="bold">
        Overline (h3) in label-sm
      </Heading>
    </div>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveAttribute(
      'data-variant',
      'title',
    );
    await expect(canvas.getByRole('heading', { level: 2 })).toHaveAttribute(
      'data-variant',
      'display',
    );
  },
};

/** Stress: a long word, wrapped and clamped; the clamped heading keeps its full name. */
export const LongText: Story = {
  render: () => (
    <div style={narrow}>
      <Heading level={2}>{longWord}</Heading>
      <Heading level={2} maxLines={1}>
        {`${longWord} and the quarterly report`}
      </Heading>
      <Heading level={1} maxLines={2}>
        A page title that is far too long for the narrow column it sits in
      </Heading>
    </div>
  ),
  play: async ({ canvas }) => {
    const clamped = canvas.getByRole('heading', { name: `${longWord} and the quarterly report` });
    await expect(clamped).toHaveAttribute('data-truncate');
    await expect(clamped).toHaveAttribute('title', `${longWord} and the quarterly report`);
  },
};

/** Stress: right-to-left. */
export const RightToLeft: Story = {
  render: () => (
    <RightToLeftBlock style={narrow}>
      <Heading level={1}>ترميم الإريخثيون</Heading>
      <Heading level={2} align="end">
        القسم الثاني
      </Heading>
      <Heading level={3} maxLines={1}>
        عنوان طويل جداً لا يتسع في عمود ضيق على الإطلاق
      </Heading>
    </RightToLeftBlock>
  ),
};

/** Stress: 200% zoom. */
export const Zoom200: Story = {
  render: () => (
    <Zoom200Block style={narrow}>
      <Heading level={1}>Zoomed page title</Heading>
      <Heading level={2} maxLines={1}>
        A clamped section heading at twice the size
      </Heading>
    </Zoom200Block>
  ),
};
