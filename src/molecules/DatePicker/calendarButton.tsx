import type { MouseEvent, Ref } from 'react';
import { FieldAction } from '../../atoms/FieldControl';
import { datePickerButtonClass } from './DatePicker.styles';

/** lucide's `calendar`, drawn inline (as Select's chevron) so the pickers do not pull in Icon. */
const calendarIcon = (
  <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <rect x="3" y="4" width="18" height="18" rx="2" />
    <path d="M16 2v4M8 2v4M3 10h18" />
  </svg>
);

export interface CalendarButtonProps {
  component: string;
  label: string;
  open: boolean;
  popupId: string;
  disabled: boolean;
  onPress: (event: MouseEvent<HTMLButtonElement>) => void;
  buttonRef: Ref<HTMLButtonElement>;
}

/** The button at the end of a picker's field that opens its calendar (APG date picker dialog). */
export function CalendarButton({
  component,
  label,
  open,
  popupId,
  disabled,
  onPress,
  buttonRef,
}: CalendarButtonProps) {
  return (
    <FieldAction
      ref={buttonRef}
      component={component}
      className={datePickerButtonClass}
      data-part="calendar-button"
      aria-label={label}
      aria-haspopup="dialog"
      aria-expanded={open}
      aria-controls={open ? popupId : undefined}
      disabled={disabled}
      onClick={onPress}
      icon={calendarIcon}
    />
  );
}
