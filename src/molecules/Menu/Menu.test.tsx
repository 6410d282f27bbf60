import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Button } from '../../atoms/Button';
import { resetDevErrors } from '../../utils/dev';
import { Dialog } from '../Dialog';
import { Menu, MenuTrigger, type MenuEntry, type MenuProps } from '.';
import { headingForSubmenu, inTriangle, SUBMENU_OPEN_DELAY } from './hoverIntent';
import { checkedAfter, menuLevel, nextEnabled } from './menuModel';

/*
 * jsdom has no layout and no top layer: these tests cover the APG keyboard rules, state,
 * names, focus and nesting. Placement, RTL mirroring, hover intent with real geometry and the
 * pictures are tested in Chromium by the stories' play functions.
 */

const items: MenuEntry<string>[] = [
  { value: 'cut', label: 'Cut', shortcut: 'Ctrl+X', keyshortcuts: 'Control+X' },
  { value: 'copy', label: 'Copy', description: 'To the clipboard' },
  { value: 'paste', label: 'Paste', disabled: true },
  { separator: true },
  {
    value: 'share',
    label: 'Share',
    items: [
      { value: 'mail', label: 'Mail' },
      { value: 'link', label: 'Copy link' },
    ],
  },
  {
    label: 'View',
    items: [
      { value: 'grid', label: 'Grid', kind: 'radio' },
      { value: 'list', label: 'List', kind: 'radio' },
    ],
  },
  { value: 'wrap', label: 'Word wrap', kind: 'checkbox' },
  { value: 'docs', label: 'Documentation', href: '#docs' },
];

function Editor(props: Partial<MenuProps<string>>) {
  return (
    <>
      <Button>Before</Button>
      <MenuTrigger>
        <Button>Edit</Button>
        <Menu items={items} {...props} />
      </MenuTrigger>
      <Button>After</Button>
    </>
  );
}

const menu = () => screen.getByRole('menu');
/** The item (of any of the three roles) whose label is `name`. */
const item = (name: string) =>
  screen
    .getByText(name, { selector: '[data-part="label"]' })
    .closest<HTMLElement>('[data-menu-item]')!;
const active = () => document.activeElement;

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  resetDevErrors();
});

describe('menu model', () => {
  it('builds items, sections and separators, and skips bad items with a message', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const level = menuLevel([
      { value: 'a', label: 'A' },
      { value: 'a', label: 'Again' },
      { label: 'No value' } as never,
      { separator: true },
      { label: 'Group', items: [{ value: 'b', label: 'B', kind: 'radio' }] },
    ]);
    expect(level.nodes.map((node) => node.value)).toEqual(['a', 'b']);
    expect(level.rows.map((row) => row.type)).toEqual(['item', 'separator', 'section']);
    expect(error).toHaveBeenCalledTimes(2);
  });

  it('toggles checkboxes and keeps one radio per group', () => {
    const level = menuLevel(items);
    const wrap = level.nodes.find((node) => node.value === 'wrap')!;
    const list = level.nodes.find((node) => node.value === 'list')!;
    expect(checkedAfter([], wrap, level)).toEqual(['wrap']);
    expect(checkedAfter(['wrap'], wrap, level)).toEqual([]);
    expect(checkedAfter(['grid', 'wrap'], list, level)).toEqual(['wrap', 'list']);
  });

  it('wraps round the ends and skips disabled items', () => {
    const nodes = [{ disabled: false }, { disabled: true }, { disabled: false }];
    expect(nextEnabled(nodes, 0, 1)).toBe(2);
    expect(nextEnabled(nodes, 2, 1)).toBe(0);
    expect(nextEnabled(nodes, 0, -1)).toBe(2);
    expect(nextEnabled(nodes, -1, 1)).toBe(0);
    expect(nextEnabled(nodes, -1, -1)).toBe(2);
    expect(nextEnabled([{ disabled: true }], -1, 1)).toBe(-1);
  });

  it('knows a pointer heading for a submenu from one leaving it', () => {
    expect(inTriangle({ x: 1, y: 1 }, { x: 0, y: 0 }, { x: 4, y: 0 }, { x: 0, y: 4 })).toBe(true);
    expect(inTriangle({ x: 5, y: 5 }, { x: 0, y: 0 }, { x: 4, y: 0 }, { x: 0, y: 4 })).toBe(false);
    const submenu = { left: 200, right: 300, top: 0, bottom: 200 };
    // Diagonally down and right, toward the submenu's near edge: heading for it.
    expect(headingForSubmenu({ x: 100, y: 20 }, { x: 120, y: 40 }, submenu)).toBe(true);
    // Straight down and away: not.
    expect(headingForSubmenu({ x: 100, y: 20 }, { x: 60, y: 60 }, submenu)).toBe(false);
    // A submenu opened to the left (RTL, or flipped): the near edge is its right one.
    const left = { left: 0, right: 100, top: 0, bottom: 200 };
    expect(headingForSubmenu({ x: 150, y: 20 }, { x: 130, y: 40 }, left)).toBe(true);
    expect(headingForSubmenu({ x: 150, y: 20 }, { x: 150, y: 20 }, left)).toBe(false);
  });
});

describe('Menu button (APG)', () => {
  it('names the button as a menu button and the menu by the button', async () => {
    render(<Editor />);
    const button = screen.getByRole('button', { name: 'Edit' });
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(button).toHaveAttribute('aria-controls', menu().id);
    expect(menu()).toHaveAccessibleName('Edit');
    expect(active()).toBe(item('Cut'));
  });

  it.each([
    ['{Enter}', 'Cut'],
    [' ', 'Cut'],
    ['{ArrowDown}', 'Cut'],
    ['{ArrowUp}', 'Documentation'],
  ])('%s on the button opens the menu and focuses %s', async (key, first) => {
    render(<Editor />);
    screen.getByRole('button', { name: 'Edit' }).focus();
    await userEvent.keyboard(key);
    expect(active()).toBe(item(first));
  });

  it('moves with ArrowDown/ArrowUp (wrapping, skipping disabled), Home and End', async () => {
    render(<Editor />);
    screen.getByRole('button', { name: 'Edit' }).focus();
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(active()).toBe(item('Share'));
    await userEvent.keyboard('{End}');
    expect(active()).toBe(item('Documentation'));
    await userEvent.keyboard('{ArrowDown}');
    expect(active()).toBe(item('Cut'));
    await userEvent.keyboard('{ArrowUp}');
    expect(active()).toBe(item('Documentation'));
    await userEvent.keyboard('{Home}');
    expect(active()).toBe(item('Cut'));
  });

  it('jumps by type-ahead', async () => {
    render(<Editor />);
    screen.getByRole('button', { name: 'Edit' }).focus();
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard('w');
    expect(active()).toBe(item('Word wrap'));
    await userEvent.keyboard('{Home}l');
    expect(active()).toBe(item('List'));
  });

  it('runs an action on Enter, closes and returns focus to the button', async () => {
    const onAction = vi.fn();
    render(<Editor onAction={onAction} />);
    const button = screen.getByRole('button', { name: 'Edit' });
    button.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(onAction).toHaveBeenCalledWith('copy');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(active()).toBe(button);
  });

  it('runs an action on Space and on a click', async () => {
    const onAction = vi.fn();
    render(<Editor onAction={onAction} />);
    await userEvent.click(screen.getByRole('button', { name: 'Edit' }));
    await userEvent.keyboard(' ');
    expect(onAction).toHaveBeenLastCalledWith('cut');
    await userEvent.click(screen.getByRole('button', { name: 'Edit' }));
    await userEvent.click(item('Copy'));
    expect(onAction).toHaveBeenLastCalledWith('copy');
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('ignores disabled items', async () => {
    const onAction = vi.fn();
    render(<Editor onAction={onAction} />);
    await userEvent.click(screen.getByRole('button', { name: 'Edit' }));
    expect(item('Paste')).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(item('Paste'));
    expect(onAction).not.toHaveBeenCalled();
    expect(menu()).toBeInTheDocument();
  });

  it('closes on Escape and returns focus to the button', async () => {
    render(<Editor />);
    const button = screen.getByRole('button', { name: 'Edit' });
    await userEvent.click(button);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(active()).toBe(button);
  });

  it('closes on Tab and moves on from the button', async () => {
    render(<Editor />);
    await userEvent.click(screen.getByRole('button', { name: 'Edit' }));
    await userEvent.tab();
    expect(screen.queryByRole('menu')).toBeNull();
    expect(active()).toBe(screen.getByRole('button', { name: 'After' }));
  });

  it('closes on a press outside', async () => {
    render(<Editor />);
    await userEvent.click(screen.getByRole('button', { name: 'Edit' }));
    await userEvent.click(document.body);
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('shows shortcuts, descriptions, sections and separators with their roles', async () => {
    render(<Editor />);
    await userEvent.click(screen.getByRole('button', { name: 'Edit' }));
    expect(item('Cut')).toHaveAttribute('aria-keyshortcuts', 'Control+X');
    expect(item('Cut')).toHaveTextContent('Ctrl+X');
    expect(item('Copy')).toHaveAccessibleDescription('To the clipboard');
    expect(screen.getByRole('group', { name: 'View' })).toContainElement(item('Grid'));
    expect(screen.getByRole('separator')).toBeInTheDocument();
    expect(item('Documentation').tagName).toBe('A');
    expect(item('Documentation')).toHaveAttribute('href', '#docs');
  });
});

describe('aria-keyshortcuts', () => {
  /** The `aria-keyshortcuts` of a one-item menu whose item shows `shortcut`. */
  const ariaOf = (shortcut: string, keyshortcuts?: string) => {
    const { unmount } = render(
      <Menu
        defaultOpen
        anchorRef={{ current: document.body }}
        items={[{ value: 'x', label: 'Item', shortcut, keyshortcuts }]}
      />,
    );
    const value = screen.getByRole('menuitem', { name: 'Item' }).getAttribute('aria-keyshortcuts');
    unmount();
    return value;
  };

  it.each([
    ['Ctrl+S', 'Control+S'],
    ['Control+Shift+Z', 'Control+Shift+Z'],
    ['⌃⌥D', 'Control+Alt+D'],
    ['⌘S', 'Meta+S'],
    ['⌘+S', 'Meta+S'],
    ['⇧⌘P', 'Shift+Meta+P'],
    ['Cmd+,', 'Meta+,'],
    ['Command+Option+I', 'Meta+Alt+I'],
    ['Alt+F4', 'Alt+F4'],
    ['⌥⇧K', 'Alt+Shift+K'],
    ['shift+?', 'Shift+?'],
    ['F2', 'F2'],
    ['Ctrl+Shift+Alt+L', 'Control+Shift+Alt+L'],
  ])('maps the shown %s to %s', (shortcut, aria) => {
    expect(ariaOf(shortcut)).toBe(aria);
  });

  it.each([
    ['a key word the map does not know', 'Del'],
    ['a modifier in another language', 'Strg+S'],
    ['a key glyph', '⌘⌫'],
    ['no key after the modifiers', 'Ctrl+Shift'],
    ['a pointer action', 'Ctrl+Click'],
    ['a key that is not ASCII', 'Ctrl+Ö'],
    ['spaces around the +', 'Ctrl + S'],
  ])('writes none for %s (%s), though the text is shown', (_, shortcut) => {
    render(
      <Menu
        defaultOpen
        anchorRef={{ current: document.body }}
        items={[{ value: 'x', label: 'Item', shortcut }]}
      />,
    );
    const shown = screen.getByRole('menuitem', { name: 'Item' });
    expect(shown).not.toHaveAttribute('aria-keyshortcuts');
    expect(shown).toHaveTextContent(shortcut);
  });

  it('an explicit keyshortcuts always wins, and an empty one writes none', () => {
    expect(ariaOf('Del', 'Delete')).toBe('Delete');
    expect(ariaOf('Ctrl+S', 'Control+S Meta+S')).toBe('Control+S Meta+S');
    expect(ariaOf('Ctrl+S', '')).toBeNull();
  });
});

describe('checkbox and radio items', () => {
  it('toggles a checkbox item and stays open (default), checks one radio per group and closes', async () => {
    const onValueChange = vi.fn();
    render(<Editor defaultValue={['grid']} onValueChange={onValueChange} />);
    await userEvent.click(screen.getByRole('button', { name: 'Edit' }));
    const wrap = screen.getByRole('menuitemcheckbox', { name: 'Word wrap' });
    expect(wrap).toHaveAttribute('aria-checked', 'false');
    wrap.focus();
    await userEvent.keyboard(' ');
    expect(onValueChange).toHaveBeenLastCalledWith(['grid', 'wrap']);
    expect(screen.getByRole('menuitemcheckbox', { name: 'Word wrap' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    expect(menu()).toBeInTheDocument();
    expect(screen.getByRole('menuitemradio', { name: 'Grid' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await userEvent.click(screen.getByRole('menuitemradio', { name: 'List' }));
    expect(onValueChange).toHaveBeenLastCalledWith(['wrap', 'list']);
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('follows closeOnSelect on the menu and on an item', async () => {
    render(<Editor closeOnSelect={false} />);
    await userEvent.click(screen.getByRole('button', { name: 'Edit' }));
    await userEvent.click(item('Cut'));
    expect(menu()).toBeInTheDocument();
  });

  it('is controlled by value', async () => {
    function Controlled() {
      const [value, setValue] = useState<string[]>([]);
      return (
        <>
          <output>{value.join(',')}</output>
          <Editor value={value} onValueChange={setValue} />
        </>
      );
    }
    render(<Controlled />);
    await userEvent.click(screen.getByRole('button', { name: 'Edit' }));
    await userEvent.click(screen.getByRole('menuitemcheckbox', { name: 'Word wrap' }));
    expect(document.querySelector('output')).toHaveTextContent('wrap');
    expect(screen.getByRole('menuitemcheckbox', { name: 'Word wrap' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
  });
});

describe('submenus', () => {
  it('opens with ArrowRight at its first item and closes with ArrowLeft back to its item', async () => {
    render(<Editor />);
    await userEvent.click(screen.getByRole('button', { name: 'Edit' }));
    item('Share').focus();
    expect(item('Share')).toHaveAttribute('aria-haspopup', 'menu');
    await userEvent.keyboard('{ArrowRight}');
    expect(item('Share')).toHaveAttribute('aria-expanded', 'true');
    expect(active()).toBe(item('Mail'));
    expect(screen.getAllByRole('menu')[1]).toHaveAccessibleName('Share');
    await userEvent.keyboard('{ArrowLeft}');
    expect(screen.getAllByRole('menu')).toHaveLength(1);
    expect(active()).toBe(item('Share'));
  });

  it('opens with Enter, and Escape closes only the submenu', async () => {
    render(<Editor />);
    await userEvent.click(screen.getByRole('button', { name: 'Edit' }));
    item('Share').focus();
    await userEvent.keyboard('{Enter}');
    expect(active()).toBe(item('Mail'));
    await userEvent.keyboard('{Escape}');
    expect(screen.getAllByRole('menu')).toHaveLength(1);
    expect(active()).toBe(item('Share'));
  });

  it('mirrors the arrows in RTL', async () => {
    render(
      <div dir="rtl">
        <Editor />
      </div>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Edit' }));
    // jsdom computes no `direction` from `dir`: set it where anchorOverlay copies it.
    const root = menu();
    root.style.direction = 'rtl';
    item('Share').focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getAllByRole('menu')).toHaveLength(1);
    await userEvent.keyboard('{ArrowLeft}');
    expect(active()).toBe(item('Mail'));
    screen.getAllByRole('menu')[1]!.style.direction = 'rtl';
    await userEvent.keyboard('{ArrowRight}');
    expect(active()).toBe(item('Share'));
  });

  it('runs a submenu action and closes every level', async () => {
    const onAction = vi.fn();
    render(<Editor onAction={onAction} />);
    const button = screen.getByRole('button', { name: 'Edit' });
    await userEvent.click(button);
    item('Share').focus();
    await userEvent.keyboard('{ArrowRight}{ArrowDown}{Enter}');
    expect(onAction).toHaveBeenCalledWith('link');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(active()).toBe(button);
  });

  it('opens on hover after a delay, without taking focus', async () => {
    vi.useFakeTimers();
    render(<Editor />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    fireEvent.pointerMove(item('Share'), { pointerType: 'mouse', clientX: 5, clientY: 5 });
    expect(active()).toBe(item('Share'));
    expect(screen.getAllByRole('menu')).toHaveLength(1);
    act(() => vi.advanceTimersByTime(SUBMENU_OPEN_DELAY));
    expect(screen.getAllByRole('menu')).toHaveLength(2);
    expect(active()).toBe(item('Share'));
  });
});

describe('nesting and misuse', () => {
  it('inside a Dialog, Escape closes the menu alone', async () => {
    render(
      <Dialog title="Settings" defaultOpen>
        <Editor />
      </Dialog>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Edit' }));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(screen.getByRole('dialog', { name: 'Settings' })).toBeInTheDocument();
  });

  it('reports a Menu with no button and keeps working', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<Menu items={items} />);
    expect(error).toHaveBeenCalledWith(expect.stringContaining('a menu needs a button'));
  });

  it('does not crash on items that are not an array', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <MenuTrigger defaultOpen>
        <Button>Edit</Button>
        <Menu items={null as never} />
      </MenuTrigger>,
    );
    expect(menu()).toBeEmptyDOMElement();
    expect(error).toHaveBeenCalledWith(expect.stringContaining('`items` must be an array'));
  });
});
