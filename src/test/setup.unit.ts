import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetDevErrors } from '../utils';

afterEach(() => {
  cleanup();
  resetDevErrors();
});
