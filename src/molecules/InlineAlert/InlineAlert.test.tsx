import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InlineAlert } from './InlineAlert';

afterEach(() => vi.restoreAllMocks());

describe('InlineAlert', () => {
  describe('given a title and a description', () => {
    it('shows both, with the status in words before them for screen readers', () => {
      render(<InlineAlert data-testid="a" title="Saved" description="All changes are stored." />);
      const alert = screen.getByTestId('a');
      expect(alert).toHaveTextContent(/^InformationSavedAll changes are stored\.$/);
      expect(alert.querySelector('[data-part="status-label"]')).toHaveTextContent('Information');
    });

    it('has no role, so text present at page load is not announced again', () => {
      render(<InlineAlert title="Saved" />);
      expect(screen.queryByRole('alert')).toBeNull();
      expect(screen.queryByRole('status')).toBeNull();
    });

    it('marks the icon decorative', () => {
      render(<InlineAlert data-testid="a" title="Saved" />);
      const icon = screen.getByTestId('a').querySelector('svg');
      expect(icon).toHaveAttribute('aria-hidden', 'true');
    });
  });

  describe('status', () => {
    it('writes no data-status for the default, info', () => {
      render(<InlineAlert data-testid="a" title="Note" />);
      expect(screen.getByTestId('a')).not.toHaveAttribute('data-status');
    });

    it.each([
      ['success', 'Success'],
      ['warning', 'Warning'],
      ['error', 'Error'],
    ] as const)('writes data-status="%s" and says "%s"', (status, word) => {
      render(<InlineAlert data-testid="a" status={status} title="Message" />);
      const alert = screen.getByTestId('a');
      expect(alert).toHaveAttribute('data-status', status);
      expect(alert).toHaveTextContent(`${word}Message`);
    });

    it('takes a translated status label', () => {
      render(<InlineAlert data-testid="a" status="error" statusLabel="Erreur" title="Échec" />);
      expect(screen.getByTestId('a')).toHaveTextContent('ErreurÉchec');
    });
  });

  describe('when live', () => {
    it.each([
      ['error', 'alert'],
      ['warning', 'alert'],
      ['info', 'status'],
      ['success', 'status'],
    ] as const)('a %s alert is role="%s"', (status, role) => {
      render(<InlineAlert live status={status} title="Message" />);
      expect(screen.getByRole(role)).toHaveTextContent('Message');
    });
  });

  it('renders actions after the text', () => {
    render(<InlineAlert title="Failed" actions={<button type="button">Retry</button>} />);
    const retry = screen.getByRole('button', { name: 'Retry' });
    expect(retry.parentElement).toHaveAttribute('data-part', 'actions');
  });

  it('forwards the ref and passes native props, merging the class name', () => {
    const ref = createRef<HTMLDivElement>();
    render(<InlineAlert ref={ref} id="x" className="mine" title="T" />);
    expect(ref.current).toBeInstanceOf(HTMLDivElement);
    expect(ref.current).toHaveAttribute('id', 'x');
    expect(ref.current).toHaveClass('cal-inline-alert', 'mine');
  });

  describe('given bad input', () => {
    it('reports an alert with nothing to say, and still renders', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(<InlineAlert data-testid="a" status="error" />);
      expect(error).toHaveBeenCalledWith(expect.stringContaining('InlineAlert: an alert needs'));
      expect(screen.getByTestId('a')).toHaveTextContent('Error');
    });

    it('reports an unknown status and falls back to info', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      // @ts-expect-error: untyped callers can pass anything
      render(<InlineAlert data-testid="a" status="danger" title="T" />);
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('InlineAlert: `status` is "danger", which is not one of'),
      );
      expect(screen.getByTestId('a')).not.toHaveAttribute('data-status');
    });
  });

  it('renders on the server', () => {
    const html = renderToString(<InlineAlert status="warning" title="Heads up" description="D" />);
    expect(html).toContain('class="cal-inline-alert"');
    expect(html).toContain('data-status="warning"');
    expect(html).toContain('Heads up');
  });
});
