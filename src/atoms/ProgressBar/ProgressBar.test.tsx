import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { getStyleSheetText } from '../../theme/styleRegistry';
import { ProgressBar } from './ProgressBar';
import { progressBarClass } from './ProgressBar.styles';
import { reducedMotionRulesFor } from '../../test/reducedMotion';

describe('ProgressBar', () => {
  describe('given a value', () => {
    it('is a named progressbar with now/min/max and the percentage as value text', () => {
      render(<ProgressBar label="Uploading report.pdf" value={30} />);
      const bar = screen.getByRole('progressbar', { name: 'Uploading report.pdf' });
      expect(bar).toHaveAttribute('aria-valuenow', '30');
      expect(bar).toHaveAttribute('aria-valuemin', '0');
      expect(bar).toHaveAttribute('aria-valuemax', '100');
      expect(bar).toHaveAttribute('aria-valuetext', '30%');
      expect(bar.style.getPropertyValue('--_value')).toBe('0.3');
      expect(screen.getByText('30%')).toHaveAttribute('aria-hidden', 'true');
    });

    it('computes the percentage from a custom range', () => {
      render(<ProgressBar label="Steps" value={3} min={1} max={5} />);
      const bar = screen.getByRole('progressbar', { name: 'Steps' });
      expect(bar).toHaveAttribute('aria-valuenow', '3');
      expect(bar).toHaveAttribute('aria-valuemin', '1');
      expect(bar).toHaveAttribute('aria-valuemax', '5');
      expect(bar).toHaveAttribute('aria-valuetext', '50%');
    });

    it('announces and shows valueText instead of the percentage', () => {
      render(<ProgressBar label="Files" value={3} max={10} valueText="3 of 10 files" />);
      expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '3 of 10 files');
      expect(screen.getByText('3 of 10 files')).toBeInTheDocument();
    });

    it('hides the visible value with showValue={false} but still announces it', () => {
      render(<ProgressBar label="Quiet" value={40} showValue={false} />);
      expect(screen.queryByText('40%')).toBeNull();
      expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '40%');
    });

    it('clamps a value outside the range', () => {
      render(<ProgressBar label="Over" value={140} />);
      expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
    });

    it('updates when the value changes', () => {
      const { rerender } = render(<ProgressBar label="Sync" value={10} />);
      rerender(<ProgressBar label="Sync" value={75} />);
      expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '75');
      expect(screen.getByText('75%')).toBeInTheDocument();
    });
  });

  describe('given no value (indeterminate)', () => {
    it('sets no aria-valuenow nor value text and marks the root', () => {
      render(<ProgressBar label="Preparing" />);
      const bar = screen.getByRole('progressbar', { name: 'Preparing' });
      expect(bar).not.toHaveAttribute('aria-valuenow');
      expect(bar).not.toHaveAttribute('aria-valuetext');
      expect(bar.parentElement).toHaveAttribute('data-indeterminate');
    });

    it('has a reduced-motion rule that stops the sweep', () => {
      const rule = reducedMotionRulesFor(getStyleSheetText(), progressBarClass);
      expect(rule).toMatch(/\[data-indeterminate\] \[data-part='indicator'\]\{animation:none;/);
    });
  });

  describe('given label options, a description, size and variant', () => {
    it('keeps a hidden label as the name, and describes the bar', () => {
      render(<ProgressBar label="Storage" hideLabel value={92} description="46 of 50 GB used" />);
      const bar = screen.getByRole('progressbar', { name: 'Storage' });
      expect(bar).toHaveAccessibleDescription('46 of 50 GB used');
      expect(screen.getByText('Storage').className).toMatch(/visually-hidden/);
    });

    it('writes size and variant as data attributes, none at the defaults', () => {
      render(<ProgressBar label="A" value={1} />);
      render(<ProgressBar label="B" value={1} size="lg" variant="error" />);
      render(<ProgressBar label="C" value={1} size="md" variant="primary" />);
      const a = screen.getByRole('progressbar', { name: 'A' }).parentElement;
      const b = screen.getByRole('progressbar', { name: 'B' }).parentElement;
      const c = screen.getByRole('progressbar', { name: 'C' }).parentElement;
      expect(a).not.toHaveAttribute('data-size');
      expect(a).not.toHaveAttribute('data-variant');
      expect(b).toHaveAttribute('data-size', 'lg');
      expect(b).toHaveAttribute('data-variant', 'error');
      expect(c).not.toHaveAttribute('data-size');
      expect(c).not.toHaveAttribute('data-variant');
    });
  });

  describe('given native props and a ref', () => {
    it('forwards the ref to the progressbar, passes props and merges className on the root', () => {
      const ref = createRef<HTMLDivElement>();
      render(
        <ProgressBar
          ref={ref}
          label="Upload"
          value={5}
          id="upload"
          title="Tip"
          className="mine"
          aria-describedby="extra"
        />,
      );
      const bar = screen.getByRole('progressbar');
      expect(ref.current).toBe(bar);
      expect(bar).toHaveAttribute('id', 'upload');
      expect(bar).toHaveAttribute('title', 'Tip');
      expect(bar).toHaveAttribute('aria-describedby', 'extra');
      expect(bar.parentElement).toHaveClass('mine');
    });

    it('accepts aria-label in place of a label without a dev error', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(<ProgressBar label={undefined as never} aria-label="Page load" value={20} />);
      expect(screen.getByRole('progressbar', { name: 'Page load' })).toBeInTheDocument();
      expect(error).not.toHaveBeenCalled();
      error.mockRestore();
    });
  });

  describe('given bad input', () => {
    it('reports a missing label and still renders', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(<ProgressBar label={undefined as never} value={20} />);
      expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '20');
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('[Callicrates] ProgressBar: a progress bar needs a `label`'),
      );
      error.mockRestore();
    });

    it('reports max <= min and falls back to 0–100', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(<ProgressBar label="Bad range" value={50} min={10} max={10} />);
      const bar = screen.getByRole('progressbar');
      expect(bar).toHaveAttribute('aria-valuemax', '100');
      expect(bar).toHaveAttribute('aria-valuenow', '50');
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining(
          '[Callicrates] ProgressBar: `max` (10) must be greater than `min` (10)',
        ),
      );
      error.mockRestore();
    });

    it('reports a NaN value and shows it as indeterminate', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(<ProgressBar label="NaN" value={Number.NaN} />);
      expect(screen.getByRole('progressbar')).not.toHaveAttribute('aria-valuenow');
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('[Callicrates] ProgressBar: `value` must be a finite number'),
      );
      error.mockRestore();
    });
  });

  describe('on the server', () => {
    it('renders to a string with its ARIA values', () => {
      const html = renderToString(<ProgressBar label="Server" value={25} />);
      expect(html).toContain('role="progressbar"');
      expect(html).toContain('aria-valuenow="25"');
      expect(html).toContain('aria-valuetext="25%"');
      expect(html).toMatch(/class="cal-progress-bar"/);
    });
  });
});
