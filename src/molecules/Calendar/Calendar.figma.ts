// url=<figma:Calendar>
// component=Calendar
import figma from 'figma';

// Code Connect for the Figma component "Calendar": one month with a chosen day. The design
// shows a moment; the code gets the chosen day as its starting value (`defaultValue`, an ISO
// date), and the locale the frame is drawn in.
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
const chosen = calendar.getBoolean('Has value') ? calendar.getString('Value') : undefined;

export default {
  example: figma.tsx`<Calendar${renderProp('locale', locale)}${renderProp('defaultValue', chosen)}${renderProp('disabled', state === 'disabled')}${renderProp('readOnly', state === 'readOnly')} />`,
  imports: ["import { Calendar } from 'callicrates'"],
  id: 'Calendar',
  metadata: { nestable: true },
};
