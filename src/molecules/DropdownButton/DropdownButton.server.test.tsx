// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DropdownButton } from '.';

describe('DropdownButton on a server (no DOM)', () => {
  it('renders the button, open or not, without touching window or document', () => {
    expect(typeof document).toBe('undefined');
    const html = renderToString(
      <DropdownButton items={[{ value: 'cut', label: 'Cut' }]} defaultOpen variant="secondary">
        Actions
      </DropdownButton>,
    );
    expect(html).toContain('aria-haspopup="menu"');
    expect(html).toContain('data-variant="secondary"');
    expect(html).toContain('Actions');
  });
});
