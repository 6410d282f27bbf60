import { renderToString } from 'react-dom/server';
import type { Subject } from '../subjects/types';
import { buttons } from './scenarios';

/** Server-renders `count` Buttons inside the subject's provider; returns the HTML. */
export function createRenderer(
  subject: Pick<Subject, 'Provider' | 'button'>,
): (count: number) => string {
  const { Provider } = subject;
  return (count) => renderToString(<Provider>{buttons(subject, count)}</Provider>);
}
