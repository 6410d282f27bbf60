import { css } from '../../theme/css';
import { defineStyles } from '../../theme/styleRegistry';
import { flexAlignmentRules } from '../Stack/Stack.styles';

/*
 * A wrapping row: tags, buttons, metadata. Alignment, distribution and gap are the same data
 * attributes and static rules as Stack's (shared text, one rule set per class), with Inline's
 * own defaults in the base rule: those write no attribute.
 */
export const inlineClass = defineStyles(css`
  label: inline;
  display: flex;
  flex-direction: row;
  flex-wrap: wrap;
  min-inline-size: 0;
  ${flexAlignmentRules({ gap: '2', align: 'center', justify: 'start' })}
`);
