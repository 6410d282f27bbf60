// url=<figma:Slider>
// component=Slider
import figma from 'figma';

// Code Connect for the Figma component "Slider": one thumb or a range of two, its value(s),
// marks, orientation, size, state and an optional number field beside it. The values in the
// design become the starting value (`defaultValue`): the design shows a moment, the code owns
// the state. Numbers that do not parse are left out rather than emitted as strings.
const slider = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const numberOf = (text: string) => {
  const trimmed = text.trim();
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : undefined;
};

const range = slider.getBoolean('Range');
const start = numberOf(slider.getString('Value'));
const end = range ? numberOf(slider.getString('End value')) : undefined;
const defaultValue = range
  ? start !== undefined && end !== undefined
    ? ` defaultValue={[${Math.min(start, end)}, ${Math.max(start, end)}]}`
    : ' defaultValue={[20, 80]}'
  : renderProp('defaultValue', start);

const size = slider.getEnum('Size', { Medium: undefined, Small: 'sm', Large: 'lg' });
const orientation = slider.getEnum('Orientation', {
  Horizontal: undefined,
  Vertical: 'vertical',
});
// Hover, focus and dragging are the browser's states, not props.
const state = slider.getEnum('State', {
  Default: 'default',
  Hover: 'default',
  Focus: 'default',
  Dragging: 'default',
  Disabled: 'disabled',
  'Read only': 'readOnly',
  Invalid: 'invalid',
});
const marks = slider.getEnum('Marks', {
  None: '',
  Steps: ' marks',
  Labelled: ` marks={[
    { value: 0, label: '0' },
    { value: 50, label: '50' },
    { value: 100, label: '100' },
  ]}`,
});
const description = slider.getBoolean('Has description')
  ? slider.getString('Description')
  : undefined;
const error = slider.getBoolean('Has error') ? slider.getString('Error') : undefined;
const numberField = slider.getBoolean('Number field');
const prefix = numberField && range ? ' prefix={<SliderNumberField thumb="start" />}' : '';
const suffix = numberField
  ? range
    ? ' suffix={<SliderNumberField thumb="end" />}'
    : ' suffix={<SliderNumberField />}'
  : '';

export default {
  example: figma.tsx`<Slider${renderProp('label', slider.getString('Label')) || ' label=""'}${renderProp('hideLabel', slider.getBoolean('Hide label'))}${renderProp('description', description)}${renderProp('error', error)}${renderProp('invalid', state === 'invalid' && error === undefined)}${defaultValue}${marks}${renderProp('size', size)}${renderProp('orientation', orientation)}${renderProp('disabled', state === 'disabled')}${renderProp('readOnly', state === 'readOnly')}${prefix}${suffix} />`,
  imports: numberField
    ? ["import { Slider, SliderNumberField } from 'callicrates'"]
    : ["import { Slider } from 'callicrates'"],
  id: 'Slider',
  metadata: { nestable: true },
};
