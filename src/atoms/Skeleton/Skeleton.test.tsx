import { isInaccessible, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { getStyleSheetText } from '../../theme/styleRegistry';
import { Skeleton } from './Skeleton';
import { skeletonClass } from './Skeleton.styles';
import { reducedMotionRulesFor } from '../../test/reducedMotion';

describe('Skeleton', () => {
  describe('given no props', () => {
    it('is one hidden text line', () => {
      render(<Skeleton data-testid="s" />);
      const skeleton = screen.getByTestId('s');
      expect(skeleton).toHaveAttribute('aria-hidden', 'true');
      expect(skeleton).not.toHaveAttribute('data-shape');
      expect(skeleton).not.toHaveAttribute('data-width');
      expect(skeleton).not.toHaveAttribute('data-height');
      expect(skeleton.querySelectorAll('[data-part="line"]')).toHaveLength(1);
    });
  });

  describe('given a shape, lines and token sizes', () => {
    it('renders one bar per text line', () => {
      render(<Skeleton data-testid="s" shape="text" lines={4} width="24" height="16" />);
      const skeleton = screen.getByTestId('s');
      expect(skeleton.querySelectorAll('[data-part="line"]')).toHaveLength(4);
      expect(skeleton).toHaveAttribute('data-width', '24');
      // text is the default shape: no data-shape, even when set explicitly; lines set the height.
      expect(skeleton).not.toHaveAttribute('data-shape');
      expect(skeleton).not.toHaveAttribute('data-height');
    });

    it('writes rect and circle shapes with width and height', () => {
      render(
        <>
          <Skeleton data-testid="r" shape="rect" width="24" height="16" lines={3} />
          <Skeleton data-testid="c" shape="circle" width="12" height="12" />
        </>,
      );
      const rect = screen.getByTestId('r');
      expect(rect).toHaveAttribute('data-shape', 'rect');
      expect(rect).toHaveAttribute('data-width', '24');
      expect(rect).toHaveAttribute('data-height', '16');
      expect(rect).toBeEmptyDOMElement();
      expect(screen.getByTestId('c')).toHaveAttribute('data-shape', 'circle');
    });
  });

  describe('in the loading pattern', () => {
    it('says nothing itself: the region is busy and one status names the wait', () => {
      render(
        <section aria-label="Profile" aria-busy="true">
          <span role="status">Loading profile</span>
          <Skeleton data-testid="avatar" shape="circle" />
          <Skeleton data-testid="bio" lines={3} />
        </section>,
      );
      const region = screen.getByRole('region', { name: 'Profile' });
      expect(region).toHaveAttribute('aria-busy', 'true');
      expect(screen.getByRole('status')).toHaveTextContent('Loading profile');
      // Only the status is exposed: the skeletons are out of the accessibility tree.
      expect(isInaccessible(screen.getByTestId('avatar'))).toBe(true);
      expect(isInaccessible(screen.getByTestId('bio'))).toBe(true);
      expect(isInaccessible(screen.getByRole('status'))).toBe(false);
    });
  });

  describe('under prefers-reduced-motion: reduce', () => {
    it('has a rule that stops the shimmer', () => {
      const rule = reducedMotionRulesFor(getStyleSheetText(), skeletonClass);
      expect(rule).toMatch(/animation:none;background-image:none;/);
    });
  });

  describe('given native props and a ref', () => {
    it('forwards the ref, merges className, and cannot be un-hidden', () => {
      const ref = createRef<HTMLDivElement>();
      render(<Skeleton ref={ref} className="mine" aria-hidden={false} id="sk" shape="rect" />);
      expect(ref.current).toHaveAttribute('id', 'sk');
      expect(ref.current).toHaveAttribute('aria-hidden', 'true');
      expect(ref.current).toHaveClass('mine');
      expect(ref.current?.className).toMatch(/cal-skeleton/);
    });
  });

  describe('given bad input', () => {
    it('reports lines below 1 and renders one line', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(<Skeleton data-testid="s" lines={0} />);
      expect(screen.getByTestId('s').querySelectorAll('[data-part="line"]')).toHaveLength(1);
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('[Callicrates] Skeleton: `lines` must be a whole number'),
      );
      error.mockRestore();
    });
  });

  describe('on the server', () => {
    it('renders to a string', () => {
      const html = renderToString(<Skeleton lines={2} />);
      expect(html).toMatch(/^<div aria-hidden="true" class="cal-skeleton">/);
      expect(html.match(/data-part="line"/g)).toHaveLength(2);
    });
  });
});
