import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createRef } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { Avatar, AvatarGroup, initialsOf } from './Avatar';

describe('Avatar', () => {
  describe('given an image and a name', () => {
    it('is one image named by the name, the picture itself decorative', () => {
      const { container } = render(<Avatar src="/ada.png" name="Ada Lovelace" />);
      const avatar = screen.getByRole('img', { name: 'Ada Lovelace' });
      const img = container.querySelector('img');
      expect(img).toHaveAttribute('src', '/ada.png');
      expect(img).toHaveAttribute('alt', '');
      expect(avatar).not.toHaveAttribute('data-size');
      expect(avatar).not.toHaveAttribute('data-fallback');
    });

    it('prefers alt over name for the accessible name', () => {
      render(<Avatar src="/ada.png" name="Ada Lovelace" alt="Ada Lovelace, author" />);
      expect(screen.getByRole('img', { name: 'Ada Lovelace, author' })).toBeInTheDocument();
    });
  });

  describe('when the image fails to load', () => {
    it('shows the initials of the name instead, and tries again with a new src', () => {
      const { container, rerender } = render(<Avatar src="/broken.png" name="Ada King Lovelace" />);
      fireEvent.error(container.querySelector('img')!);
      const avatar = screen.getByRole('img', { name: 'Ada King Lovelace' });
      expect(container.querySelector('img')).toBeNull();
      expect(avatar).toHaveAttribute('data-fallback', 'initials');
      expect(avatar).toHaveTextContent('AL');
      rerender(<Avatar src="/ada.png" name="Ada King Lovelace" />);
      expect(container.querySelector('img')).toHaveAttribute('src', '/ada.png');
    });

    it('shows the initials when the image failed before hydration attached onError', async () => {
      const html = renderToString(<Avatar src="/broken.png" name="Ada Lovelace" />);
      const container = document.createElement('div');
      container.innerHTML = html;
      document.body.append(container);
      // What a browser reports for an image that already failed: complete, no pixels,
      // and decode() rejects.
      const image = container.querySelector('img')!;
      Object.defineProperties(image, {
        complete: { value: true },
        naturalWidth: { value: 0 },
        decode: { value: () => Promise.reject(new Error('broken')) },
      });
      const root = hydrateRoot(container, <Avatar src="/broken.png" name="Ada Lovelace" />);
      await waitFor(() => expect(container.querySelector('img')).toBeNull());
      expect(screen.getByRole('img', { name: 'Ada Lovelace' })).toHaveTextContent('AL');
      act(() => root.unmount());
      container.remove();
    });

    it('keeps an image that is complete without an intrinsic size but decodes (an SVG)', async () => {
      const decode = vi.fn(() => Promise.resolve());
      const original = Object.getOwnPropertyDescriptors(HTMLImageElement.prototype);
      Object.defineProperties(HTMLImageElement.prototype, {
        complete: { configurable: true, get: () => true },
        naturalWidth: { configurable: true, get: () => 0 },
        decode: { configurable: true, value: decode },
      });
      try {
        const { container } = render(<Avatar src="/logo.svg" name="Ada Lovelace" />);
        await waitFor(() => expect(decode).toHaveBeenCalled());
        expect(container.querySelector('img')).toHaveAttribute('src', '/logo.svg');
      } finally {
        for (const key of ['complete', 'naturalWidth', 'decode'] as const) {
          const descriptor = original[key];
          if (descriptor) Object.defineProperty(HTMLImageElement.prototype, key, descriptor);
          else delete (HTMLImageElement.prototype as unknown as Record<string, unknown>)[key];
        }
      }
    });

    it('shows the user icon when there is no name either', () => {
      const { container } = render(<Avatar src="/broken.png" alt="Guest" />);
      fireEvent.error(container.querySelector('img')!);
      const avatar = screen.getByRole('img', { name: 'Guest' });
      expect(avatar).toHaveAttribute('data-fallback', 'icon');
      expect(avatar.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    });
  });

  describe('given a size', () => {
    it('writes data-size only when it departs from the default md', () => {
      render(
        <>
          <Avatar name="Default" />
          <Avatar name="Medium" size="md" />
          <Avatar name="Small" size="sm" />
        </>,
      );
      expect(screen.getByRole('img', { name: 'Default' })).not.toHaveAttribute('data-size');
      expect(screen.getByRole('img', { name: 'Medium' })).not.toHaveAttribute('data-size');
      expect(screen.getByRole('img', { name: 'Small' })).toHaveAttribute('data-size', 'sm');
    });
  });

  describe('given no image', () => {
    it('shows initials from the name', () => {
      render(<Avatar name="grace hopper" size="lg" />);
      const avatar = screen.getByRole('img', { name: 'grace hopper' });
      expect(avatar).toHaveTextContent('GH');
      expect(avatar).toHaveAttribute('data-size', 'lg');
    });

    it('makes initials from one word, extra spaces and letters outside the BMP', () => {
      expect(initialsOf('  ada  ')).toBe('A');
      expect(initialsOf('𝒜da Lovelace')).toBe('𝒜L');
      expect(initialsOf('Jean-Luc Picard')).toBe('JP');
      expect(initialsOf('')).toBe('');
    });
  });

  describe('with a status', () => {
    it('adds the status to the accessible name and marks the dot', () => {
      render(<Avatar name="Ada Lovelace" status="busy" />);
      const avatar = screen.getByRole('img', { name: 'Ada Lovelace, busy' });
      expect(avatar).toHaveAttribute('data-status', 'busy');
      expect(avatar.querySelector('[data-part="status"]')).toHaveAttribute('aria-hidden', 'true');
    });

    it('takes translated status words', () => {
      render(<Avatar name="Ada" status="online" statusLabel="en ligne" />);
      expect(screen.getByRole('img', { name: 'Ada, en ligne' })).toBeInTheDocument();
    });
  });

  describe('when decorative (alt="")', () => {
    it('is hidden from assistive technology and reports nothing', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const { container } = render(<Avatar name="Ada Lovelace" alt="" />);
      expect(screen.queryByRole('img')).toBeNull();
      expect(container.firstElementChild).toHaveAttribute('aria-hidden', 'true');
      expect(container.firstElementChild).toHaveTextContent('AL');
      expect(error).not.toHaveBeenCalled();
      error.mockRestore();
    });
  });

  describe('as an element', () => {
    it('forwards the ref to the root <span> and passes native props through', () => {
      const ref = createRef<HTMLSpanElement>();
      render(<Avatar ref={ref} name="Ada" className="mine" data-testid="a" title="Ada" />);
      const avatar = screen.getByTestId('a');
      expect(ref.current).toBe(avatar);
      expect(avatar).toHaveClass('mine');
      expect(avatar.className).toMatch(/cal-avatar/);
      expect(avatar).toHaveAttribute('title', 'Ada');
    });
  });

  describe('given bad input', () => {
    it('reports a missing name in development and still renders the icon', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const { container } = render(<Avatar />);
      expect(container.querySelector('svg')).toBeInTheDocument();
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('[Callicrates] Avatar: an avatar needs `name` (or `alt`)'),
      );
      error.mockRestore();
    });
  });

  describe('on the server', () => {
    it('renders to a string with the image', () => {
      const html = renderToString(<Avatar src="/ada.png" name="Ada Lovelace" status="online" />);
      expect(html).toContain('role="img"');
      expect(html).toContain('aria-label="Ada Lovelace, online"');
      expect(html).toContain('src="/ada.png"');
    });
  });
});

const names = [
  'Ada Lovelace',
  'Grace Hopper',
  'Alan Turing',
  'Katherine Johnson',
  'Edsger Dijkstra',
  'Barbara Liskov',
];

describe('AvatarGroup', () => {
  describe('given more avatars than max', () => {
    it('shows max avatars and a "+N" avatar that names the hidden ones', () => {
      render(
        <AvatarGroup max={4} label="Reviewers">
          {names.map((name) => (
            <Avatar key={name} name={name} />
          ))}
        </AvatarGroup>,
      );
      const group = screen.getByRole('group', { name: 'Reviewers' });
      const avatars = within(group).getAllByRole('img');
      expect(avatars).toHaveLength(5);
      const overflow = within(group).getByRole('img', {
        name: 'and 2 more: Edsger Dijkstra, Barbara Liskov',
      });
      expect(overflow).toHaveTextContent('+2');
      expect(overflow).toHaveAttribute('data-part', 'overflow');
    });

    it('takes a translated overflow label', () => {
      render(
        <AvatarGroup max={1} overflowLabel={(count) => `et ${count} autres`}>
          <Avatar name="A" />
          <Avatar name="B" />
          <Avatar name="C" />
        </AvatarGroup>,
      );
      expect(screen.getByRole('img', { name: 'et 2 autres' })).toHaveTextContent('+2');
    });
  });

  describe('given no more avatars than max', () => {
    it('shows them all without an overflow avatar', () => {
      render(
        <AvatarGroup max={4}>
          {names.slice(0, 4).map((name) => (
            <Avatar key={name} name={name} />
          ))}
        </AvatarGroup>,
      );
      expect(screen.getAllByRole('img')).toHaveLength(4);
      expect(screen.queryByText(/^\+/)).toBeNull();
    });
  });

  describe('given a size', () => {
    it('sizes every avatar and the overflow avatar alike', () => {
      render(
        <AvatarGroup max={1} size="sm">
          <Avatar name="A" size="xl" />
          <Avatar name="B" />
        </AvatarGroup>,
      );
      expect(screen.getByRole('group')).toHaveAttribute('data-size', 'sm');
      for (const avatar of screen.getAllByRole('img')) {
        expect(avatar).toHaveAttribute('data-size', 'sm');
      }
    });

    it('writes no data-size on the group, its avatars or the overflow at the default md', () => {
      render(
        <AvatarGroup max={1} size="md">
          <Avatar name="A" size="xl" />
          <Avatar name="B" />
        </AvatarGroup>,
      );
      expect(screen.getByRole('group')).not.toHaveAttribute('data-size');
      for (const avatar of screen.getAllByRole('img')) {
        expect(avatar).not.toHaveAttribute('data-size');
      }
    });

    it('takes the size of its first avatar when it has none', () => {
      const { rerender } = render(
        <AvatarGroup max={1}>
          <Avatar name="A" size="lg" />
          <Avatar name="B" size="lg" />
        </AvatarGroup>,
      );
      expect(screen.getByRole('group')).toHaveAttribute('data-size', 'lg');
      expect(screen.getByRole('img', { name: 'and 1 more: B' })).toHaveAttribute('data-size', 'lg');
      rerender(
        <AvatarGroup max={1}>
          <Avatar name="A" />
          <Avatar name="B" />
        </AvatarGroup>,
      );
      expect(screen.getByRole('group')).not.toHaveAttribute('data-size');
      expect(screen.getByRole('img', { name: 'and 1 more: B' })).not.toHaveAttribute('data-size');
    });
  });

  describe('given bad input', () => {
    it('reports an invalid max and shows every avatar', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const ref = createRef<HTMLDivElement>();
      render(
        <AvatarGroup max={0} ref={ref}>
          <Avatar name="A" />
          <Avatar name="B" />
        </AvatarGroup>,
      );
      expect(screen.getAllByRole('img')).toHaveLength(2);
      expect(ref.current).toBe(screen.getByRole('group'));
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('[Callicrates] AvatarGroup: `max` must be a whole number'),
      );
      error.mockRestore();
    });

    it('reports an unknown size once, through the avatars it is given to', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(
        // @ts-expect-error: a value from outside the union, as plain JavaScript could pass
        <AvatarGroup size="huge" label="Team">
          <Avatar name="Ada Lovelace" />
          <Avatar name="Grace Hopper" />
        </AvatarGroup>,
      );
      const reports = error.mock.calls.filter(([text]) => String(text).includes('"huge"'));
      expect(reports).toEqual([
        [expect.stringContaining('[Callicrates] Avatar: `size` is "huge"')],
      ]);
      error.mockRestore();
    });
  });

  describe('on the server', () => {
    it('renders to a string', () => {
      const html = renderToString(
        <AvatarGroup max={1}>
          <Avatar name="A" />
          <Avatar name="B" />
        </AvatarGroup>,
      );
      expect(html).toContain('role="group"');
      expect(html).toContain('aria-label="and 1 more: B"');
      expect(html).not.toContain('data-size');
    });
  });
});
