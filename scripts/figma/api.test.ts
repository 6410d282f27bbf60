// The shared Figma client: one request, and a clear FigmaApiError for every way it can fail.
import { afterEach, describe, expect, it, vi } from 'vitest';

import { FigmaApiError, figmaRequest } from './api.mjs';

afterEach(() => vi.unstubAllGlobals());

function stubFetch(answer: () => Promise<Response>) {
  const fetch = vi.fn(answer);
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('figmaRequest', () => {
  it('sends the token and a JSON body, and returns the parsed answer', async () => {
    const fetch = stubFetch(async () => new Response('{"status":200,"meta":{"ok":true}}'));
    const answer = await figmaRequest({
      method: 'POST',
      path: '/v1/dev_resources',
      body: { dev_resources: [] },
      token: 'figd_x',
    });
    expect(answer).toEqual({ status: 200, meta: { ok: true } });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('https://api.figma.com/v1/dev_resources');
    expect(init.method).toBe('POST');
    expect(new Headers(init.headers).get('X-Figma-Token')).toBe('figd_x');
    expect(new Headers(init.headers).get('Content-Type')).toBe('application/json');
    expect(init.body).toBe('{"dev_resources":[]}');
  });

  it.each([undefined, '', '  '])(
    'refuses a missing token (%j) without a request',
    async (token) => {
      const fetch = stubFetch(async () => new Response('{}'));
      await expect(figmaRequest({ method: 'GET', path: '/v1/me', token })).rejects.toThrow(
        /^FIGMA_TOKEN is not set: create a personal access token/,
      );
      expect(fetch).not.toHaveBeenCalled();
    },
  );

  it('reports Figma’s error body with the status and a hint', async () => {
    stubFetch(async () => new Response('{"status":404,"err":"Not found"}', { status: 404 }));
    const error = await figmaRequest({
      method: 'GET',
      path: '/v1/files/k/variables/local',
      token: 't',
    }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(FigmaApiError);
    expect((error as FigmaApiError).status).toBe(404);
    expect((error as Error).message).toBe(
      'GET /v1/files/k/variables/local: Figma answered 404: Not found (is the file key right?)',
    );
  });

  it('treats `error: true` as an error even with a 200', async () => {
    stubFetch(async () => new Response('{"status":400,"error":true,"message":"Invalid alias"}'));
    await expect(
      figmaRequest({ method: 'POST', path: '/v1/files/k/variables', token: 't' }),
    ).rejects.toThrow('POST /v1/files/k/variables: Figma answered 200: Invalid alias');
  });

  it('reports an answer that is not JSON', async () => {
    stubFetch(
      async () =>
        new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
    );
    await expect(figmaRequest({ method: 'GET', path: '/v1/me', token: 't' })).rejects.toThrow(
      'GET /v1/me: Figma answered 502: <html>bad gateway</html>',
    );
  });

  it('reports that Figma cannot be reached', async () => {
    stubFetch(async () => {
      throw new TypeError('fetch failed');
    });
    await expect(figmaRequest({ method: 'GET', path: '/v1/me', token: 't' })).rejects.toThrow(
      'GET /v1/me: cannot reach https://api.figma.com (fetch failed)',
    );
  });
});

describe('figmaRequest with an injected fetch', () => {
  it('waits out a 429 as Retry-After says, then goes on', async () => {
    const waits: number[] = [];
    let calls = 0;
    const fetch = (async () => {
      calls += 1;
      return calls === 1
        ? new Response('{}', { status: 429, headers: { 'Retry-After': '3' } })
        : new Response(JSON.stringify({ ok: true }), { status: 200 });
    }) as unknown as typeof globalThis.fetch;
    const sleep = async (ms: number) => {
      waits.push(ms);
    };
    const answer = await figmaRequest({ method: 'GET', path: '/v1/me', token: 't', fetch, sleep });
    expect(answer).toEqual({ ok: true });
    expect(waits).toEqual([3000]);
  });

  it('gives up after three 429s with the status and its hint', async () => {
    const fetch = (async () =>
      new Response('{"status":429,"err":"Rate limit exceeded"}', {
        status: 429,
      })) as unknown as typeof globalThis.fetch;
    const sleep = async () => {};
    await expect(
      figmaRequest({ method: 'GET', path: '/v1/me', token: 't', fetch, sleep }),
    ).rejects.toThrow(/429: Rate limit exceeded \(rate limited/);
  });
});
