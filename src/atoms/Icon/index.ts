export { Icon, type IconProps, type IconSize } from './Icon';
export type { IconColor } from './Icon.styles';
export { createIcon, type CreateIconOptions, type IconNode } from './createIcon';
export * from './icons';
export { iconGroups } from './iconGroups';
