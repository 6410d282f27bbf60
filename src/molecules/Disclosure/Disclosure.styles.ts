import { css } from '../../theme/css';
import { focusRing } from '../../theme/sharedStyles';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar, typographyStyles } from '../../tokens';

/*
 * A `<details>` with its marker replaced by a chevron at the end of the summary, which turns
 * when open. The height animates through `::details-content` (the slot of the content),
 * from 0 to `auto`, which `interpolate-size` lets a transition reach; `content-visibility`
 * transitions with `allow-discrete`, so closing animates too before the content is hidden.
 * Browsers without `::details-content` (Chrome before 131, Safari before 18.4, Firefox before
 * 143) open at once, which is also what reduced motion asks for. The slot clips only
 * vertically, so a focus ring inside the content is not cut at its sides, and the content's
 * padding leaves room for one at its top and bottom. Comments stay out of the template:
 * their text would ship in every bundle (bench/budgets.json).
 */
export const disclosureClass = defineStyles(css`
  label: disclosure;
  interpolate-size: allow-keywords;
  color: ${cssVar('color.text.primary')};
  & > summary {
    display: flex;
    align-items: center;
    gap: ${cssVar('space.2')};
    min-block-size: ${cssVar('size.control.md')};
    padding-block: ${cssVar('space.2')};
    list-style: none;
    ${typographyStyles('label')}
    cursor: pointer;
  }
  & > summary::-webkit-details-marker {
    display: none;
  }
  & > summary:focus-visible {
    ${focusRing}
  }
  & > summary:hover [data-part='title'] {
    text-decoration: underline;
  }
  & [data-part='title'] {
    flex: 1 1 auto;
    min-inline-size: 0;
    margin: 0;
    font: inherit;
    overflow-wrap: anywhere;
  }
  & [data-part='icon'] {
    flex: none;
    inline-size: ${cssVar('size.icon.sm')};
    block-size: ${cssVar('size.icon.sm')};
    transition: transform ${cssVar('motion.duration.normal')} ${cssVar('motion.easing.standard')};
  }
  &[open] > summary [data-part='icon'] {
    transform: rotate(180deg);
  }
  &[data-disabled] > summary {
    color: ${cssVar('color.text.disabled')};
    cursor: not-allowed;
  }
  &[data-disabled] > summary:hover [data-part='title'] {
    text-decoration: none;
  }
  &::details-content {
    block-size: 0;
    overflow-x: visible;
    overflow-y: clip;
    transition:
      block-size ${cssVar('motion.duration.normal')} ${cssVar('motion.easing.standard')},
      content-visibility ${cssVar('motion.duration.normal')} allow-discrete;
  }
  &[open]::details-content {
    block-size: auto;
  }
  & > [data-part='content'] {
    padding-block: ${cssVar('space.1')} ${cssVar('space.4')};
    ${typographyStyles('body')}
  }
  @media (prefers-reduced-motion: reduce) {
    &::details-content,
    & [data-part='icon'] {
      transition: none;
    }
  }
`);
