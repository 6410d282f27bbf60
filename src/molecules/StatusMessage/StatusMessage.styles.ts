import { cssVar, typographyStyles } from '../../tokens';
import { feedbackStatuses, type FeedbackStatus } from './statuses';

/*
 * The look InlineAlert, Banner and Toast share, as a fragment each puts in its own labelled
 * block (class names stay unique per component). Colours come from the status tokens, whose
 * pairs (fg and text.primary on bg) are checked in every mode by tokens/contrast-pairs.json.
 * The default status, info, is the base rule: it writes no data-status.
 */
const statusColors = (status: FeedbackStatus) => `
  --_bg: ${cssVar(`color.status.${status}.bg`)};
  --_fg: ${cssVar(`color.status.${status}.fg`)};
  --_border: ${cssVar(`color.status.${status}.border`)};
`;

/*
 * In the rules below:
 * - the icon's `block-size: 1lh`: one line of the title tall, so the icon centres on the first line.
 * - `& > [data-part='icon'] > svg`: The glyphs are bare svgs (StatusIcon.tsx): laid out as the Icon
 *   atom lays out its own.
 */
export const statusMessageStyles = `
  ${statusColors('info')}
  ${feedbackStatuses
    .filter((status) => status !== 'info')
    .map((status) => `&[data-status='${status}'] { ${statusColors(status)} }`)
    .join('\n')}
  display: flex;
  align-items: flex-start;
  gap: ${cssVar('space.3')};
  box-sizing: border-box;
  border: ${cssVar('border.width.thin')} solid var(--_border);
  background-color: var(--_bg);
  color: ${cssVar('color.text.primary')};
  ${typographyStyles('body-sm')}
  overflow-wrap: anywhere;

  & > [data-part='icon'] {
    display: inline-flex;
    align-items: center;
    flex-shrink: 0;
    ${typographyStyles('label')}
    block-size: 1lh;
    color: var(--_fg);
  }
  & > [data-part='icon'] > svg,
  & > [data-part='dismiss'] svg {
    display: inline-block;
    flex-shrink: 0;
    vertical-align: middle;
  }
  & > [data-part='icon'] > svg {
    inline-size: ${cssVar('size.icon.md')};
    block-size: ${cssVar('size.icon.md')};
  }
  & > [data-part='content'] {
    display: grid;
    flex: 1;
    gap: ${cssVar('space.1')};
    min-inline-size: 0;
  }
  & [data-part='title'] {
    ${typographyStyles('label')}
  }
  & [data-part='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: ${cssVar('space.2')};
    margin-block-start: ${cssVar('space.1')};
  }
  & > [data-part='dismiss'] {
    flex-shrink: 0;
    margin-block: calc(-1 * ${cssVar('space.1')});
    margin-inline-end: calc(-1 * ${cssVar('space.1')});
  }
`;
