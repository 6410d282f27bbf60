import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import { RightToLeftBlock, Zoom200Block } from '../../../.storybook/stories';
import { cssVar } from '../../tokens';
import { Avatar, AvatarGroup, type AvatarSize, type AvatarStatus } from './Avatar';

const sizes: AvatarSize[] = ['xs', 'sm', 'md', 'lg', 'xl'];
const statuses: AvatarStatus[] = ['online', 'away', 'busy', 'offline'];

/**
 * A deterministic portrait: an inline SVG (no network, identical pixels every run). Colours
 * here are picture content, not UI styling.
 */
const portrait = (hue: number) =>
  `data:image/svg+xml,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="hsl(${hue} 45% 70%)"/><circle cx="32" cy="26" r="12" fill="hsl(${hue} 30% 35%)"/><ellipse cx="32" cy="60" rx="22" ry="16" fill="hsl(${hue} 30% 35%)"/></svg>`,
  )}`;

/** A URL that fails: an empty data image (no request, fails at once, deterministically). */
const broken = 'data:image/png;base64,';

const people = [
  'Ada Lovelace',
  'Grace Hopper',
  'Alan Turing',
  'Katherine Johnson',
  'Edsger Dijkstra',
  'Barbara Liskov',
  'Donald Knuth',
  'Margaret Hamilton',
  'Tim Berners-Lee',
  'Frances Allen',
  'Ken Thompson',
  'Radia Perlman',
];

const meta = {
  title: 'Atoms/Avatar',
  component: Avatar,
  args: { name: 'Ada Lovelace', src: portrait(210) },
  argTypes: {
    size: { control: 'inline-radio', options: sizes },
    status: { control: 'inline-radio', options: [undefined, ...statuses] },
  },
  parameters: {
    design: figmaDesign('Avatar'),
    docs: {
      description: {
        component: `A picture of a person or team. When the image is missing or fails to load it shows the initials of \`name\`, and without a name a generic user icon. It is one \`role="img"\` named by \`alt\` or \`name\`, plus the \`status\` ("Ada Lovelace, online"). \`AvatarGroup\` overlaps avatars and folds those beyond \`max\` into a "+N" avatar whose name lists them.

**Use** avatars to help people recognise who did or owns something, always with the name nearby or in the accessible name. Pass \`alt=""\` when the name is already written beside the avatar.

**Don't** use an avatar as the only way to identify someone, or as a button on its own (wrap it in a Button or Link with a text name). Presence never rests on colour alone: each status has a shape (online a disc, away a crescent, busy a disc crossed by a bar, offline a ring), and the status is also in the name.`,
      },
    },
  },
} satisfies Meta<typeof Avatar>;

export default meta;
type Story = StoryObj<typeof meta>;

const row = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: cssVar('space.3'),
  alignItems: 'center',
} as const;
const column = { display: 'grid', gap: cssVar('space.4') } as const;

export const Playground: Story = {
  play: async ({ canvas }) => {
    const avatar = canvas.getByRole('img', { name: 'Ada Lovelace' });
    await waitFor(() => expect(avatar.querySelector('img')?.complete).toBe(true));
  },
};

/** Every size with each fallback: image, initials, icon. */
export const Sizes: Story = {
  render: () => (
    <div style={column}>
      {(['image', 'initials', 'icon'] as const).map((kind) => (
        <div key={kind} style={row}>
          {sizes.map((size) => (
            <Avatar
              key={size}
              size={size}
              src={kind === 'image' ? portrait(140) : undefined}
              name={kind === 'icon' ? undefined : 'Grace Hopper'}
              alt={kind === 'icon' ? `Guest ${size}` : `Grace Hopper (${kind} ${size})`}
            />
          ))}
        </div>
      ))}
    </div>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('img', { name: 'Grace Hopper (initials md)' })).toHaveTextContent(
      'GH',
    );
    await expect(canvas.getByRole('img', { name: 'Guest xl' })).toHaveAttribute(
      'data-fallback',
      'icon',
    );
  },
};

/** The image fails to load: initials take its place; with no name, the user icon. */
export const ImageFails: Story = {
  render: () => (
    <div style={row}>
      <Avatar src={broken} name="Alan Turing" size="lg" />
      <Avatar src={broken} alt="Unknown guest" size="lg" />
    </div>
  ),
  play: async ({ canvas }) => {
    await waitFor(() =>
      expect(canvas.getByRole('img', { name: 'Alan Turing' })).toHaveTextContent('AT'),
    );
    await waitFor(() =>
      expect(canvas.getByRole('img', { name: 'Unknown guest' })).toHaveAttribute(
        'data-fallback',
        'icon',
      ),
    );
  },
};

/**
 * Presence: a shape per status (online a disc, away a crescent, busy a barred disc, offline a
 * ring), in its colour, and the status in the accessible name.
 */
export const Status: Story = {
  parameters: { visual: { forcedColors: true } },
  render: () => (
    <div style={column}>
      {(['md', 'xl'] as const).map((size) => (
        <div key={size} style={row}>
          {statuses.map((status, index) => (
            <Avatar
              key={status}
              size={size}
              status={status}
              name={people[index]}
              alt={`${people[index]} (${size})`}
              src={index % 2 ? undefined : portrait(30 + index * 60)}
            />
          ))}
        </div>
      ))}
    </div>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('img', { name: 'Ada Lovelace (md), online' })).toHaveAttribute(
      'data-status',
      'online',
    );
    await expect(
      canvas.getByRole('img', { name: 'Katherine Johnson (xl), offline' }),
    ).toBeVisible();
  },
};

/** A group of 12 with max 4: four avatars and "+8", whose name lists the other eight. */
export const Group: Story = {
  parameters: { design: figmaDesign('AvatarGroup') },
  render: () => (
    <div style={column}>
      {(['sm', 'md', 'xl'] as const).map((size) => (
        <AvatarGroup key={size} max={4} size={size} label={`Reviewers (${size})`}>
          {people.map((name, index) => (
            <Avatar key={name} name={name} src={index % 3 ? undefined : portrait(index * 30)} />
          ))}
        </AvatarGroup>
      ))}
    </div>
  ),
  play: async ({ canvas }) => {
    const group = canvas.getByRole('group', { name: 'Reviewers (md)' });
    const overflow = within(group).getByRole('img', { name: /^and 8 more: / });
    await expect(overflow).toHaveTextContent('+8');
    await expect(overflow.getAttribute('aria-label')).toBe(
      `and 8 more: ${people.slice(4).join(', ')}`,
    );
    await expect(within(group).getAllByRole('img')).toHaveLength(5);
  },
};

/** Decorative avatar next to the name in text: `alt=""` hides it from assistive technology. */
export const BesideName: Story = {
  render: () => (
    <div style={row}>
      <Avatar name="Margaret Hamilton" alt="" size="sm" />
      <span>Margaret Hamilton</span>
    </div>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('img')).toBeNull();
  },
};

/** Stress: a long name with no space: two initials, never overflow. */
export const LongText: Story = {
  render: () => (
    <div style={row}>
      <Avatar
        name="Supercalifragilisticexpialidocious Wolfeschlegelsteinhausenbergerdorff"
        size="xs"
      />
      <Avatar
        name="Supercalifragilisticexpialidocious Wolfeschlegelsteinhausenbergerdorff"
        size="xl"
        status="away"
      />
      <AvatarGroup max={1} label="Long names">
        <Avatar name="Supercalifragilisticexpialidocious" />
        {Array.from({ length: 120 }, (_, index) => (
          <Avatar key={index} name={`Person${index}WithAVeryLongNameThatNeverBreaks`} />
        ))}
      </AvatarGroup>
    </div>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getAllByText('SW')).toHaveLength(2);
    await expect(canvas.getByText('+120')).toBeVisible();
  },
};

/** Stress: right-to-left. The group overlaps towards the start (right), the dot sits at the end. */
export const RightToLeft: Story = {
  render: () => (
    <RightToLeftBlock style={column}>
      <div style={row}>
        <Avatar name="ليلى أحمد" size="lg" status="online" statusLabel="متصل" />
        <Avatar name="عمر" size="lg" src={portrait(30)} status="offline" statusLabel="غير متصل" />
      </div>
      <AvatarGroup
        max={4}
        label="المراجعون"
        overflowLabel={(count, names) => `و${count} آخرون: ${names.join('، ')}`}
      >
        {people.map((name, index) => (
          <Avatar key={name} name={name} src={index % 3 ? undefined : portrait(index * 30)} />
        ))}
      </AvatarGroup>
    </RightToLeftBlock>
  ),
  play: async ({ canvas }) => {
    const group = canvas.getByRole('group');
    const [first, second] = within(group).getAllByRole('img');
    // The second avatar sits to the left of the first in RTL.
    await expect(second!.getBoundingClientRect().left).toBeLessThan(
      first!.getBoundingClientRect().left,
    );
  },
};

/** Stress: 200% zoom (WCAG 1.4.4). */
export const Zoom200: Story = {
  render: () => (
    <Zoom200Block style={column}>
      <div style={row}>
        <Avatar name="Ada Lovelace" size="sm" status="busy" />
        <Avatar name="Grace Hopper" src={portrait(140)} status="online" />
      </div>
      <AvatarGroup max={3} size="sm">
        {people.slice(0, 6).map((name) => (
          <Avatar key={name} name={name} />
        ))}
      </AvatarGroup>
    </Zoom200Block>
  ),
};
