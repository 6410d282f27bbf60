import { createElement, forwardRef, type ReactNode } from 'react';
import { Icon, type IconProps } from './Icon';

/** An icon's drawing as data: `[tag, attributes]` pairs, the format lucide ships. */
export type IconNode = ReadonlyArray<
  readonly [string, Readonly<Record<string, string | number | undefined>>]
>;

export interface CreateIconOptions {
  /** Mirror the glyph in right-to-left text by default (arrows, chevrons). */
  mirrorInRtl?: boolean;
}

function isIconNode(drawing: unknown): drawing is IconNode {
  return (
    Array.isArray(drawing) &&
    drawing.every((part) => Array.isArray(part) && typeof part[0] === 'string')
  );
}

function render(node: IconNode): ReactNode {
  return node.map(([tag, attributes], index) => createElement(tag, { key: index, ...attributes }));
}

/**
 * Turns a drawing into an icon component that sizes, colours and labels like every
 * Callicrates icon. Pass lucide-style icon data or your own SVG elements on a 24 × 24 grid.
 *
 * @example
 * const LogoIcon = createIcon('LogoIcon', <path d="M4 4h16v16H4z" />);
 */
export function createIcon(
  displayName: string,
  drawing: IconNode | ReactNode,
  options: CreateIconOptions = {},
) {
  const children: ReactNode = isIconNode(drawing) ? render(drawing) : (drawing as ReactNode);
  const Component = forwardRef<SVGSVGElement, IconProps>(function CreatedIcon(props, ref) {
    return (
      <Icon mirrorInRtl={options.mirrorInRtl} {...props} ref={ref}>
        {children}
      </Icon>
    );
  });
  Component.displayName = displayName;
  return Component;
}
