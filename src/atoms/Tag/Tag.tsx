import {
  forwardRef,
  useState,
  type HTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { cx, devError } from '../../utils';
import { XIcon } from '../Icon';
import { tagClass } from './Tag.styles';

export interface TagProps extends Omit<HTMLAttributes<HTMLSpanElement>, 'children'> {
  /** The text of the tag. Required: it is also the name of its buttons. */
  label: string;
  /** A decorative icon before the label, e.g. `<TagIcon />`. */
  icon?: ReactNode;
  /** A small avatar before the label, e.g. `<Avatar size="xs" src=… alt="" />`. Decorative. */
  avatar?: ReactNode;
  /**
   * Makes the tag a toggle button (`aria-pressed`), for filters.
   * @default false
   */
  selectable?: boolean;
  /** Whether a `selectable` tag is selected (controlled). Use with `onSelectedChange`. */
  selected?: boolean;
  /**
   * The initial selection of an uncontrolled `selectable` tag.
   * @default false
   */
  defaultSelected?: boolean;
  /** Called with the new selection when a `selectable` tag is toggled. */
  onSelectedChange?: (selected: boolean) => void;
  /**
   * Shows a remove button ("Remove <label>"); Backspace or Delete on the focused tag removes
   * it too. The tag does not remove itself: drop it in `onRemove` and move focus to a
   * neighbour.
   * @default false
   */
  removable?: boolean;
  /** Called when the remove button is pressed, or Backspace/Delete on the focused tag. */
  onRemove?: () => void;
  /**
   * The name of the remove button (translate it here).
   * @default `Remove ${label}`
   */
  removeLabel?: string;
  /**
   * Disables the toggle and remove buttons.
   * @default false
   */
  disabled?: boolean;
}

/**
 * A keyword, a filter or a selected value. `selectable` makes it a toggle button, `removable`
 * adds a remove button. State is `data-selected`, `data-disabled`, `data-selectable`,
 * `data-removable` on the root `<span>`, which receives the ref.
 */
export const Tag = forwardRef<HTMLSpanElement, TagProps>(function Tag(
  {
    label,
    icon,
    avatar,
    selectable = false,
    selected: selectedProp,
    defaultSelected = false,
    onSelectedChange,
    removable = false,
    onRemove,
    removeLabel,
    disabled = false,
    className,
    onKeyDown,
    ...rest
  },
  ref,
) {
  const [ownSelected, setOwnSelected] = useState(defaultSelected);
  const controlled = selectedProp !== undefined;
  const selected = selectable && (controlled ? selectedProp : ownSelected);

  if (typeof label !== 'string' || label.trim() === '') {
    devError('Tag', '`label` is required: it is the text of the tag and names its buttons.');
  }
  if (removable && !onRemove) {
    devError('Tag', '`removable` needs `onRemove`: otherwise the remove button does nothing.');
  }
  if (!selectable && (selectedProp !== undefined || onSelectedChange)) {
    devError('Tag', '`selected` and `onSelectedChange` need `selectable`.');
  }

  const toggle = () => {
    if (disabled) return;
    const next = !selected;
    if (!controlled) setOwnSelected(next);
    onSelectedChange?.(next);
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLSpanElement>) => {
    onKeyDown?.(event);
    if (event.defaultPrevented || !removable || disabled) return;
    if (event.key === 'Backspace' || event.key === 'Delete') {
      event.preventDefault();
      onRemove?.();
    }
  };

  const content = (
    <>
      {avatar ? (
        <span data-part="avatar" aria-hidden="true">
          {avatar}
        </span>
      ) : icon ? (
        <span data-part="icon" aria-hidden="true">
          {icon}
        </span>
      ) : null}
      <span data-part="label">{label}</span>
    </>
  );

  return (
    <span
      {...rest}
      ref={ref}
      className={cx(tagClass, className)}
      data-selectable={selectable || undefined}
      data-selected={selected || undefined}
      data-removable={removable || undefined}
      data-disabled={disabled || undefined}
      onKeyDown={handleKeyDown}
    >
      {selectable ? (
        <button
          type="button"
          data-part="toggle"
          aria-pressed={selected}
          disabled={disabled}
          onClick={toggle}
        >
          {content}
        </button>
      ) : (
        <span data-part="content">{content}</span>
      )}
      {removable ? (
        <button
          type="button"
          data-part="remove"
          aria-label={removeLabel ?? `Remove ${label}`}
          disabled={disabled}
          onClick={() => onRemove?.()}
        >
          <XIcon size="sm" />
        </button>
      ) : null}
    </span>
  );
});

Tag.displayName = 'Tag';
