// url=<figma:RangeCalendar>
// component=RangeCalendar
import figma from 'figma';

// Code Connect for the Figma component "Range calendar": one month with a chosen range. The
// design's range becomes the starting value (`defaultValue`, ISO dates).
const calendar = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const locale = calendar.getEnum('Locale', {
  'en-US': undefined,
  'de-DE': 'de-DE',
  'ar-EG': 'ar-EG',
  'ja-JP': 'ja-JP',
});
const state = calendar.getEnum('State', {
  Default: 'default',
  Disabled: 'disabled',
  'Read only': 'readOnly',
});
const range = calendar.getBoolean('Has value')
  ? `\n  defaultValue={{ start: ${JSON.stringify(calendar.getString('Start'))}, end: ${JSON.stringify(calendar.getString('End'))} }}`
  : '';

export default {
  example: figma.tsx`<RangeCalendar${renderProp('locale', locale)}${renderProp('disabled', state === 'disabled')}${renderProp('readOnly', state === 'readOnly')}${range}
/>`,
  imports: ["import { RangeCalendar } from 'callicrates'"],
  id: 'RangeCalendar',
  metadata: { nestable: true },
};
