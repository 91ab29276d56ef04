import { readFile } from 'node:fs/promises';
import { parse, print } from 'graphql';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '@icg/api/testing';
import { EMPTY_SCENE, mergeIntoScene, sceneRelationTypes, visibleScene } from '../src/graph-view/scene.ts';
import { DEFAULT_HOPS, MAX_EXPANSIONS, PAGE_SIZE, PATH_LIMIT } from '../src/explorer/explorer-state.ts';
import { SCENE_SELECTIONS } from '../src/explorer/scene-operations.ts';
import { sceneQueryText } from '../src/graph-view/scene-query.ts';
import { screenshot, startWebTestBed, type WebTestBed, WAIT } from './browser-harness.ts';

const ZHANG_JIAN = 'en-zhang-jian';

interface GraphNode {
  id: string;
  name: string;
  kind: string;
}
interface Subgraph {
  nodes: GraphNode[];
  edges: { id: string; type: string; typeLabel: string; from: { id: string }; to: { id: string } }[];
}
interface FoundPath {
  length: number;
  explanation: string;
  nodes: GraphNode[];
  edges: { id: string }[];
}

const NEIGHBOURHOOD = /* GraphQL */ `
  query ($id: ID!, $depth: Int!, $relationTypes: [String!]) {
    neighborhood(id: $id, depth: $depth, first: 30, relationTypes: $relationTypes) {
      nodes {
        id
        name
        kind
      }
      edges {
        id
        type
        typeLabel
        from {
          id
        }
        to {
          id
        }
      }
    }
  }
`;
const PATHS = /* GraphQL */ `
  query ($from: ID!, $to: ID!) {
    paths(from: $from, to: $to, maxHops: 4, limit: 5) {
      length
      explanation
      nodes {
        id
        name
        kind
      }
      edges {
        id
      }
    }
  }
`;

describe('the graph explorer in a real browser', () => {
  let bed: WebTestBed;
  let around: Subgraph;
  /** An entity two hops from 张謇, and the paths the API gives between them. */
  let farEnd: GraphNode;
  let farPaths: FoundPath[];

  const ask = async <T>(query: string, variables: Record<string, unknown>) => {
    const { body } = await graphql<T>(bed.service.url, query, variables);
    expect(body.errors).toBeUndefined();
    return body.data!;
  };

  beforeAll(async () => {
    // Path searches are rate limited to 1/s; this suite asks more than a reader would, faster.
    bed = await startWebTestBed({ RATE_LIMITS: 'paths=20/s:40' });
    around = (await ask<{ neighborhood: Subgraph }>(NEIGHBOURHOOD, { id: ZHANG_JIAN, depth: 1 })).neighborhood;
    const wider = (await ask<{ neighborhood: Subgraph }>(NEIGHBOURHOOD, { id: ZHANG_JIAN, depth: 2 })).neighborhood;
    const near = new Set(around.nodes.map((node) => node.id));
    // Specific entities make better paths than hubs such as a city; any two-hop entity will do.
    const candidates = wider.nodes.filter((node) => !near.has(node.id) && node.kind !== 'Place');
    for (const candidate of candidates.slice(0, 3)) {
      const found = (await ask<{ paths: FoundPath[] }>(PATHS, { from: ZHANG_JIAN, to: candidate.id })).paths;
      if (found[0] && found[0].length >= 2 && found[0].length <= 3) {
        farEnd = candidate;
        farPaths = found;
        break;
      }
    }
    expect(farEnd).toBeDefined();
  });
  afterAll(async () => {
    await bed?.dispose();
  });

  const nodeRows = (page: Page) => page.locator('[data-testid="scene-nodes"] tbody tr').allInnerTexts();
  const waitForRows = (page: Page, count: number) =>
    page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="scene-nodes"] tbody tr').length === n,
      count,
      WAIT,
    );
  const params = (page: Page) => new URL(page.url()).searchParams;

  it('expands a neighbour, filters a relation type and rebuilds the same scene from the URL', async () => {
    const page = await bed.newPage();
    await page.goto(`${bed.service.url}/explore?focus=${ZHANG_JIAN}`);
    await waitForRows(page, around.nodes.length);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('图谱浏览');
    const names = await page.locator('[data-testid="scene-nodes"] tbody tr td:first-child').allInnerTexts();
    expect(names).toEqual(around.nodes.map((node) => node.name));
    expect(await page.locator('svg[data-testid="graph-svg"] g.graph-node').count()).toBe(around.nodes.length);

    // Expand the neighbour that brings the most new entities, by clicking it in the drawing.
    const near = new Set(around.nodes.map((node) => node.id));
    let best: { node: GraphNode; merged: GraphNode[] } | null = null;
    for (const node of around.nodes.slice(1, 6)) {
      const next = (await ask<{ neighborhood: Subgraph }>(NEIGHBOURHOOD, { id: node.id, depth: 1 })).neighborhood;
      const added = next.nodes.filter((other) => !near.has(other.id));
      if (!best || added.length > best.merged.length - around.nodes.length)
        best = { node, merged: [...around.nodes, ...added] };
    }
    const neighbour = best!.node;
    await page.locator(`g.graph-node[data-id="${neighbour.id}"]`).click();
    await waitForRows(page, best!.merged.length);
    expect(params(page).get('expanded')).toBe(neighbour.id);
    expect(params(page).get('node')).toBe(neighbour.id);
    expect(await page.getByTestId('node-panel').getByRole('heading').innerText()).toBe(neighbour.name);
    expect(await page.getByTestId('node-panel').getByRole('link', { name: '打开实体页' }).getAttribute('href')).toBe(
      `/entity/${encodeURIComponent(neighbour.id)}`,
    );
    expect(await page.getByTestId('node-panel').getByRole('button', { name: '加入叙事' }).count()).toBe(1);
    await screenshot(page, 'explorer-expanded');

    // Keyboard: a focused node expands with Enter.
    const third = best!.merged.find((node) => node.id !== ZHANG_JIAN && node.id !== neighbour.id)!;
    await page.locator(`g.graph-node[data-id="${third.id}"]`).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (id) => new URL(location.href).searchParams.get('expanded')?.endsWith(id),
      third.id,
      WAIT,
    );
    expect(params(page).get('expanded')).toBe(`${neighbour.id},${third.id}`);

    // Switch relation types off, rarest first, until one of 张謇's neighbours loses its last tie to
    // him: it, and whatever was reached only through it, disappears.
    const aroundScene = mergeIntoScene(EMPTY_SCENE, around);
    const rarestFirst = sceneRelationTypes(aroundScene)
      .sort((a, b) => a.count - b.count)
      .map((entry) => entry.type);
    const off: string[] = [];
    for (const type of rarestFirst) {
      off.push(type);
      const kept = rarestFirst.filter((other) => !off.includes(other));
      const left = visibleScene(aroundScene, { types: kept, hidden: [], roots: [ZHANG_JIAN], pinnedEdges: [] });
      if (left.nodes.length < around.nodes.length) break;
    }
    for (const type of off) {
      await page.locator(`.relation-filter input[value="${type}"]`).uncheck();
      await page.waitForFunction(
        (t) => new URL(location.href).searchParams.get('types')?.split(',').includes(t) === false,
        type,
        WAIT,
      );
    }
    const offLabels = off.map((type) => around.edges.find((edge) => edge.type === type)!.typeLabel);
    // The expansions are asked again with the kept types; wait until no relationship of those types is left.
    await page.waitForFunction(
      (labels) =>
        !document.querySelector('[data-testid="scene-summary"]')?.textContent?.includes('加载') &&
        ![...document.querySelectorAll('[data-testid="scene-edges"] tbody tr td:nth-child(2)')].some((cell) =>
          labels.includes(cell.textContent ?? ''),
        ),
      offLabels,
      WAIT,
    );
    // What is shown is what the copied query returns, with the filter applied: entities reached
    // from 张謇 only through the switched-off type are gone.
    const queryText = await page.getByTestId('graphql-query').inputValue();
    expect(() => parse(queryText)).not.toThrow();
    const { body } = await graphql<Record<string, Subgraph>>(bed.service.url, queryText);
    expect(body.errors).toBeUndefined();
    expect(Object.keys(body.data!)).toEqual(['n0', 'n1', 'n2']);
    expect(body.data!['n0']!.nodes.map((node) => node.id)).toEqual(around.nodes.map((node) => node.id));
    const kept = params(page).get('types')!.split(',');
    const fetched = Object.values(body.data!).reduce((scene, graph) => mergeIntoScene(scene, graph), EMPTY_SCENE);
    const expected = visibleScene(fetched, { types: kept, hidden: [], roots: [ZHANG_JIAN], pinnedEdges: [] });
    const shownIds = await page
      .locator('[data-testid="scene-nodes"] tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-id')));
    expect(shownIds).toEqual(expected.nodes.map((node) => node.id));
    expect(expected.nodes.length).toBeLessThan(fetched.nodes.length);
    await screenshot(page, 'explorer-filtered');

    const filteredRows = await nodeRows(page);
    const filteredUrl = page.url();
    await page.reload();
    await waitForRows(page, filteredRows.length);
    expect(await nodeRows(page)).toEqual(filteredRows);
    expect(page.url()).toBe(filteredUrl);
    expect(await page.locator(`.relation-filter input[value="${off[0]}"]`).isChecked()).toBe(false);

    // The same URL in a new tab gives the same scene too.
    const other = await bed.newPage();
    await other.goto(filteredUrl);
    await waitForRows(other, filteredRows.length);
    expect(await nodeRows(other)).toEqual(filteredRows);

    expect(queryText).toContain(`relationTypes: [`);

    // The largest scene the explorer builds still makes a query the API accepts.
    const largest = sceneQueryText(
      {
        focus: ZHANG_JIAN,
        expanded: fetched.nodes.slice(1, MAX_EXPANSIONS + 1).map((node) => node.id),
        pages: {},
        types: [],
        from: ZHANG_JIAN,
        to: farEnd.id,
        pageSize: PAGE_SIZE,
        maxHops: DEFAULT_HOPS,
        pathLimit: PATH_LIMIT,
      },
      SCENE_SELECTIONS,
    );
    // It may take more than one document; each is sent on its own, as the text says.
    const fields: string[] = [];
    for (const document of parse(largest).definitions.map((definition) => print(definition))) {
      const answer = await graphql<Record<string, unknown>>(bed.service.url, document);
      expect(answer.body.errors).toBeUndefined();
      fields.push(...Object.keys(answer.body.data!));
    }
    expect(fields).toHaveLength(MAX_EXPANSIONS + 2);
    expect(bed.pageErrors).toEqual([]);
  }, 90_000);

  it('finds paths between two entities, lists their explanations and highlights the chosen one', async () => {
    const page = await bed.newPage();
    await page.goto(`${bed.service.url}/explore?focus=${ZHANG_JIAN}&node=${ZHANG_JIAN}`);
    await waitForRows(page, around.nodes.length);
    await page.getByTestId('node-panel').getByRole('button', { name: '设为起点' }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('from') !== null, undefined, WAIT);
    expect(params(page).get('from')).toBe(ZHANG_JIAN);

    // The end is not in the scene yet: pick it by search.
    const endBox = page.getByRole('combobox', { name: '搜索终点' });
    await endBox.fill(farEnd.name);
    await page.getByRole('option').filter({ hasText: farEnd.name }).first().click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('to') !== null, undefined, WAIT);
    expect(params(page).get('to')).toBe(farEnd.id);

    const items = page.locator('.path-item');
    await items.first().waitFor(WAIT);
    expect(await items.count()).toBe(farPaths.length);
    expect(await page.locator('.path-explanation').allInnerTexts()).toEqual(farPaths.map((path) => path.explanation));
    expect(await items.first().locator('.path-length').innerText()).toBe(`${farPaths[0]!.length} 跳`);
    expect(await page.getByTestId('path-to').innerText()).toBe(farEnd.name);

    // The chosen path's relationships and entities are drawn highlighted, and the end is now in the scene.
    const highlightedEdges = page.locator('svg[data-testid="graph-svg"] g.graph-edge[data-highlighted]');
    await page.waitForFunction(
      (n) => document.querySelectorAll('g.graph-edge[data-highlighted]').length === n,
      farPaths[0]!.length,
      WAIT,
    );
    expect(await highlightedEdges.count()).toBe(farPaths[0]!.length);
    const highlightedNodes = await page
      .locator('g.graph-node[data-highlighted]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-id')));
    expect(new Set(highlightedNodes)).toEqual(new Set(farPaths[0]!.nodes.map((node) => node.id)));
    // Nobody is signed in: the page explains where to sign in instead of offering the button.
    expect(await page.getByRole('button', { name: '生成叙事草稿' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: '去策展页登录' }).getAttribute('href')).toBe('/curate');
    await screenshot(page, 'explorer-paths');

    if (farPaths.length > 1) {
      await items.nth(1).getByRole('button', { name: '在图中高亮' }).click();
      await page.waitForFunction(() => new URL(location.href).searchParams.get('path') === '1', undefined, WAIT);
      expect(await items.nth(1).getAttribute('aria-current')).toBe('true');
      const second = farPaths[1]!.nodes.map((node) => node.id).sort();
      await page.waitForFunction(
        (ids) =>
          [...document.querySelectorAll('g.graph-node[data-highlighted]')]
            .map((node) => node.getAttribute('data-id'))
            .sort()
            .join(' ') === ids.join(' '),
        second,
        WAIT,
      );
    }

    // The shared link gives the same paths.
    await page.reload();
    await items.first().waitFor(WAIT);
    expect(await page.locator('.path-explanation').allInnerTexts()).toEqual(farPaths.map((path) => path.explanation));

    // The copied query holds the paths too, and the API answers it.
    const { body } = await graphql<{ paths: FoundPath[] }>(
      bed.service.url,
      await page.getByTestId('graphql-query').inputValue(),
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.paths.map((path) => path.explanation)).toEqual(farPaths.map((path) => path.explanation));
    expect(bed.pageErrors).toEqual([]);
  });

  it('hides an entity from the scene and shows it again', async () => {
    const aroundScene = mergeIntoScene(EMPTY_SCENE, around);
    const target = around.nodes[1]!;
    const left = visibleScene(aroundScene, { types: [], hidden: [target.id], roots: [ZHANG_JIAN], pinnedEdges: [] });
    const page = await bed.newPage();
    await page.goto(`${bed.service.url}/explore?focus=${ZHANG_JIAN}&node=${encodeURIComponent(target.id)}`);
    await waitForRows(page, around.nodes.length);
    await page.getByTestId('node-panel').getByRole('button', { name: '从图中隐藏' }).click();
    await waitForRows(page, left.nodes.length);
    expect(params(page).get('hidden')).toBe(target.id);
    expect(params(page).get('node')).toBeNull();
    expect(await page.locator(`g.graph-node[data-id="${target.id}"]`).count()).toBe(0);
    await page.getByRole('button', { name: '重新显示隐藏的 1 个实体' }).click();
    await waitForRows(page, around.nodes.length);
    expect(params(page).get('hidden')).toBeNull();
    expect(bed.pageErrors).toEqual([]);
  });

  it('says plainly when two entities do not connect', async () => {
    const { entities } = await ask<{ entities: { edges: { node: GraphNode }[] } }>(
      'query { entities(kinds: [Target], first: 20) { edges { node { id name kind } } } }',
      {},
    );
    let unconnected: GraphNode | undefined;
    for (const { node } of entities.edges) {
      const found = (await ask<{ paths: FoundPath[] }>(PATHS, { from: ZHANG_JIAN, to: node.id })).paths;
      if (found.length === 0) {
        unconnected = node;
        break;
      }
    }
    expect(unconnected).toBeDefined();
    const page = await bed.newPage();
    await page.goto(
      `${bed.service.url}/explore?focus=${ZHANG_JIAN}&from=${ZHANG_JIAN}&to=${encodeURIComponent(unconnected!.id)}`,
    );
    await page.getByTestId('no-path').waitFor(WAIT);
    expect(await page.getByTestId('no-path').innerText()).toBe(`在 4 跳以内，张謇与${unconnected!.name}之间没有路径。`);
    expect(await page.locator('.path-item').count()).toBe(0);
    expect(bed.pageErrors).toEqual([]);
  });

  it('downloads the picture as SVG and PNG and the data as JSON and CSV', async () => {
    const page = await bed.newPage();
    await page.goto(`${bed.service.url}/explore?focus=${ZHANG_JIAN}`);
    await waitForRows(page, around.nodes.length);

    const save = async (name: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download', WAIT),
        page.getByRole('button', { name }).click(),
      ]);
      return { fileName: download.suggestedFilename(), content: await readFile((await download.path())!) };
    };

    const svg = await save('导出 SVG');
    expect(svg.fileName).toBe('graph.svg');
    const svgText = svg.content.toString('utf8');
    const parsed = await page.evaluate((text) => {
      const document = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: document.querySelector('parsererror') !== null,
        root: document.documentElement.nodeName,
        texts: [...document.querySelectorAll('text')].map((node) => node.textContent),
      };
    }, svgText);
    expect(parsed.error).toBe(false);
    expect(parsed.root).toBe('svg');
    for (const node of around.nodes.filter((n) => [...n.name].length <= 10)) expect(parsed.texts).toContain(node.name);
    expect(parsed.texts).toContain('企业家');

    const png = await save('导出 PNG');
    expect(png.fileName).toBe('graph.png');
    expect([...png.content.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.content.length).toBeGreaterThan(1000);

    const json = await save('导出 JSON');
    expect(json.fileName).toBe('graph.json');
    const data = JSON.parse(json.content.toString('utf8')) as {
      nodes: GraphNode[];
      edges: { id: string; sources: unknown[] }[];
    };
    expect(data.nodes.map((node) => node.id)).toEqual(around.nodes.map((node) => node.id));
    expect(data.edges.map((edge) => edge.id).sort()).toEqual(around.edges.map((edge) => edge.id).sort());
    expect(data.edges.some((edge) => edge.sources.length > 0)).toBe(true);

    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: bed.service.url });
    await page.getByRole('button', { name: '复制链接' }).click();
    await page.getByText('已复制链接').waitFor(WAIT);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    await page.getByRole('button', { name: '复制 GraphQL 查询' }).click();
    await page.getByText('已复制 GraphQL 查询').waitFor(WAIT);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      await page.getByTestId('graphql-query').inputValue(),
    );

    const csv = await save('导出 CSV');
    expect(csv.fileName).toBe('graph.csv');
    const lines = csv.content.toString('utf8').trim().split('\r\n');
    expect(lines).toHaveLength(around.edges.length + 1);
    expect(bed.pageErrors).toEqual([]);
  });

  it('turns a path into a narrative draft for a signed-in curator', async () => {
    const token = await bed.curatorToken();
    const page = await bed.newPage();
    await page.context().addInitScript((value) => window.sessionStorage.setItem('icg.curatorToken', value), token);
    await page.goto(
      `${bed.service.url}/explore?focus=${ZHANG_JIAN}&from=${ZHANG_JIAN}&to=${encodeURIComponent(farEnd.id)}`,
    );
    const button = page.locator('.path-item').first().getByRole('button', { name: '生成叙事草稿' });
    await button.waitFor(WAIT);
    await button.click();
    await page.waitForURL(/\/curate\?narrative=/, WAIT);
    const id = new URL(page.url()).searchParams.get('narrative')!;
    const { narrative } = await ask<{
      narrative: { title: string; items: { position: number; entity: { id: string } }[] } | null;
    }>('query ($id: ID!) { narrative(id: $id) { title items { position entity { id } } } }', { id });
    expect(narrative).not.toBeNull();
    expect(narrative!.items.map((item) => item.entity.id)).toEqual(farPaths[0]!.nodes.map((node) => node.id));
    expect(narrative!.title).toBe(`张謇与${farEnd.name}`);
    expect(bed.pageErrors).toEqual([]);
  });

  it('works at phone width, with the list view under the drawing', async () => {
    const page = await bed.newPage({ phone: true });
    await page.goto(
      `${bed.service.url}/explore?focus=${ZHANG_JIAN}&from=${ZHANG_JIAN}&to=${encodeURIComponent(farEnd.id)}`,
    );
    await waitForRows(
      page,
      around.nodes.length + farPaths[0]!.nodes.filter((n) => !around.nodes.some((a) => a.id === n.id)).length,
    );
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await page.getByRole('button', { name: `选中并展开 ${around.nodes[1]!.name}` }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('expanded') !== null, undefined, WAIT);
    expect(params(page).get('node')).toBe(around.nodes[1]!.id);
    // Zooming widens the picture inside its scrolling box; the page itself stays phone-wide.
    const svgWidth = () => page.getByTestId('graph-svg').evaluate((svg) => svg.getBoundingClientRect().width);
    const before = await svgWidth();
    await page.getByRole('button', { name: '放大' }).click();
    await page.getByText('150%').waitFor(WAIT);
    expect(await svgWidth()).toBeCloseTo(before * 1.5, 0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'explorer-phone');
    expect(bed.pageErrors).toEqual([]);
  });

  it('starts from a search box when no entity is given', async () => {
    const page = await bed.newPage({ lang: 'en' });
    await page.goto(`${bed.service.url}/explore`);
    const box = page.getByRole('combobox', { name: 'Start from which entity?' });
    await box.fill('张謇');
    await page.getByRole('option').filter({ hasText: '张謇' }).first().click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('focus') !== null, undefined, WAIT);
    expect(params(page).get('focus')).toBe(ZHANG_JIAN);
    await waitForRows(page, around.nodes.length);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Graph explorer');
    expect(bed.pageErrors).toEqual([]);
  });
  it('lists a hub whole through 更多, with its whole neighbourhood counted by kind and relation', async () => {
    const hub = 'city-wuxi';
    const PAGED = /* GraphQL */ `
      query ($id: ID!, $after: String) {
        neighborhood(id: $id, first: 30, after: $after) {
          nodes {
            id
          }
          pageInfo {
            hasNextPage
            endCursor
          }
          totalCount
          countsByKind {
            kind
            count
          }
        }
      }
    `;
    interface Paged {
      neighborhood: {
        nodes: { id: string }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        totalCount: number;
        countsByKind: { kind: string; count: number }[];
      };
    }
    const first = (await ask<Paged>(PAGED, { id: hub, after: null })).neighborhood;
    const neighbours = new Set<string>();
    for (let page: Paged['neighborhood'] | null = first; page;) {
      for (const node of page.nodes) if (node.id !== hub) neighbours.add(node.id);
      page = page.pageInfo.hasNextPage
        ? (await ask<Paged>(PAGED, { id: hub, after: page.pageInfo.endCursor })).neighborhood
        : null;
    }
    const total = first.totalCount;
    expect(total).toBeGreaterThan(PAGE_SIZE);
    expect(neighbours.size).toBe(total);
    const number = (value: number) => value.toLocaleString('zh-CN');

    const page = await bed.newPage();
    await page.goto(`${bed.service.url}/explore?focus=${hub}&node=${hub}`);
    const count = page.getByTestId('expansion-count');
    await count.filter({ hasText: `已显示 ${PAGE_SIZE} / ${number(total)}` }).waitFor(WAIT);
    // The counts are of the whole neighbourhood, not of the page shown.
    const kinds = await page.getByTestId('counts-by-kind').locator('li').allInnerTexts();
    expect(kinds).toHaveLength(first.countsByKind.length);
    expect(first.countsByKind.reduce((sum, entry) => sum + entry.count, 0)).toBe(total);
    expect(await page.getByTestId('counts-by-type').locator('li').count()).toBeGreaterThan(0);

    const more = page.getByTestId('node-panel').getByRole('button', { name: '更多' });
    let shown = PAGE_SIZE;
    while (shown < total) {
      await more.click();
      shown = Math.min(total, shown + PAGE_SIZE);
      await count.filter({ hasText: `已显示 ${number(shown)} / ${number(total)}` }).waitFor(WAIT);
    }
    expect(await count.innerText()).toBe(`已显示 ${number(total)} / ${number(total)}`);
    expect(await more.count()).toBe(0);
    expect(params(page).get('pages')).toBe(`${hub}:${Math.ceil(total / PAGE_SIZE)}`);
    const shownIds = async (p: Page) =>
      p
        .locator('[data-testid="scene-nodes"] tbody tr')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-id')!));
    const listed = await shownIds(page);
    expect(new Set(listed)).toEqual(new Set([hub, ...neighbours]));
    await screenshot(page, 'explorer-hub-listed-whole');

    // The link redraws the same scene, and the copied query returns it.
    const other = await bed.newPage();
    await other.goto(page.url());
    await waitForRows(other, total + 1);
    expect(await shownIds(other)).toEqual(listed);
    const fetched = new Set<string>();
    const queryText = await page.getByTestId('graphql-query').inputValue();
    for (const document of parse(queryText).definitions.map((definition) => print(definition))) {
      const { body } = await graphql<Record<string, Subgraph>>(bed.service.url, document);
      expect(body.errors).toBeUndefined();
      for (const graph of Object.values(body.data!)) for (const node of graph.nodes) fetched.add(node.id);
    }
    expect(fetched).toEqual(new Set(listed));
    expect(bed.pageErrors).toEqual([]);
  }, 90_000);

  it('finds a path from 张謇 to a heritage site that passes through no city or place', async () => {
    const AVOIDING = /* GraphQL */ `
      query ($from: ID!, $to: ID!, $excludeKinds: [EntityKind!]) {
        paths(from: $from, to: $to, maxHops: 6, limit: 5, excludeKinds: $excludeKinds) {
          length
          explanation
          nodes {
            id
            name
            kind
          }
          edges {
            id
          }
        }
      }
    `;
    const { entities } = await ask<{ entities: { edges: { node: GraphNode }[] } }>(
      'query { entities(kinds: [HeritageSite], first: 12) { edges { node { id name kind } } } }',
      {},
    );
    // Best: a site whose shortest way from 张謇 goes through a city, so that avoiding cities changes the answer.
    let chosen: { site: GraphNode; avoiding: FoundPath[]; throughPlace: boolean } | undefined;
    for (const { node: site } of entities.edges) {
      const avoiding = (
        await ask<{ paths: FoundPath[] }>(AVOIDING, { from: ZHANG_JIAN, to: site.id, excludeKinds: ['Place'] })
      ).paths;
      if (avoiding.length === 0) continue;
      const plain = (await ask<{ paths: FoundPath[] }>(AVOIDING, { from: ZHANG_JIAN, to: site.id, excludeKinds: null }))
        .paths;
      const throughPlace = plain[0]?.nodes.some((node) => node.kind === 'Place') ?? false;
      if (!chosen || (throughPlace && !chosen.throughPlace)) chosen = { site, avoiding, throughPlace };
      if (throughPlace) break;
    }
    expect(chosen).toBeDefined();
    const { site, avoiding } = chosen!;
    for (const path of avoiding) expect(path.nodes.filter((node) => node.kind === 'Place')).toEqual([]);

    const page = await bed.newPage();
    await page.goto(
      `${bed.service.url}/explore?focus=${ZHANG_JIAN}&from=${ZHANG_JIAN}&to=${encodeURIComponent(site.id)}`,
    );
    await page.locator('.path-item').first().waitFor(WAIT);
    await page.getByLabel('最多跳数').selectOption('6');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('hops') === '6', undefined, WAIT);
    await page.getByTestId('avoid-kinds').getByLabel('城市/地点').check();
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('avoidKinds') === 'Place',
      undefined,
      WAIT,
    );
    const explanations = avoiding.map((path) => path.explanation);
    await page.waitForFunction(
      (expected) =>
        [...document.querySelectorAll('.path-explanation')].map((node) => node.textContent).join('\n') ===
        expected.join('\n'),
      explanations,
      WAIT,
    );
    // The highlighted path is the API's first, and no entity on it is a place.
    const onPath = avoiding[0]!.nodes.map((node) => node.id);
    await page.waitForFunction(
      (ids) =>
        [...document.querySelectorAll('g.graph-node[data-highlighted]')]
          .map((node) => node.getAttribute('data-id'))
          .sort()
          .join(' ') === [...ids].sort().join(' '),
      onPath,
      WAIT,
    );
    const kindsOnPath = await page
      .locator('[data-testid="scene-nodes"] tbody tr')
      .evaluateAll(
        (rows, ids) =>
          rows.filter((row) => ids.includes(row.getAttribute('data-id')!)).map((row) => row.children[1]!.textContent),
        onPath,
      );
    expect(kindsOnPath).toHaveLength(onPath.length);
    expect(kindsOnPath).not.toContain('地点');
    await screenshot(page, 'explorer-path-avoiding-places');

    // The link keeps the choice.
    await page.reload();
    await page.locator('.path-item').first().waitFor(WAIT);
    expect(await page.getByTestId('avoid-kinds').getByLabel('城市/地点').isChecked()).toBe(true);
    expect(await page.locator('.path-explanation').allInnerTexts()).toEqual(explanations);
    expect(bed.pageErrors).toEqual([]);
  });
});
