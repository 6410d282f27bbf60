import { css } from '../../theme/css';
import { focusRing } from '../../theme/sharedStyles';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar, typographyStyles } from '../../tokens';

/*
 * In the rules below:
 * - `font: inherit`: The default variant, inline (no data-variant), takes the font of the text
 *   around it.
 */
export const linkClass = defineStyles(css`
  label: link;
  font: inherit;
  color: ${cssVar('color.text.link')};
  text-decoration-line: underline;
  text-decoration-thickness: ${cssVar('size.px')};
  text-underline-offset: calc(2 * ${cssVar('size.px')});
  overflow-wrap: anywhere;
  border-radius: ${cssVar('radius.sm')};
  cursor: pointer;
  transition-property: color, text-decoration-color;
  transition-duration: ${cssVar('motion.duration.fast')};
  transition-timing-function: ${cssVar('motion.easing.standard')};

  &:visited {
    color: ${cssVar('color.text.link-visited')};
  }
  &:hover {
    color: ${cssVar('color.text.link-hover')};
    text-decoration-thickness: ${cssVar('border.width.thick')};
  }
  &:focus-visible {
    ${focusRing}
  }

  &[data-variant='standalone'] {
    ${typographyStyles('label')}
    text-decoration-line: none;
  }
  &[data-variant='standalone']:hover {
    text-decoration-line: underline;
  }

  & > [data-part='icon'] {
    vertical-align: text-bottom;
  }
  &[data-variant='standalone'] > [data-part='icon'] {
    vertical-align: middle;
  }
`);
