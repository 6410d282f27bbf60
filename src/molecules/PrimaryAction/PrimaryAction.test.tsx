import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { getStyleSheetText } from '../../theme/styleRegistry';
import '../Card';
import { hasPrimaryAction, PrimaryAction } from '.';

describe('PrimaryAction', () => {
  it('is a link with an href, a button with onClick, marked as the primary action', async () => {
    const onClick = vi.fn();
    render(
      <>
        <PrimaryAction href="/a">Link</PrimaryAction>
        <PrimaryAction onClick={onClick}>Button</PrimaryAction>
      </>,
    );
    expect(screen.getByRole('link', { name: 'Link' })).toHaveAttribute(
      'data-part',
      'primary-action',
    );
    const button = screen.getByRole('button', { name: 'Button' });
    expect(button).toHaveAttribute('type', 'button');
    await userEvent.click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('passes ARIA attributes to the element (aria-current on a step)', () => {
    render(
      <PrimaryAction href="/step" aria-current="step">
        Step
      </PrimaryAction>,
    );
    expect(screen.getByRole('link')).toHaveAttribute('aria-current', 'step');
  });

  it('says whether props ask for a primary action', () => {
    expect(hasPrimaryAction({})).toBe(false);
    expect(hasPrimaryAction({ href: '' })).toBe(true);
    expect(hasPrimaryAction({ to: '/x' })).toBe(true);
    expect(hasPrimaryAction({ onClick: () => {} })).toBe(true);
  });

  it('stretches the target over its surface and lifts the other controls, without outranking their own position', () => {
    const sheet = getStyleSheetText();
    expect(sheet).toContain(
      ".cal-card [data-part='primary-action']::after{content:'';position:absolute;inset:0;",
    );
    // :where() keeps the lift at the surface's specificity: a control's own `position` wins.
    expect(sheet).toContain(
      ".cal-card :where(a[href], button, input, select, textarea, summary, label, [tabindex]):where(:not([data-part='primary-action'])){position:relative;z-index:1;}",
    );
  });
});
