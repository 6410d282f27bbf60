export { AppShell, type AppShellProps } from './AppShell';
export {
  AppShellNavGroup,
  AppShellNavItem,
  type AppShellNavGroupProps,
  type AppShellNavItemProps,
} from './AppShellNav';
