import { css } from '../src/theme/css';
import type { ReactNode } from 'react';
import { defineStyles } from '../src/theme';
import { cssVar } from '../src/tokens';

const canvasClass = defineStyles(css`
  label: story-canvas;
  padding: ${cssVar('space.4')};
  background-color: ${cssVar('color.bg.canvas')};
  color: ${cssVar('color.text.primary')};
`);

/** The element every story renders in, and the one the visual tests photograph. */
export function StoryCanvas({ children }: { children: ReactNode }) {
  return (
    <div className={canvasClass} data-story-canvas="">
      {children}
    </div>
  );
}
