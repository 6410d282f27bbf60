import { render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { describe, expect, it } from 'vitest';
import { usePresence } from './usePresence';

function Overlay({ open }: { open: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  const { mounted, exiting } = usePresence(open, ref);
  if (!mounted) return null;
  return (
    <div ref={ref} role="dialog" aria-label="Panel" data-exiting={exiting || undefined}>
      Panel
    </div>
  );
}

describe('usePresence', () => {
  it('mounts on open and, with no exit animation to wait for, unmounts on close', () => {
    const { rerender } = render(<Overlay open={false} />);
    expect(screen.queryByRole('dialog')).toBeNull();
    rerender(<Overlay open />);
    expect(screen.getByRole('dialog')).not.toHaveAttribute('data-exiting');
    rerender(<Overlay open={false} />);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
