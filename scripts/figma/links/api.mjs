// A minimal Figma REST client for figma:links, with the signature of the shared client planned
// in scripts/figma/api.mjs (`figmaRequest({ method, path, body, token })`), so the two can
// become one. `fetch` is injectable: tests stub it, nothing here reaches the network on its own.

export const FIGMA_API = 'https://api.figma.com';

/** A request Figma refused, or an answer that is not what the API documents. */
export class FigmaApiError extends Error {
  name = 'FigmaApiError';
  constructor(message, { status } = {}) {
    super(message);
    this.status = status;
  }
}

const RETRIES = 3;

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One Figma API call, JSON in and out. A 429 is retried after its Retry-After (up to three
 * times); any other non-2xx answer throws with Figma's own message.
 * @param {{ method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown, token: string, fetch?: typeof globalThis.fetch, baseUrl?: string, sleep?: (ms: number) => Promise<void> }} request
 */
export async function figmaRequest({
  method,
  path,
  body,
  token,
  fetch = globalThis.fetch,
  baseUrl = FIGMA_API,
  sleep = wait,
}) {
  if (!token) throw new FigmaApiError(`${method} ${path}: no token`);
  for (let attempt = 0; ; attempt += 1) {
    let response;
    try {
      response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: {
          'X-Figma-Token': token,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      throw new FigmaApiError(`${method} ${path}: ${error.message}`);
    }
    if (response.status === 429 && attempt < RETRIES) {
      const seconds = Number(response.headers.get('retry-after'));
      await sleep(Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 2 ** attempt * 1000);
      continue;
    }
    const text = await response.text();
    let json;
    try {
      json = text === '' ? {} : JSON.parse(text);
    } catch {
      throw new FigmaApiError(`${method} ${path}: ${response.status}, and the answer is not JSON`, {
        status: response.status,
      });
    }
    if (!response.ok) {
      const reason = json.err ?? json.message ?? text;
      throw new FigmaApiError(`${method} ${path}: ${response.status} ${reason}`, {
        status: response.status,
      });
    }
    return json;
  }
}
