// The date layer: what Calendar, RangeCalendar, DateField, TimeField and the pickers share.
// Private: no package subpath, no root export.
export {
  clampDate,
  isBlocked,
  isOutOfRange,
  isoDate,
  rangeBetween,
  reachableSpan,
  readConstraints,
  readDate,
  readRange,
  readTime,
  type DateConstraints,
  type DateInput,
  type DateRange,
  type DateRangeInput,
  type TimeInput,
} from './dateValue';
export { dateFormatter, formatDay, isRtlLocale, padded } from './format';
export { monthWeeks, moveByKey, weekDays } from './calendarGrid';
export {
  CalendarMonth,
  dayWithTabStop,
  type CalendarMonthProps,
  type RangeMarks,
} from './CalendarMonth';
export { calendarClass } from './Calendar.styles';
export { useLocale } from './useLocale';
export { todayIso, useToday } from './useToday';
export { ValidityProxy } from './ValidityProxy';
export { dateSegmentLogic } from './dateSegments';
export {
  SegmentGroup,
  SegmentedField,
  segmentedFieldSizes,
  type SegmentGroupProps,
  type SegmentLogic,
  type SegmentedFieldOwnProps,
  type SegmentedFieldProps,
  type SegmentedFieldSize,
} from './SegmentedField';
export {
  dateLayout,
  dayPeriodNames,
  hourCycleOf,
  segmentNames,
  timeLayout,
  type LayoutPart,
  type SegmentType,
  type SegmentValues,
} from './segments';
