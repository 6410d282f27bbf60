// The one Figma REST API client of the repository's scripts (variables, Code Connect links, dev
// resources). It does one request and turns every failure into a FigmaApiError whose message
// says what to do: no token, Figma unreachable, or Figma's own error text.

export const FIGMA_API = 'https://api.figma.com';

/** Thrown for every failed Figma request; `status` is the HTTP status, when there was one. */
export class FigmaApiError extends Error {
  /** @param {string} message @param {number | undefined} [status] */
  constructor(message, status) {
    super(message);
    this.name = 'FigmaApiError';
    this.status = status;
  }
}

const RETRIES_AFTER_429 = 3;

const wait = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One request. A 429 is retried after its Retry-After (at most three times), since Figma rate
 * limits per minute and a release links every component in one go.
 * @param {object} request
 * @param {'GET' | 'POST' | 'PUT' | 'DELETE'} request.method
 * @param {string} request.path  e.g. `/v1/files/abc123/variables/local`
 * @param {unknown} [request.body]  Sent as JSON.
 * @param {string | undefined} request.token  A personal access token (FIGMA_TOKEN).
 * @param {typeof globalThis.fetch} [request.fetch]  Tests pass a stub: nothing here reaches the network on its own.
 * @param {(ms: number) => Promise<void>} [request.sleep]  How a 429 waits (tests pass a recorder).
 * @returns {Promise<any>} The parsed JSON response.
 */
export async function figmaRequest({
  method,
  path,
  body,
  token,
  fetch = globalThis.fetch,
  sleep = wait,
}) {
  if (!token?.trim()) {
    throw new FigmaApiError(
      'FIGMA_TOKEN is not set: create a personal access token in Figma (Settings → Security) with the scopes this command needs, and set FIGMA_TOKEN',
    );
  }
  const where = `${method} ${path}`;
  /** @type {Response} */
  let response;
  for (let attempt = 0; ; attempt += 1) {
    try {
      response = await fetch(`${FIGMA_API}${path}`, {
        method,
        headers: {
          'X-Figma-Token': token,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (error) {
      throw new FigmaApiError(
        `${where}: cannot reach ${FIGMA_API} (${error instanceof Error ? error.message : String(error)})`,
      );
    }
    if (response.status !== 429 || attempt === RETRIES_AFTER_429) break;
    const seconds = Number(response.headers.get('retry-after'));
    await sleep(Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 2 ** attempt * 1000);
  }

  const text = await response.text();
  /** @type {any} */
  let json;
  try {
    json = text === '' ? {} : JSON.parse(text);
  } catch {
    json = undefined;
  }
  if (!response.ok || json?.error === true) {
    const detail = json?.message ?? json?.err ?? (text.slice(0, 200) || response.statusText);
    throw new FigmaApiError(
      `${where}: Figma answered ${response.status}: ${detail}${hint(response.status)}`,
      response.status,
    );
  }
  if (json === undefined) {
    throw new FigmaApiError(
      `${where}: Figma answered ${response.status} with a body that is not JSON`,
    );
  }
  return json;
}

/** @param {number} status */
function hint(status) {
  if (status === 401) return ' (is FIGMA_TOKEN valid and unexpired?)';
  if (status === 403)
    return ' (does the token have the scope this command needs, and the plan the API needs?)';
  if (status === 404) return ' (is the file key right?)';
  if (status === 429) return ' (rate limited: try again later)';
  return '';
}
