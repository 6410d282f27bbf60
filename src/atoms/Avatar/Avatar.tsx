import {
  Children,
  cloneElement,
  forwardRef,
  isValidElement,
  useCallback,
  useState,
  type HTMLAttributes,
  type ReactElement,
  type ReactNode,
} from 'react';
import { cx, devError, reportUnknownValues } from '../../utils';
import { UserIcon } from '../Icon';
import { avatarClass, avatarGroupClass } from './Avatar.styles';

export const avatarSizes = ['xs', 'sm', 'md', 'lg', 'xl'] as const;
export type AvatarSize = (typeof avatarSizes)[number];
export const avatarStatuses = ['online', 'away', 'busy', 'offline'] as const;
export type AvatarStatus = (typeof avatarStatuses)[number];

const defaultStatusLabels: Record<AvatarStatus, string> = {
  online: 'online',
  away: 'away',
  busy: 'busy',
  offline: 'offline',
};

export interface AvatarProps extends Omit<HTMLAttributes<HTMLSpanElement>, 'children'> {
  /** The picture's URL. When it is missing or fails to load, the initials of `name` show. */
  src?: string;
  /**
   * The person's (or team's) name: the accessible name and the source of the initials.
   */
  name?: string;
  /**
   * The accessible name when it should differ from `name`. Pass `alt=""` for an avatar that
   * sits next to the same name in text: it is then hidden from assistive technology.
   */
  alt?: string;
  /**
   * Side length: `xs` 20, `sm` 24, `md` 32, `lg` 48, `xl` 64 (the `size.*` tokens).
   * @default 'md'
   */
  size?: AvatarSize;
  /**
   * A presence dot, added to the accessible name ("Ada Lovelace, online"). Each status has its
   * own shape as well as its colour: online a disc, away a crescent, busy a barred disc,
   * offline a ring.
   * @selector [data-status="online" | "away" | "busy" | "offline"]
   */
  status?: AvatarStatus;
  /**
   * The words announced for `status` (translate them here).
   * @default the status name, e.g. 'online'
   */
  statusLabel?: string;
}

/** "Ada King Lovelace" → "AL"; "ada" → "A"; handles letters outside the BMP. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0];
  if (!first) return '';
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  const initial = (word: string) => Array.from(word)[0]?.toLocaleUpperCase() ?? '';
  return initial(first) + (last ? initial(last) : '');
}

/** The default size writes no attribute: the base rule is the `md` look. */
const sizeAttribute = (size: AvatarSize) => (size === 'md' ? undefined : size);

/**
 * A picture of a person, with their initials (from `name`) or a generic user icon as the
 * fallback. The root is one `role="img"` named by `alt`/`name` and the status; size and state
 * are `data-size`, `data-status`, `data-fallback` (the default size, `md`, writes no
 * `data-size`).
 */
export const Avatar = forwardRef<HTMLSpanElement, AvatarProps>(function Avatar(
  { src, name, alt, size = 'md', status, statusLabel, className, ...rest },
  ref,
) {
  // Inline NODE_ENV check: production bundles drop the message (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    reportUnknownValues('Avatar', { size: [size, avatarSizes], status: [status, avatarStatuses] });
  }
  const [failedSrc, setFailedSrc] = useState<string | undefined>(undefined);
  const showImage = Boolean(src) && failedSrc !== src;
  // A server-rendered image can fail before hydration attaches `onError`. When the element
  // is attached already complete with no pixels, `decode()` tells a broken image (rejects)
  // from one without an intrinsic size, such as some SVGs (resolves).
  const imageRef = useCallback(
    (image: HTMLImageElement | null) => {
      if (!image?.complete || image.naturalWidth !== 0 || !image.getAttribute('src')) return;
      image.decode?.().catch(() => setFailedSrc(src));
    },
    [src],
  );
  const initials = name ? initialsOf(name) : '';
  const fallback = showImage ? undefined : initials ? 'initials' : 'icon';

  const baseName = alt ?? name;
  const decorative = alt === '';
  // Inline NODE_ENV check, not devError's run-time one: production bundles drop the text.
  if (
    typeof process !== 'undefined' &&
    process.env.NODE_ENV !== 'production' &&
    (baseName === undefined || (!decorative && baseName.trim() === ''))
  ) {
    devError(
      'Avatar',
      'an avatar needs `name` (or `alt`) for its accessible name and initials. Pass `alt=""` when the name is already in the text beside it.',
    );
  }
  const statusText = status ? (statusLabel ?? defaultStatusLabels[status]) : undefined;
  const accessibleName = [baseName?.trim() || undefined, statusText].filter(Boolean).join(', ');

  return (
    <span
      {...rest}
      ref={ref}
      className={cx(avatarClass, className)}
      data-size={sizeAttribute(size)}
      data-status={status}
      data-fallback={fallback}
      role={decorative ? undefined : 'img'}
      aria-label={decorative ? undefined : accessibleName || undefined}
      aria-hidden={decorative || undefined}
    >
      {showImage ? (
        <img
          data-part="image"
          src={src}
          alt=""
          ref={imageRef}
          onError={() => setFailedSrc(src)}
          draggable={false}
        />
      ) : initials ? (
        <span data-part="initials" aria-hidden="true">
          {initials}
        </span>
      ) : (
        <UserIcon data-part="icon" size="inherit" />
      )}
      {status ? <span data-part="status" aria-hidden="true" /> : null}
    </span>
  );
});

Avatar.displayName = 'Avatar';

export interface AvatarGroupProps extends HTMLAttributes<HTMLDivElement> {
  /**
   * How many avatars to show; the rest collapse into one extra "+N" avatar whose accessible
   * name lists them. Shows all when undefined.
   */
  max?: number;
  /** A size for every avatar in the group (overrides theirs). */
  size?: AvatarSize;
  /**
   * The accessible name of the group, e.g. "Project members".
   */
  label?: string;
  /**
   * Builds the accessible name of the "+N" avatar from the hidden count and names (translate
   * it here).
   * @default (count, names) => `and ${count} more: ${names.join(', ')}`
   */
  overflowLabel?: (count: number, names: string[]) => string;
  /** `Avatar` elements. */
  children?: ReactNode;
}

const defaultOverflowLabel = (count: number, names: string[]) =>
  names.length ? `and ${count} more: ${names.join(', ')}` : `and ${count} more`;

/**
 * A row of overlapping avatars (`role="group"`). Beyond `max`, one "+N" avatar stands for
 * the rest; its name lists them ("and 8 more: Ada Lovelace, …").
 */
export const AvatarGroup = forwardRef<HTMLDivElement, AvatarGroupProps>(function AvatarGroup(
  { max, size, label, overflowLabel = defaultOverflowLabel, className, children, ...rest },
  ref,
) {
  // Inline NODE_ENV check: production bundles drop the message (see toastStore.ts).
  const avatars = Children.toArray(children).filter(isValidElement) as Array<
    ReactElement<AvatarProps>
  >;
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    // A `size` given to avatars is reported by the first of them; a group with none draws it alone.
    if (!avatars.length) reportUnknownValues('AvatarGroup', { size: [size, avatarSizes] });
    if (max !== undefined && (!Number.isInteger(max) || max < 1)) {
      devError('AvatarGroup', `\`max\` must be a whole number of at least 1, got ${String(max)}.`);
    }
  }
  const limit = max !== undefined && Number.isInteger(max) && max >= 1 ? max : avatars.length;
  const visibleCount = Math.min(limit, avatars.length);
  const visible = avatars.slice(0, visibleCount);
  const hidden = avatars.slice(visibleCount);
  const hiddenNames = hidden
    .map((avatar) => avatar.props.alt || avatar.props.name)
    .filter((value): value is string => Boolean(value));
  const groupSize = size ?? visible[0]?.props.size ?? 'md';

  return (
    <div
      {...rest}
      ref={ref}
      role="group"
      aria-label={label ?? rest['aria-label']}
      className={cx(avatarGroupClass, className)}
      data-size={sizeAttribute(groupSize)}
    >
      {visible.map((avatar) => (size ? cloneElement(avatar, { size }) : avatar))}
      {hidden.length ? (
        <span
          className={avatarClass}
          data-part="overflow"
          data-size={sizeAttribute(groupSize)}
          data-fallback="initials"
          role="img"
          aria-label={overflowLabel(hidden.length, hiddenNames)}
        >
          {/* "+8" reads the same in both directions (not "8+" in right-to-left text). */}
          <span data-part="initials" aria-hidden="true" dir="ltr">
            +{hidden.length}
          </span>
        </span>
      ) : null}
    </div>
  );
});

AvatarGroup.displayName = 'AvatarGroup';
