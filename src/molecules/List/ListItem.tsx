import { forwardRef, useId, type ChangeEvent, type LiHTMLAttributes, type ReactNode } from 'react';
import { Checkbox } from '../../atoms/Checkbox';
import { cx, devError } from '../../utils';
import { hasPrimaryAction, PrimaryAction, type PrimaryActionProps } from '../PrimaryAction';
import { listItemClass } from './List.styles';
import { useList } from './ListContext';

export interface ListItemProps
  extends PrimaryActionProps, Omit<LiHTMLAttributes<HTMLLIElement>, 'title' | 'onClick' | 'value'> {
  /** The row's main text. Required: it names the row's link, button or checkbox. */
  title: ReactNode;
  /** A second line: detail, metadata. Describes the row's checkbox. */
  description?: ReactNode;
  /**
   * Before the text: an avatar, an icon. Decorative unless it says something the title does
   * not (then give it its own name).
   * @selector [data-part="start"]
   */
  start?: ReactNode;
  /**
   * After the text: a badge, a time, an action button. Controls here stay usable in an
   * interactive row.
   * @selector [data-part="end"]
   */
  end?: ReactNode;
  /** Identifies the row in a selectable List's `value`, and is its checkbox's value. */
  value?: string;
  /**
   * The row cannot be selected or followed: its checkbox is disabled and its title is text.
   * @default false
   * @selector [data-disabled]
   */
  disabled?: boolean;
}

/**
 * One row of a List. With `href` (or `as`/`to` for a router's link) the row is one link, or
 * with `onClick` one button: its title is the link or button, stretched over the row (as in
 * Card), and the controls in `end` stay usable above it. In a selectable List the row starts
 * with a checkbox; a press elsewhere on a row without a link or button toggles it. The ref
 * and native props reach the `<li>`.
 *
 * @selector .cal-list-item — the `<li>`; `[data-part="select" | "start" | "content" | "title" | "description" | "end"]`
 * @selector [data-selected] — its checkbox is checked
 * @selector [data-interactive] — the row is a link or button
 */
export const ListItem = forwardRef<HTMLLIElement, ListItemProps>(function ListItem(
  {
    title,
    description,
    start,
    end,
    value,
    disabled = false,
    href,
    as,
    to,
    linkProps,
    onClick,
    className,
    ...rest
  },
  ref,
) {
  const list = useList();
  const id = useId();
  const titleId = `${id}-title`;
  const descriptionId = `${id}-description`;
  const checkboxId = `${id}-select`;
  const target = { href, as, to, linkProps, onClick };
  const interactive = !disabled && hasPrimaryAction(target);
  const selectable = Boolean(list?.selectable);
  const selected = selectable && value !== undefined && Boolean(list?.value.includes(value));

  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    if (!list) {
      devError('ListItem', 'a ListItem must be inside a List; it renders as a plain list item.');
    } else if (selectable && (typeof value !== 'string' || value === '')) {
      devError('ListItem', 'a row of a selectable List needs a `value`: it is what it submits.');
    }
    if (title === undefined || title === null || title === '') {
      devError('ListItem', '`title` is required: it names the row.');
    }
    if (onClick && (href !== undefined || to !== undefined)) {
      devError('ListItem', 'a row is one link or one button: give `href` (or `to`) or `onClick`.');
    }
  }

  return (
    <li
      {...rest}
      ref={ref}
      className={cx(listItemClass, className)}
      data-selected={selected || undefined}
      data-disabled={disabled || undefined}
      data-interactive={interactive || undefined}
    >
      {selectable ? (
        <span data-part="select">
          <Checkbox
            id={checkboxId}
            label=""
            aria-labelledby={titleId}
            aria-describedby={description ? descriptionId : undefined}
            size={list?.size === 'sm' ? 'sm' : 'md'}
            name={list?.name}
            value={value}
            checked={selected}
            disabled={disabled}
            onChange={(event: ChangeEvent<HTMLInputElement>) =>
              value !== undefined && list?.setItemSelected(value, event.currentTarget.checked)
            }
          />
        </span>
      ) : null}
      {start ? <span data-part="start">{start}</span> : null}
      <div data-part="content">
        <span data-part="title" id={titleId}>
          {interactive ? <PrimaryAction {...target}>{title}</PrimaryAction> : title}
        </span>
        {description ? (
          <span data-part="description" id={descriptionId}>
            {description}
          </span>
        ) : null}
      </div>
      {end ? <div data-part="end">{end}</div> : null}
      {selectable && !interactive && !disabled ? (
        // The row's own target: a press anywhere on it (but its controls) toggles the checkbox.
        <label htmlFor={checkboxId} data-part="primary-action" aria-hidden="true" />
      ) : null}
    </li>
  );
});

ListItem.displayName = 'ListItem';
