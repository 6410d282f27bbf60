import type { MouseEvent, PointerEvent } from 'react';
import type { MenuNode } from './menuModel';

export interface MenuItemViewProps {
  node: MenuNode;
  id: string;
  checked: boolean;
  /** Its submenu is open. */
  expanded: boolean;
  onClick: (node: MenuNode, event: MouseEvent<HTMLElement>) => void;
  onPointerMove: (node: MenuNode, event: PointerEvent<HTMLElement>) => void;
}

/** lucide's `check` and `chevron-right`, inline so a Menu does not pull in Icon. */
const check = (
  <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <path d="M20 6 9 17l-5-5" />
  </svg>
);
const chevron = (
  <svg data-part="submenu" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <path d="m9 18 6-6-6-6" />
  </svg>
);

/**
 * A shown shortcut in ARIA's syntax ("Ctrl+S", "⌘⇧S" → "Control+S", "Meta+Shift+S"), or
 * undefined when it cannot be mapped. It must be modifiers (`Ctrl`, `Control`, `⌃`; `Cmd`,
 * `Command`, `⌘`; `Alt`, `Option`, `⌥`; `Shift`, `⇧`), each followed by `+` or nothing, then
 * one printable ASCII character or F1–F24 (the `y` flag matches them one after another from the
 * start, and only a key at the very end sets `key`).
 */
const ariaShortcut = (shortcut = ''): string | undefined => {
  let key: string | undefined;
  const aria = shortcut.replace(
    /(?:(⌃|Ctrl|Control)|(⌘|Cmd|Command)|(⌥|Alt|Option)|⇧|Shift)\+?|([!-~]|F\d+)$/giy,
    (_, control?: string, meta?: string, alt?: string, last?: string) =>
      (key = last) ?? `${control ? 'Control' : meta ? 'Meta' : alt ? 'Alt' : 'Shift'}+`,
  );
  return key && aria;
};

/**
 * One item: a `menuitem` (an `<a>` for a link), `menuitemcheckbox` or `menuitemradio`, out of
 * the tab order (the menu moves DOM focus between items). Parts: the check of a checkbox or
 * radio item, the icon, the label and description, the shortcut, the submenu chevron.
 */
export function MenuItemView({
  node,
  id,
  checked,
  expanded,
  onClick,
  onPointerMove,
}: MenuItemViewProps) {
  const { item, kind, disabled } = node;
  const hasSubmenu = Boolean(node.items);
  const link = item.href !== undefined && kind === 'action' && !hasSubmenu;
  const descriptionId = item.description ? `${id}-description` : undefined;
  const keyshortcuts = item.keyshortcuts ?? ariaShortcut(item.shortcut);
  // One element: an <a> for a link (with its href, target and rel), else a <div>.
  const Element = link ? 'a' : 'div';
  return (
    <Element
      id={id}
      // `menuitem`, `menuitemcheckbox` or `menuitemradio`.
      role={kind === 'action' ? 'menuitem' : `menuitem${kind}`}
      tabIndex={-1}
      data-menu-item=""
      data-kind={kind === 'action' ? undefined : kind}
      data-open={expanded || undefined}
      aria-describedby={descriptionId}
      aria-disabled={disabled || undefined}
      aria-checked={kind === 'action' ? undefined : checked}
      aria-haspopup={hasSubmenu ? 'menu' : undefined}
      aria-expanded={hasSubmenu ? expanded : undefined}
      aria-keyshortcuts={keyshortcuts || undefined}
      onClick={(event: MouseEvent<HTMLElement>) => onClick(node, event)}
      onPointerMove={(event: PointerEvent<HTMLElement>) => onPointerMove(node, event)}
      {...(link && {
        href: disabled ? undefined : item.href,
        target: item.target,
        rel: item.rel,
      })}
    >
      {kind === 'action' ? null : (
        <span data-part="check" aria-hidden="true">
          {checked ? check : null}
        </span>
      )}
      {item.icon ? (
        <span data-part="icon" aria-hidden="true">
          {item.icon}
        </span>
      ) : null}
      <span data-part="text">
        <span data-part="label">{item.label ?? String(node.value)}</span>
        {descriptionId ? (
          // Hidden from the name (the label alone names the item, as axe's
          // label-content-name-mismatch wants it), and read as the description.
          <span data-part="description" id={descriptionId} aria-hidden="true">
            {item.description}
          </span>
        ) : null}
      </span>
      {item.shortcut ? (
        <kbd data-part="shortcut" aria-hidden="true">
          {item.shortcut}
        </kbd>
      ) : null}
      {hasSubmenu ? chevron : null}
    </Element>
  );
}
