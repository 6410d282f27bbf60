// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DashboardPage } from './DashboardPage';
import { ListPage } from './ListPage';
import { SettingsPage } from './SettingsPage';
import { SignInPage } from './SignInPage';

// A whole page composed from the package root renders on a server, with no window or document.
describe('page templates on a server (no DOM)', () => {
  it.each([
    ['SignInPage', <SignInPage key="sign-in" />, 'Sign in to Ledgerly'],
    ['SettingsPage', <SettingsPage key="settings" />, 'Settings'],
    ['ListPage', <ListPage key="list" />, 'Invoices'],
    ['DashboardPage', <DashboardPage key="dashboard" />, 'Dashboard'],
  ])('renders %s with its landmarks and h1', (_name, page, title) => {
    expect(typeof document).toBe('undefined');
    const html = renderToString(page);
    expect(html).toMatch(/<header[\s>]/);
    expect(html).toMatch(/<main[\s>]/);
    expect(html).toContain(`>${title}</h1>`);
  });
});
