// Private: the disclosure popup of navigation that does not fit (Breadcrumb, TabsMore).
export { OverflowPopup, type OverflowPopupProps } from './OverflowPopup';
