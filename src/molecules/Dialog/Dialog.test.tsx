import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useRef, useState } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { Button } from '../../atoms/Button';
import { TextField } from '../../atoms/TextField';
import { getStyleSheetText, ThemeProvider } from '../../theme';
import { dialogClass } from './Dialog.styles';
import { Dialog } from './Dialog';
import { DialogTrigger } from './DialogTrigger';
import { Popover, PopoverTrigger } from '../Popover';
import { reducedMotionRulesFor } from '../../test/reducedMotion';

/*
 * jsdom has no HTMLDialogElement API (no showModal, no top layer, no inert page), so these
 * tests cover what Dialog itself does: names, state, focus, Escape, outside presses, forms,
 * server rendering. The browser's part (showModal, the inert page, the backdrop) is tested
 * in Chromium by the stories' play functions (Dialog.stories.tsx).
 */

function Profile(props: Partial<Parameters<typeof Dialog>[0]>) {
  return (
    <DialogTrigger>
      <Button>Edit profile</Button>
      <Dialog
        title="Edit profile"
        description="Your name is shown on your posts."
        footer={
          <Button type="submit" form="profile">
            Save
          </Button>
        }
        {...props}
      >
        <form id="profile" method="dialog">
          <TextField label="Name" name="name" />
          <TextField label="Email" name="email" />
        </form>
      </Dialog>
    </DialogTrigger>
  );
}

/**
 * Gives jsdom's `<dialog>` a showModal() that does what browsers do with focus: it focuses the
 * first `[autofocus]` element inside (the dialog focusing steps). Removed after the test, so
 * no prototype member leaks into the next file.
 */
function withBrowserShowModal() {
  const proto = HTMLDialogElement.prototype as Partial<HTMLDialogElement>;
  proto.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
    this.querySelector<HTMLElement>('[autofocus]')?.focus();
  };
  onTestFinished(() => {
    delete proto.showModal;
  });
}

describe('Dialog', () => {
  describe('given a DialogTrigger', () => {
    it('opens on click, named by its title and described by its description', async () => {
      render(<Profile />);
      const trigger = screen.getByRole('button', { name: 'Edit profile' });
      expect(trigger).toHaveAttribute('aria-haspopup', 'dialog');
      expect(trigger).toHaveAttribute('aria-expanded', 'false');
      expect(screen.queryByRole('dialog')).toBeNull();
      await userEvent.click(trigger);
      const dialog = screen.getByRole('dialog', { name: 'Edit profile' });
      expect(dialog).toHaveAccessibleDescription('Your name is shown on your posts.');
      expect(dialog).toHaveClass('cal-dialog');
      expect(dialog).toHaveAttribute('open');
      expect(trigger).toHaveAttribute('aria-expanded', 'true');
      expect(screen.getByRole('heading', { level: 2, name: 'Edit profile' })).toBeInTheDocument();
    });

    it('moves focus to the first field on open and back to the trigger on close', async () => {
      render(<Profile />);
      await userEvent.click(screen.getByRole('button', { name: 'Edit profile' }));
      expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus();
      await userEvent.keyboard('{Escape}');
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(screen.getByRole('button', { name: 'Edit profile' })).toHaveFocus();
    });

    it('focuses `initialFocus` when given', async () => {
      function WithInitialFocus() {
        const email = useRef<HTMLInputElement>(null);
        return (
          <DialogTrigger>
            <Button>Open</Button>
            <Dialog title="Contact" initialFocus={email}>
              <TextField label="Name" />
              <TextField label="Email" ref={email} />
            </Dialog>
          </DialogTrigger>
        );
      }
      render(<WithInitialFocus />);
      await userEvent.click(screen.getByRole('button', { name: 'Open' }));
      expect(screen.getByRole('textbox', { name: 'Email' })).toHaveFocus();
    });

    it('with `initialFocus`, never passes focus through the first field on open', () => {
      withBrowserShowModal();
      const onFocus = vi.fn();
      const onBlur = vi.fn();
      function WithInitialFocus() {
        const done = useRef<HTMLButtonElement>(null);
        return (
          <Dialog title="Review" defaultOpen initialFocus={done}>
            <TextField label="Note" onFocus={onFocus} onBlur={onBlur} />
            <Button ref={done}>Done</Button>
          </Dialog>
        );
      }
      render(<WithInitialFocus />);
      expect(screen.getByRole('button', { name: 'Done' })).toHaveFocus();
      expect(onFocus).not.toHaveBeenCalled();
      expect(onBlur).not.toHaveBeenCalled();
      // The hint is the browser's for the call only: no attribute stays behind.
      expect(screen.getByRole('dialog').querySelector('[autofocus]')).toBeNull();
    });

    it('without `initialFocus`, focuses the first field once, straight away', () => {
      withBrowserShowModal();
      const onFocus = vi.fn();
      const onBlur = vi.fn();
      render(
        <Dialog title="Review" defaultOpen>
          <TextField label="Note" onFocus={onFocus} onBlur={onBlur} />
        </Dialog>,
      );
      expect(screen.getByRole('textbox', { name: 'Note' })).toHaveFocus();
      expect(onFocus).toHaveBeenCalledTimes(1);
      expect(onBlur).not.toHaveBeenCalled();
    });

    it('closes with the close button, named by closeLabel', async () => {
      render(<Profile closeLabel="Schließen" />);
      await userEvent.click(screen.getByRole('button', { name: 'Edit profile' }));
      await userEvent.click(screen.getByRole('button', { name: 'Schließen' }));
      expect(screen.queryByRole('dialog')).toBeNull();
    });

    it('closes on a press outside it', async () => {
      render(<Profile />);
      await userEvent.click(screen.getByRole('button', { name: 'Edit profile' }));
      await userEvent.click(screen.getByRole('dialog'));
      expect(screen.getByRole('dialog')).toBeInTheDocument();
      await userEvent.click(document.body);
      expect(screen.queryByRole('dialog')).toBeNull();
    });
  });

  describe('keyboard (APG modal dialog)', () => {
    it('wraps Tab from the last element to the first, and Shift+Tab back', async () => {
      render(<Profile />);
      await userEvent.click(screen.getByRole('button', { name: 'Edit profile' }));
      const dialog = screen.getByRole('dialog');
      const name = within(dialog).getByRole('textbox', { name: 'Name' });
      const save = within(dialog).getByRole('button', { name: 'Save' });
      const close = within(dialog).getByRole('button', { name: 'Close' });
      expect(name).toHaveFocus();
      await userEvent.tab();
      expect(within(dialog).getByRole('textbox', { name: 'Email' })).toHaveFocus();
      await userEvent.tab();
      expect(save).toHaveFocus();
      await userEvent.tab();
      expect(close).toHaveFocus();
      await userEvent.tab({ shift: true });
      expect(save).toHaveFocus();
      await userEvent.tab();
      await userEvent.tab({ shift: true });
      expect(save).toHaveFocus();
    });

    it('lets a control inside keep Escape for itself', async () => {
      render(
        <Dialog title="Search" defaultOpen>
          <input
            aria-label="Query"
            onKeyDown={(event) => {
              if (event.key === 'Escape') event.preventDefault();
            }}
          />
        </Dialog>,
      );
      await userEvent.keyboard('{Escape}');
      expect(screen.getByRole('dialog')).toBeInTheDocument();
    });
  });

  describe('when controlled', () => {
    it('reports Escape through onOpenChange and stays open until `open` changes', async () => {
      const onOpenChange = vi.fn();
      const { rerender } = render(
        <Dialog title="Controlled" open onOpenChange={onOpenChange}>
          <p>Body</p>
        </Dialog>,
      );
      await userEvent.keyboard('{Escape}');
      expect(onOpenChange).toHaveBeenCalledWith(false);
      expect(screen.getByRole('dialog')).toBeInTheDocument();
      rerender(
        <Dialog title="Controlled" open={false} onOpenChange={onOpenChange}>
          <p>Body</p>
        </Dialog>,
      );
      expect(screen.queryByRole('dialog')).toBeNull();
    });
  });

  describe('in forms', () => {
    it('closes when a <form method="dialog"> submits, after the form saw the data', async () => {
      const onSubmit = vi.fn((event: React.SubmitEvent<HTMLFormElement>) =>
        Object.fromEntries(new FormData(event.currentTarget)),
      );
      render(
        <Dialog title="Rename" defaultOpen>
          <form method="dialog" onSubmit={onSubmit}>
            <TextField label="Name" name="name" />
            <Button type="submit">Rename</Button>
          </form>
        </Dialog>,
      );
      await userEvent.type(screen.getByRole('textbox', { name: 'Name' }), 'Ada');
      await userEvent.click(screen.getByRole('button', { name: 'Rename' }));
      expect(onSubmit.mock.results[0]?.value).toEqual({ name: 'Ada' });
      expect(screen.queryByRole('dialog')).toBeNull();
    });

    it('sets returnValue to the submitter’s value before onOpenChange, and clears it at each opening', async () => {
      // jsdom has no returnValue: this checks what the Dialog writes (Chromium: the InForm story).
      const ref = createRef<HTMLDialogElement>();
      const results: string[] = [];
      render(
        <DialogTrigger>
          <Button>Open</Button>
          <Dialog
            ref={ref}
            title="Unsaved changes"
            keepMounted
            onOpenChange={(open) => {
              if (!open) results.push(ref.current?.returnValue ?? 'no dialog');
            }}
          >
            <form method="dialog">
              <Button type="submit" value="discard">
                Discard
              </Button>
              <Button type="submit">Keep editing</Button>
            </form>
          </Dialog>
        </DialogTrigger>,
      );
      await userEvent.click(screen.getByRole('button', { name: 'Open' }));
      await userEvent.click(screen.getByRole('button', { name: 'Discard' }));
      await userEvent.click(screen.getByRole('button', { name: 'Open' }));
      expect(ref.current?.returnValue).toBe('');
      await userEvent.keyboard('{Escape}');
      await userEvent.click(screen.getByRole('button', { name: 'Open' }));
      await userEvent.click(screen.getByRole('button', { name: 'Keep editing' }));
      expect(results).toEqual(['discard', '', '']);
    });

    it('stays open for an ordinary form that handles its own submit (e.g. invalid input)', async () => {
      const onSubmit = vi.fn((event: React.SubmitEvent<HTMLFormElement>) => event.preventDefault());
      render(
        <Dialog title="Rename" defaultOpen>
          <form onSubmit={onSubmit}>
            <TextField label="Name" name="name" />
            <Button type="submit">Rename</Button>
          </form>
        </Dialog>,
      );
      await userEvent.click(screen.getByRole('button', { name: 'Rename' }));
      expect(onSubmit).toHaveBeenCalledTimes(1);
      expect(screen.getByRole('dialog')).toBeInTheDocument();
    });

    it('does not submit a form that surrounds the Dialog in the React tree', async () => {
      const outer = vi.fn((event: React.SubmitEvent<HTMLFormElement>) => event.preventDefault());
      render(
        <form onSubmit={outer}>
          <Dialog title="Address" defaultOpen>
            <form method="dialog">
              <Button type="submit">Use address</Button>
            </form>
          </Dialog>
        </form>,
      );
      await userEvent.click(screen.getByRole('button', { name: 'Use address' }));
      expect(outer).not.toHaveBeenCalled();
    });
  });

  describe('nested', () => {
    it('closes only the inner dialog on Escape, returning focus to its opener inside the outer one', async () => {
      render(
        <DialogTrigger>
          <Button>Settings</Button>
          <Dialog title="Settings">
            <DialogTrigger>
              <Button>Delete account</Button>
              <Dialog title="Are you sure?">
                <p>This cannot be undone.</p>
              </Dialog>
            </DialogTrigger>
          </Dialog>
        </DialogTrigger>,
      );
      await userEvent.click(screen.getByRole('button', { name: 'Settings' }));
      await userEvent.click(screen.getByRole('button', { name: 'Delete account' }));
      expect(screen.getByRole('dialog', { name: 'Are you sure?' })).toBeInTheDocument();
      await userEvent.keyboard('{Escape}');
      expect(screen.queryByRole('dialog', { name: 'Are you sure?' })).toBeNull();
      expect(screen.getByRole('dialog', { name: 'Settings' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Delete account' })).toHaveFocus();
      // The inner dialog portalled into the outer one: a modal dialog makes the rest inert.
    });

    it('closes only the inner dialog on its own close request (a back gesture, requestClose)', () => {
      const onOuterChange = vi.fn();
      const onInnerChange = vi.fn();
      const onOuterCancel = vi.fn();
      render(
        <Dialog title="Outer" open onOpenChange={onOuterChange} onCancel={onOuterCancel}>
          <Dialog title="Inner" open onOpenChange={onInnerChange}>
            <p>Inner body</p>
          </Dialog>
        </Dialog>,
      );
      const inner = screen.getByRole('dialog', { name: 'Inner' });
      const cancel = new Event('cancel', { cancelable: true });
      fireEvent(inner, cancel);
      expect(cancel.defaultPrevented).toBe(true);
      expect(onInnerChange).toHaveBeenCalledExactlyOnceWith(false);
      expect(onOuterChange).not.toHaveBeenCalled();
      // React bubbles it through the tree: the outer dialog's onCancel still hears it.
      expect(onOuterCancel).toHaveBeenCalledTimes(1);
      fireEvent(
        screen.getByRole('dialog', { name: 'Outer' }),
        new Event('cancel', { cancelable: true }),
      );
      expect(onOuterChange).toHaveBeenCalledExactlyOnceWith(false);
      expect(onInnerChange).toHaveBeenCalledTimes(1);
    });

    it('portals an inner overlay into the outer dialog', async () => {
      render(
        <Dialog title="Outer" defaultOpen>
          <Dialog title="Inner" defaultOpen>
            <p>Inner body</p>
          </Dialog>
        </Dialog>,
      );
      const outer = await screen.findByRole('dialog', { name: 'Outer' });
      expect(outer).toContainElement(await screen.findByRole('dialog', { name: 'Inner' }));
    });
  });

  describe('focus return when the trigger is gone', () => {
    it('goes to the selected tab when the trigger’s tab panel was hidden meanwhile', async () => {
      function Tabs() {
        const [tab, setTab] = useState<'a' | 'b'>('a');
        return (
          <div>
            <div role="tablist">
              <button
                type="button"
                role="tab"
                aria-selected={tab === 'a'}
                tabIndex={tab === 'a' ? 0 : -1}
                onClick={() => setTab('a')}
              >
                General
              </button>
              <button
                type="button"
                role="tab"
                aria-selected={tab === 'b'}
                tabIndex={tab === 'b' ? 0 : -1}
                onClick={() => setTab('b')}
              >
                Billing
              </button>
            </div>
            <div role="tabpanel" hidden={tab !== 'a'}>
              <DialogTrigger>
                <Button>Change plan</Button>
                <Dialog
                  title="Change plan"
                  footer={<Button onClick={() => setTab('b')}>Go to billing</Button>}
                >
                  <p>Plans are billed monthly.</p>
                </Dialog>
              </DialogTrigger>
            </div>
            <div role="tabpanel" hidden={tab !== 'b'}>
              <p>Billing</p>
            </div>
          </div>
        );
      }
      render(<Tabs />);
      await userEvent.click(screen.getByRole('button', { name: 'Change plan' }));
      await userEvent.click(screen.getByRole('button', { name: 'Go to billing' }));
      await userEvent.keyboard('{Escape}');
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(screen.getByRole('tab', { name: 'Billing' })).toHaveFocus();
    });
  });

  describe('kept mounted', () => {
    it('keeps its content in a closed <dialog>, out of the accessibility tree, until it opens', async () => {
      render(<Profile keepMounted />);
      const closed = document.querySelector('dialog');
      expect(closed).not.toBeNull();
      expect(closed).not.toHaveAttribute('open');
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(screen.queryByRole('textbox', { name: 'Name' })).toBeNull();
      await userEvent.click(screen.getByRole('button', { name: 'Edit profile' }));
      // The same element opens: nothing was mounted for the opening.
      expect(screen.getByRole('dialog', { name: 'Edit profile' })).toBe(closed);
      expect(closed).toHaveAttribute('open');
      expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus();
    });

    // Focus return is tested in Chromium (Dialog.stories.tsx, Kept Mounted): React gives focus
    // back to the field it saw focused before the commit that closes the dialog, which a
    // browser refuses inside a closed <dialog> and jsdom, with no layout, allows.
    it('keeps what was typed between openings and reports each close once', async () => {
      const onOpenChange = vi.fn();
      render(<Profile keepMounted onOpenChange={onOpenChange} />);
      const trigger = screen.getByRole('button', { name: 'Edit profile' });
      await userEvent.click(trigger);
      await userEvent.type(screen.getByRole('textbox', { name: 'Name' }), 'Ada');
      await userEvent.keyboard('{Escape}');
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(document.querySelector('dialog')).not.toHaveAttribute('open');
      expect(onOpenChange.mock.calls).toEqual([[false]]);
      await userEvent.click(trigger);
      expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Ada');
      await userEvent.click(screen.getByRole('button', { name: 'Close' }));
      expect(onOpenChange.mock.calls).toEqual([[false], [false]]);
    });

    it('answers no Escape or outside press while closed', async () => {
      const onOpenChange = vi.fn();
      render(
        <>
          <Button>Elsewhere</Button>
          <Dialog title="Kept" keepMounted open={false} onOpenChange={onOpenChange}>
            Body
          </Dialog>
        </>,
      );
      await userEvent.click(screen.getByRole('button', { name: 'Elsewhere' }));
      await userEvent.keyboard('{Escape}');
      expect(onOpenChange).not.toHaveBeenCalled();
    });
  });

  describe('theme scope', () => {
    it('portals into a nested scope="element" ThemeProvider, keeping its colour scheme', () => {
      render(
        <ThemeProvider storageKey={null}>
          <ThemeProvider colorScheme="dark">
            <Dialog title="Dark" defaultOpen>
              <p>Body</p>
            </Dialog>
          </ThemeProvider>
        </ThemeProvider>,
      );
      expect(screen.getByRole('dialog').closest('[data-theme]')).toHaveAttribute(
        'data-theme',
        'dark',
      );
    });
  });

  describe('theme scope inside', () => {
    function Nested({ scope }: { scope?: 'document' | 'element' }) {
      return (
        <ThemeProvider storageKey={null} colorScheme="light">
          <Dialog title="Settings" defaultOpen>
            <ThemeProvider colorScheme="dark" scope={scope} storageKey={null}>
              <PopoverTrigger>
                <Button>Filters</Button>
                <Popover title="Filters">
                  <p>Popover body</p>
                </Popover>
              </PopoverTrigger>
            </ThemeProvider>
          </Dialog>
        </ThemeProvider>
      );
    }

    it('portals a popover into the nearest ThemeProvider, nested in the dialog, not inert', async () => {
      render(<Nested />);
      await userEvent.click(screen.getByRole('button', { name: 'Filters' }));
      const popover = screen.getByRole('dialog', { name: 'Filters' });
      const scope = popover.parentElement;
      expect(scope).toHaveAttribute('data-theme', 'dark');
      expect(screen.getByRole('dialog', { name: 'Settings' })).toContainElement(scope);
      expect(popover.closest('[inert]')).toBeNull();
    });

    it('keeps a popover in the dialog under a nested scope="document" ThemeProvider', async () => {
      render(<Nested scope="document" />);
      await userEvent.click(screen.getByRole('button', { name: 'Filters' }));
      const popover = screen.getByRole('dialog', { name: 'Filters' });
      expect(popover.parentElement).toBe(screen.getByRole('dialog', { name: 'Settings' }));
      document.documentElement.removeAttribute('data-theme');
    });
  });

  describe('props', () => {
    it('writes data-size only when not the default, forwards the ref and native props', () => {
      const ref = createRef<HTMLDialogElement>();
      render(
        <Dialog
          title="Big"
          size="lg"
          defaultOpen
          ref={ref}
          className="mine"
          data-testid="d"
          id="big"
        >
          <p>Body</p>
        </Dialog>,
      );
      const dialog = screen.getByTestId('d');
      expect(ref.current).toBe(dialog);
      expect(dialog).toHaveAttribute('data-size', 'lg');
      expect(dialog).toHaveAttribute('id', 'big');
      expect(dialog).toHaveClass('mine', 'cal-dialog');
    });

    it('names itself by aria-label when there is no title', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(
        <Dialog aria-label="Image preview" defaultOpen>
          <p>Picture</p>
        </Dialog>,
      );
      expect(screen.getByRole('dialog', { name: 'Image preview' })).toBeInTheDocument();
      expect(error).not.toHaveBeenCalled();
      error.mockRestore();
    });
  });

  describe('motion', () => {
    it('animates in and out from the motion tokens, and not at all under reduced motion', () => {
      const sheet = getStyleSheetText();
      expect(sheet).toContain(`.${dialogClass}{`);
      expect(sheet).toMatch(/animation:cal-dialog-in var\(--cal-motion-duration-normal\)/);
      const rule = reducedMotionRulesFor(sheet, dialogClass);
      expect(rule).toMatch(/::backdrop[^{]*\{animation:none;/);
    });
  });

  describe('given bad input', () => {
    it('reports a dialog with no name, and still renders', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(
        <Dialog defaultOpen>
          <p>Nameless</p>
        </Dialog>,
      );
      expect(screen.getByRole('dialog')).toBeInTheDocument();
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('[Callicrates] Dialog: a dialog needs an accessible name'),
      );
      error.mockRestore();
    });

    it('reports `open` without `onOpenChange`', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(
        <Dialog title="Stuck" open>
          <p>Body</p>
        </Dialog>,
      );
      expect(error).toHaveBeenCalledWith(expect.stringContaining('`open` without `onOpenChange`'));
      error.mockRestore();
    });
  });

  describe('on the server', () => {
    it('renders nothing for a closed dialog, and its trigger', () => {
      const html = renderToString(<Profile />);
      expect(html).toContain('aria-haspopup="dialog"');
      expect(html).not.toContain('<dialog');
    });

    it('hydrates a dialog open at first render without a mismatch, then shows it', async () => {
      const tree = (
        <Dialog title="Welcome" defaultOpen>
          <p>Hello</p>
        </Dialog>
      );
      const container = document.body.appendChild(document.createElement('div'));
      container.innerHTML = renderToString(tree);
      expect(container.innerHTML).toBe('');
      const onRecoverableError = vi.fn();
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      let root: ReturnType<typeof hydrateRoot> | undefined;
      await act(async () => {
        root = hydrateRoot(container, tree, { onRecoverableError });
      });
      expect(onRecoverableError).not.toHaveBeenCalled();
      expect(error).not.toHaveBeenCalled();
      expect(screen.getByRole('dialog', { name: 'Welcome' })).toHaveAttribute('open');
      act(() => root?.unmount());
      container.remove();
      error.mockRestore();
    });
  });
});
