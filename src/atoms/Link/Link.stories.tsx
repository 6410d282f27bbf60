import type { Meta, StoryObj } from '@storybook/react-vite';
import { createContext, forwardRef, useContext, useState, type AnchorHTMLAttributes } from 'react';
import { expect, fn, userEvent } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import { RightToLeftBlock, Zoom200Block } from '../../../.storybook/stories';
import { cssVar, type TypographyRole } from '../../tokens';
import { Link, type LinkVariant } from './Link';
import { Text } from '../Text';

const variants: LinkVariant[] = ['inline', 'standalone'];

const meta = {
  title: 'Atoms/Link',
  component: Link,
  args: { href: '#docs', children: 'Read the documentation' },
  argTypes: {
    variant: { control: 'inline-radio', options: variants },
    as: { control: false },
  },
  parameters: {
    design: figmaDesign('Link'),
    docs: {
      description: {
        component: `Links navigate: to another page, a section of this one, another site.

\`inline\` (default) sits in running text, inherits its font and is always underlined, so it does not rely on colour alone. \`standalone\` stands on its own ("See all", footer links): label typography, underlined on hover. Visited links take \`color.text.link-visited\`.

\`external\` opens a new tab: it sets \`target="_blank"\` and \`rel="noopener noreferrer"\` (merged into yours), shows the external icon (mirrored in RTL) and tells screen reader users "(opens in a new tab)". It is explicit rather than guessed from the URL, because the page origin is unknown on the server.

Render a router's link with \`as={RouterLink}\`: it receives \`to\`/\`href\`, the class and the ref.

**Use** a Link for navigation, with text that says where it goes.

**Don't** use a Link for actions (use Button), "click here" text, or a disabled link (a link that cannot be followed should not be a link: remove it or explain why).`,
      },
    },
  },
} satisfies Meta<typeof Link>;

export default meta;
type Story = StoryObj<typeof meta>;

const column = { display: 'grid', gap: cssVar('space.3'), justifyItems: 'start' } as const;
const paragraph = { margin: 0, maxInlineSize: '40ch' } as const;

/** A typography role as a React style object, for story layout. */
const text = (role: TypographyRole) => ({
  fontFamily: cssVar(`typography.${role}.font-family`),
  fontSize: cssVar(`typography.${role}.font-size`),
  fontWeight: cssVar(`typography.${role}.font-weight`),
  lineHeight: cssVar(`typography.${role}.line-height`),
  margin: 0,
});

/** Clicking a "#" link would scroll the story; the stories keep the page still. */
const stay = (event: React.MouseEvent) => event.preventDefault();

export const Playground: Story = {
  args: { onClick: fn(stay) },
  play: async ({ canvas, args }) => {
    const link = canvas.getByRole('link', { name: 'Read the documentation' });
    await expect(link).toHaveAttribute('href', '#docs');
    await userEvent.click(link);
    await expect(args.onClick).toHaveBeenCalledTimes(1);
  },
};

/** Both variants, internal and external, in running text and on their own. */
export const Variants: Story = {
  render: () => (
    <div style={column}>
      <p style={paragraph}>
        Payments settle within two days; see the <Link href="#fees">fee schedule</Link> or the{' '}
        <Link href="https://example.com/terms" external>
          card network terms
        </Link>{' '}
        for details.
      </p>
      {variants.map((variant) => (
        <div key={variant} style={{ display: 'flex', gap: cssVar('space.4') }}>
          <Link variant={variant} href="#all">
            See all {variant}
          </Link>
          <Link variant={variant} href="https://example.com" external>
            Status page {variant}
          </Link>
        </div>
      ))}
    </div>
  ),
  play: async ({ canvas }) => {
    const external = canvas.getByRole('link', {
      name: /card network terms\s\(opens in a new tab\)/,
    });
    await expect(external).toHaveAttribute('target', '_blank');
    await expect(external).toHaveAttribute('rel', 'noopener noreferrer');
  },
};

export const Inline: Story = {
  render: (args) => (
    <p style={paragraph}>
      Before you start, <Link {...args} /> on tokens and themes.
    </p>
  ),
};

export const Standalone: Story = { args: { variant: 'standalone', children: 'See all projects' } };

export const External: Story = {
  args: { href: 'https://example.com', external: true, children: 'Open the status page' },
  play: async ({ canvas }) => {
    const link = canvas.getByRole('link', { name: /Open the status page\s\(opens in a new tab\)/ });
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  },
};

/**
 * Visited links: the story links to the page itself (always in the history), so the visited
 * colour shows deterministically.
 */
export const Visited: Story = {
  render: () => {
    const here = typeof window === 'undefined' ? '' : window.location.href;
    return (
      <div style={column}>
        <Link href={here}>A page you visited</Link>
        <Link href="#never-visited-c4ll1cr4t35">A page you did not visit</Link>
      </div>
    );
  },
  parameters: {
    visual: {
      disable: true,
      reason: 'The story URL differs between runs and hosts; :visited paints from browser history.',
    },
  },
};

/** A stand-in for a router: its links navigate through context, as React Router's do. */
const Navigate = createContext<(to: string) => void>(() => {});

/** A stand-in for React Router's `<Link to>`: renders an <a>, handles the click itself. */
const FakeRouterLink = forwardRef<
  HTMLAnchorElement,
  AnchorHTMLAttributes<HTMLAnchorElement> & { to: string }
>(function FakeRouterLink({ to, ...props }, ref) {
  const onNavigate = useContext(Navigate);
  return (
    <a
      {...props}
      ref={ref}
      href={to}
      onClick={(event) => {
        event.preventDefault();
        onNavigate(to);
      }}
    />
  );
});

/** `as={RouterLink}`: the router link receives `to`, the class and the ref. */
export const AsRouterLink: Story = {
  render: function Render() {
    const [path, setPath] = useState('/');
    return (
      <Navigate.Provider value={setPath}>
        <div style={column}>
          <Link as={FakeRouterLink} to="/settings" variant="standalone">
            Settings
          </Link>
          <Text role="status" as="div">
            Current route: {path}
          </Text>
        </div>
      </Navigate.Provider>
    );
  },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('link', { name: 'Settings' }));
    await expect(canvas.getByRole('status')).toHaveTextContent('Current route: /settings');
  },
};

export const KeyboardFocus: Story = {
  args: { onClick: fn(stay) },
  render: (args) => (
    <p style={paragraph}>
      Read <Link {...args}>the guide</Link> or{' '}
      <Link href="https://example.com" external onClick={stay}>
        the forum
      </Link>
      .
    </p>
  ),
  play: async ({ canvas, args }) => {
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: 'the guide' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onClick).toHaveBeenCalledTimes(1);
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: /the forum/ })).toHaveFocus();
  },
};

/** Stress: a URL-like word with no space wraps anywhere instead of overflowing. */
export const LongText: Story = {
  render: () => (
    <div style={{ ...column, maxInlineSize: cssVar('size.24') }}>
      <p style={{ margin: 0 }}>
        See{' '}
        <Link href="#x">https://example.com/SupercalifragilisticexpialidociousConfiguration</Link>
      </p>
      <Link href="https://example.com" external variant="standalone">
        SupercalifragilisticexpialidociousStatusPage
      </Link>
    </div>
  ),
};

/** Stress: right-to-left. The external icon sits at the inline end and points the other way. */
export const RightToLeft: Story = {
  render: () => (
    <RightToLeftBlock style={column}>
      <p style={paragraph}>
        اقرأ <Link href="#guide">الدليل</Link> أو{' '}
        <Link href="https://example.com" external externalLabel="(يفتح في علامة تبويب جديدة)">
          المنتدى
        </Link>
        .
      </p>
      <Link
        href="https://example.com"
        external
        variant="standalone"
        externalLabel="(يفتح في علامة تبويب جديدة)"
      >
        صفحة الحالة
      </Link>
    </RightToLeftBlock>
  ),
};

/** Stress: 200% zoom (WCAG 1.4.4). */
export const Zoom200: Story = {
  render: () => (
    <Zoom200Block style={column}>
      <p style={paragraph}>
        Read <Link href="#guide">the guide</Link> or{' '}
        <Link href="https://example.com" external>
          the forum
        </Link>
        .
      </p>
      <Link href="#all" variant="standalone">
        See all
      </Link>
    </Zoom200Block>
  ),
};

/** Crowded: inline links in a heading, in small print and in a list of standalone links. */
export const InContext: Story = {
  render: () => (
    <div style={column}>
      <h2 style={text('title')}>
        Release notes for <Link href="#v2">version 2</Link>
      </h2>
      <small style={text('caption')}>
        By continuing you accept the <Link href="#terms">terms</Link> and the{' '}
        <Link href="https://example.com/privacy" external>
          privacy policy
        </Link>
        .
      </small>
      <nav
        aria-label="Footer"
        style={{ display: 'flex', flexWrap: 'wrap', gap: cssVar('space.4') }}
      >
        {['About', 'Careers', 'Press', 'Blog', 'Help centre', 'Contact', 'Accessibility'].map(
          (label) => (
            <Link key={label} href={`#${label}`} variant="standalone">
              {label}
            </Link>
          ),
        )}
      </nav>
    </div>
  ),
};
