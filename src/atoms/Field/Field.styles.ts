import { css } from '../../theme/css';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar, typographyStyles } from '../../tokens';

export const fieldClass = defineStyles(css`
  label: field;
  display: flex;
  flex-direction: column;
  gap: ${cssVar('space.1')};
  min-inline-size: 0;
  color: ${cssVar('color.text.primary')};

  & > [data-part='label'] {
    ${typographyStyles('label')}
    color: ${cssVar('color.text.primary')};
    overflow-wrap: anywhere;
  }
  &[data-disabled] > [data-part='label'] {
    color: ${cssVar('color.text.disabled')};
  }
  & [data-part='required'] {
    margin-inline-start: ${cssVar('space.1')};
    color: ${cssVar('color.status.error.fg')};
  }
  & > [data-part='footer'] {
    display: flex;
    gap: ${cssVar('space.2')};
    align-items: flex-start;
  }
  & [data-part='messages'] {
    display: flex;
    flex: 1 1 auto;
    flex-direction: column;
    gap: ${cssVar('space.1')};
    min-inline-size: 0;
  }
  & [data-part='description'],
  & [data-part='error'],
  & [data-part='count'] {
    margin: 0;
    ${typographyStyles('caption')}
    overflow-wrap: anywhere;
  }
  & [data-part='description'],
  & [data-part='count'] {
    color: ${cssVar('color.text.secondary')};
  }
  & [data-part='error'] {
    color: ${cssVar('color.status.error.fg')};
  }
  & [data-part='count'] {
    flex: none;
    margin-inline-start: auto;
    font-variant-numeric: tabular-nums;
  }
  & [data-part='count'][data-over] {
    color: ${cssVar('color.status.error.fg')};
  }
`);
