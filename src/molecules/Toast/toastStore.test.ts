// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetDevErrors } from '../../utils';
import { toast, toastStore } from './toastStore';

afterEach(() => {
  toast.dismiss();
  resetDevErrors();
  vi.restoreAllMocks();
});

describe('toast() on the server', () => {
  it('reports the call, since the store would be shared by every request', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    toast({ title: 'Rendered on the server' });
    expect(error).toHaveBeenCalledWith(expect.stringContaining('toast: called on the server'));
  });

  it('keeps the server snapshot empty whatever the store holds', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    toast({ title: 'Queued' });
    expect(toastStore.getSnapshot()).toHaveLength(1);
    expect(toastStore.getServerSnapshot()).toEqual([]);
  });
});
