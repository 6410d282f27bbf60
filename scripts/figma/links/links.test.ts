// figma:links (issue #14, section 4), against figma/nodes.json and answers shaped like the
// Figma API's (fixtures/). fetch is a stub: nothing here reaches the network.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadFigmaData, repositoryRoot, resolveFigmaChannel } from '../channel.mjs';
import { storyIndex } from '../stories.mjs';
import { runLinks } from './cli.mjs';
import {
  desiredLinks,
  LinksError,
  MAX_LINKS_PER_NODE,
  ownedPrefix,
  planLinks,
  postBody,
  storybookUrl,
} from './links.mjs';

const root = repositoryRoot;
const data = loadFigmaData({ root });
const fixture = (name: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8'));
const nodeIds = { ...data.nodes.components, ...data.nodes.frames };

let index: ReturnType<typeof storyIndex>;
let directory: string;

beforeAll(() => {
  index = storyIndex(root);
});

afterEach(() => {
  if (directory) rmSync(directory, { recursive: true, force: true });
});

interface Request {
  method: string;
  url: string;
  body: unknown;
  token: string | null;
}

/** A fetch that answers like the Figma API from the fixtures, and records every request. */
function figmaStub(answers: Partial<Record<'GET' | 'POST' | 'PUT', unknown>> = {}) {
  const requests: Request[] = [];
  const fetch = async (url: string, init: RequestInit) => {
    const method = init.method ?? 'GET';
    const body = init.body ? JSON.parse(String(init.body)) : undefined;
    requests.push({
      method,
      url,
      body,
      token: new Headers(init.headers).get('X-Figma-Token'),
    });
    let answer: unknown = answers[method as 'GET'];
    if (method === 'POST' && answer === undefined) {
      const { errors } = fixture('dev-resources.post.json');
      const failed = new Set(errors.map((error: { node_id: string }) => error.node_id));
      answer = {
        links_created: (body as { dev_resources: Array<{ node_id: string }> }).dev_resources
          .filter((link) => !failed.has(link.node_id))
          .map((link, number) => ({ ...link, id: `dr-new-${number}` })),
        errors,
      };
    }
    answer ??=
      method === 'GET' ? fixture('dev-resources.get.json') : fixture('dev-resources.put.json');
    return new Response(JSON.stringify(answer), { status: 200 });
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
}

function run(args: string[], env: Record<string, string> = {}, fetch = figmaStub().fetch) {
  const lines: string[] = [];
  const errors: string[] = [];
  return runLinks({
    args,
    env,
    root,
    fetch,
    index,
    log: (line) => lines.push(line),
    error: (line) => errors.push(line),
  }).then((code) => ({ code, lines, errors }));
}

describe('the POST /v1/dev_resources body', () => {
  it("links every node of figma/nodes.json to its page in that version's Storybook", () => {
    const channel = resolveFigmaChannel({ root, data, branch: 'main' });
    const { links, unlinked } = desiredLinks({
      data,
      channel,
      index,
      version: '1.4.0',
      templateFolders: { Radio: 'src/atoms/RadioGroup', GridItem: 'src/atoms/Grid' },
    });
    expect(unlinked).toEqual([]);
    expect(links.map((link) => link.node_id).sort()).toEqual(Object.values(nodeIds).sort());
    const body = postBody(links);
    for (const resource of body.dev_resources) {
      expect(Object.keys(resource).sort()).toEqual(['file_key', 'name', 'node_id', 'url']);
      expect(resource.file_key).toBe('c4LL1cR4t3s0000DesignSys');
      expect(resource.url).toMatch(
        /^https:\/\/callicrates\.github\.io\/callicrates\/v1\.4\.0\/\?path=\/(docs|story)\/[a-z0-9-]+--[a-z0-9-]+$/,
      );
      expect(resource.name).toMatch(/^Storybook 1\.4\.0: /);
    }
    const byNode = Object.fromEntries(links.map((link) => [link.node, link.url]));
    expect(byNode.Button).toMatch(/\?path=\/docs\/atoms-button--docs$/);
    // TextField's page, though FieldControl's stories link the same frame.
    expect(byNode.TextField).toMatch(/\?path=\/docs\/atoms-textfield--docs$/);
    // Linked by one story of the Avatar file, not by its docs page.
    expect(byNode.AvatarGroup).toMatch(/\?path=\/story\/atoms-avatar--group$/);
    // No story of its own: the folder's.
    expect(byNode.Radio).toMatch(/\?path=\/docs\/atoms-radiogroup--docs$/);
    // A Foundations page has no docs page: its first story.
    expect(byNode['Foundations/Colours']).toMatch(/\?path=\/story\/foundations-colours--/);
  });

  it("uses the file of the version's release channel", () => {
    const channel = resolveFigmaChannel({ root, data, branch: 'next-major' });
    const { links } = desiredLinks({ data, channel, index, version: '2.0.0' });
    expect(new Set(links.map((link) => link.file_key))).toEqual(
      new Set(['c4LL1cR4t3sNextMajor0000']),
    );
    expect(links[0]?.url).toContain('/v2.0.0/');
  });

  it(`refuses more than ${MAX_LINKS_PER_NODE} links on a node, counting those it has`, () => {
    const link = {
      name: 'Storybook',
      url: 'https://x.test/',
      file_key: 'k',
      node_id: '10:2',
      node: 'Button',
    };
    expect(() => postBody(Array.from({ length: 10 }, () => link))).not.toThrow();
    expect(() => postBody(Array.from({ length: 11 }, () => link))).toThrow(
      /at most 10 links per node; this would put 11 on 10:2/,
    );
    expect(() => postBody([link], { '10:2': 10 })).toThrow(LinksError);
    expect(() => postBody([link], { '10:2': 9 })).not.toThrow();
  });

  it('refuses a version that is not a release', () => {
    expect(storybookUrl(data.storybookUrl, '2.0.0-beta.3')).toBe(
      'https://callicrates.github.io/callicrates/v2.0.0-beta.3/',
    );
    for (const version of ['', '1.4', 'v1.4.0', 'latest', '1.4.0/../../x']) {
      expect(() => storybookUrl(data.storybookUrl, version)).toThrow(LinksError);
    }
  });
});

describe('planning against the links a node has', () => {
  const desired = [
    {
      name: 'Storybook 1.4.0: Atoms/Button',
      url: 'https://callicrates.github.io/callicrates/v1.4.0/?path=/docs/atoms-button--docs',
      file_key: 'k',
      node_id: '10:2',
      node: 'Button',
    },
    {
      name: 'Storybook 1.4.0: Atoms/IconButton',
      url: 'https://callicrates.github.io/callicrates/v1.4.0/?path=/docs/atoms-iconbutton--docs',
      file_key: 'k',
      node_id: '10:40',
      node: 'IconButton',
    },
    {
      name: 'Storybook 1.4.0: Atoms/Icon',
      url: 'https://callicrates.github.io/callicrates/v1.4.0/?path=/docs/atoms-icon--docs',
      file_key: 'k',
      node_id: '12:2',
      node: 'Icon',
    },
    {
      name: 'Storybook 1.4.0: Atoms/Link',
      url: 'https://callicrates.github.io/callicrates/v1.4.0/?path=/docs/atoms-link--docs',
      file_key: 'k',
      node_id: '10:60',
      node: 'Link',
    },
  ];
  const plan = planLinks({
    desired,
    existing: fixture('dev-resources.get.json').dev_resources,
    prefix: ownedPrefix(data.storybookUrl),
  });

  it('updates the link an earlier version made, instead of adding one per release', () => {
    expect(plan.update.map(({ id, node }) => [id, node])).toEqual([['dr-button-130', 'Button']]);
  });

  it("leaves a designer's own links alone, and a link that is already right", () => {
    expect(plan.unchanged.map((link) => link.node)).toEqual(['Icon']);
    expect(plan.create.map((link) => link.node)).toEqual(['Link']);
  });

  it('sends nothing to a node that holds 10 links already', () => {
    expect(plan.refused.map((link) => link.node)).toEqual(['IconButton']);
    expect(plan.refused[0]?.reason).toMatch(/10 links already/);
  });
});

describe('npm run figma:links', () => {
  it('without FIGMA_TOKEN writes the body to a file and sends nothing', async () => {
    directory = mkdtempSync(join(tmpdir(), 'callicrates-links-'));
    const out = join(directory, 'nested', 'body.json');
    const stub = figmaStub();
    const { code, lines } = await run(
      ['--version', '1.4.0', '--branch', 'main', '--out', out],
      {},
      stub.fetch,
    );
    expect(code).toBe(0);
    expect(stub.requests).toEqual([]);
    const body = JSON.parse(readFileSync(out, 'utf8'));
    expect(body.dev_resources).toHaveLength(Object.keys(nodeIds).length);
    expect(lines.join('\n')).toMatch(/FIGMA_TOKEN is not set, so nothing was sent/);
  });

  it('takes the version the release workflow sets', async () => {
    directory = mkdtempSync(join(tmpdir(), 'callicrates-links-'));
    const out = join(directory, 'body.json');
    const { code } = await run(['--out', out, '--branch', 'main'], {
      STORYBOOK_RELEASE_VERSION: '1.5.2',
    });
    expect(code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('/v1.5.2/?path=');
  });

  it('on bad input says why and writes nothing', async () => {
    directory = mkdtempSync(join(tmpdir(), 'callicrates-links-'));
    const out = join(directory, 'body.json');
    for (const args of [
      ['--out', out],
      ['--version', '1.4', '--out', out],
      ['--version', '1.4.0', '--out', out, '--colour', 'red'],
      ['--version', '1.4.0', '--out'],
    ]) {
      const { code, errors } = await run(args);
      expect(code, args.join(' ')).toBe(1);
      expect(errors.join('\n')).toMatch(/^figma:links: /);
    }
    expect(existsSync(out)).toBe(false);
  });

  it('with FIGMA_TOKEN reads, updates and creates, and reports what Figma refused', async () => {
    const stub = figmaStub();
    const { code, lines, errors } = await run(
      ['--version', '1.4.0', '--branch', 'main'],
      { FIGMA_TOKEN: 'figd_test' },
      stub.fetch,
    );
    expect(stub.requests.map((request) => request.method)).toEqual(['GET', 'POST', 'PUT']);
    expect(stub.requests.every((request) => request.token === 'figd_test')).toBe(true);
    const [get, post, put] = stub.requests;
    expect(get?.url).toMatch(
      /^https:\/\/api\.figma\.com\/v1\/files\/c4LL1cR4t3s0000DesignSys\/dev_resources\?node_ids=10%3A2,/,
    );

    const created = (post?.body as { dev_resources: Array<{ node_id: string }> }).dev_resources;
    const sentTo = created.map((link) => link.node_id);
    // Button is updated, Icon is right already, IconButton is full: none is created again.
    expect(sentTo).not.toContain('10:2');
    expect(sentTo).not.toContain('12:2');
    expect(sentTo).not.toContain('10:40');
    expect(sentTo).toHaveLength(Object.keys(nodeIds).length - 3);
    expect(put?.body).toEqual({
      dev_resources: [
        {
          id: 'dr-button-130',
          name: 'Storybook 1.4.0: Atoms/Button',
          url: 'https://callicrates.github.io/callicrates/v1.4.0/?path=/docs/atoms-button--docs',
        },
      ],
    });

    // errors[] came with a 200 (a node deleted in Figma), and IconButton was never sent.
    expect(code).toBe(1);
    expect(errors.join('\n')).toMatch(/Tooltip \(node 61:1\): Node not found/);
    expect(errors.join('\n')).toMatch(
      /IconButton \(node 10:40\): not sent, it has 10 links already/,
    );
    // Every node but the three above is created (the count follows figma/nodes.json).
    expect(lines.join('\n')).toMatch(
      new RegExp(`${Object.keys(nodeIds).length - 3} created, 1 updated, 1 already right`),
    );
  });

  it('succeeds when Figma takes every link', async () => {
    const stub = figmaStub({ GET: { dev_resources: [] }, POST: { links_created: [], errors: [] } });
    const { code, errors } = await run(
      ['--version', '1.4.0', '--branch', 'main'],
      { FIGMA_TOKEN: 't' },
      stub.fetch,
    );
    expect(errors).toEqual([]);
    expect(code).toBe(0);
    expect(stub.requests.map((request) => request.method)).toEqual(['GET', 'POST']);
  });

  it('refuses to send from a branch that does not release', async () => {
    const stub = figmaStub();
    const { code, errors } = await run(
      ['--version', '1.4.0'],
      { FIGMA_TOKEN: 't', FIGMA_BRANCH: 'feature/x' },
      stub.fetch,
    );
    expect(code).toBe(1);
    expect(errors.join('\n')).toMatch(/feature\/x does not release/);
    expect(stub.requests).toEqual([]);
  });
});
