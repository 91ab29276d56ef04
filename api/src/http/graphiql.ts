import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { GraphiQLOptions } from 'graphql-yoga';

/** Where GraphiQL's scripts, styles and editor workers are served from, under a hash of their content. */
export const GRAPHIQL_ASSETS_PATH = '/graphiql/';

/**
 * GraphiQL's page: only same-origin scripts (no inline script, no eval), same-origin editor workers, inline styles
 * (the editor sets them), fonts and images from data: URLs (the stylesheet embeds them), and no framing.
 */
export const GRAPHIQL_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

interface Asset {
  body: string | Buffer;
  contentType: string;
  /** Subresource Integrity value for the tag that loads it. */
  integrity: string;
}

interface GraphiQLAssets {
  /** `/graphiql/<content hash>/`: a new build gets new URLs, so browsers may cache them for good. */
  base: string;
  files: Map<string, Asset>;
}

/**
 * Sets up Monaco's workers (served beside it) and renders GraphiQL once the bundle has run; the options come from
 * a JSON block in the page, so the page carries no inline script.
 */
const START_SCRIPT = `(function () {
  var base = document.currentScript.getAttribute('data-assets');
  var workers = {
    editorWorkerService: base + 'editor.worker.js',
    json: base + 'json.worker.js',
    graphql: base + 'graphql.worker.js',
  };
  self.MonacoEnvironment = {
    globalAPI: false,
    getWorkerUrl: function (moduleId, label) {
      return workers[label];
    },
  };
  window.addEventListener('DOMContentLoaded', function () {
    var options = JSON.parse(document.getElementById('graphiql-options').textContent);
    YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), options);
  });
})();
`;

const JS = 'text/javascript; charset=utf-8';

function asset(body: string | Buffer, contentType: string): Asset {
  return { body, contentType, integrity: `sha384-${createHash('sha384').update(body).digest('base64')}` };
}

/** GraphiQL as bundled by @graphql-yoga/render-graphiql (about 9 MB), loaded on the first visit only. */
async function loadAssets(): Promise<GraphiQLAssets> {
  const bundle = await import('@graphql-yoga/render-graphiql/graphiql');
  const favicon = /^data:[^;]+;base64,(.*)$/s.exec(bundle.favicon)?.[1] ?? '';
  const files = new Map<string, Asset>([
    ['start.js', asset(START_SCRIPT, JS)],
    ['yoga-graphiql.js', asset(bundle.js, JS)],
    ['graphiql.css', asset(bundle.css, 'text/css; charset=utf-8')],
    ['editor.worker.js', asset(bundle.editorWorkerService, JS)],
    ['json.worker.js', asset(bundle.jsonWorker, JS)],
    ['graphql.worker.js', asset(bundle.graphqlWorker, JS)],
    ['favicon.ico', asset(Buffer.from(favicon, 'base64'), 'image/x-icon')],
  ]);
  const hash = createHash('sha256');
  for (const file of files.values()) hash.update(file.integrity);
  return { base: `${GRAPHIQL_ASSETS_PATH}${hash.digest('hex').slice(0, 16)}/`, files };
}

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/**
 * GraphiQL served by the service itself: nothing is fetched from a CDN, so the page works offline and no third party
 * can change the script that runs where curators paste their tokens. The headers editor (which holds those tokens) is
 * never saved in the browser's storage.
 */
export function createGraphiQL() {
  let loading: Promise<GraphiQLAssets> | undefined;
  const assets = () =>
    (loading ??= loadAssets().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));

  /** Yoga's `renderGraphiQL`: the page, with its options as data. */
  async function render(options: GraphiQLOptions): Promise<string> {
    const { base, files } = await assets();
    const title = escapeHtml(options.title ?? 'GraphiQL');
    const json = JSON.stringify({ ...options, shouldPersistHeaders: false }).replaceAll('<', '\\u003c');
    const tag = (name: string) => `integrity="${files.get(name)!.integrity}"`;
    return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <link rel="icon" href="${base}favicon.ico" />
    <link rel="stylesheet" href="${base}graphiql.css" ${tag('graphiql.css')} />
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>GraphiQL needs JavaScript.</noscript>
    <div id="root"></div>
    <script type="application/json" id="graphiql-options">${json}</script>
    <script src="${base}start.js" data-assets="${base}" ${tag('start.js')}></script>
    <script src="${base}yoga-graphiql.js" ${tag('yoga-graphiql.js')}></script>
  </body>
</html>
`;
  }

  /** Answers a request under GRAPHIQL_ASSETS_PATH; false when it names no asset of this build (the caller 404s). */
  async function serveAsset(pathname: string, method: string, res: ServerResponse): Promise<boolean> {
    const { base, files } = await assets();
    if (!pathname.startsWith(base)) return false;
    const file = files.get(pathname.slice(base.length));
    if (!file) return false;
    res.writeHead(200, {
      'content-type': file.contentType,
      'content-length': Buffer.byteLength(file.body),
      'cache-control': 'public, max-age=31536000, immutable',
      // A worker runs under the policy of its own script's response.
      'content-security-policy': GRAPHIQL_CSP,
    });
    res.end(method === 'HEAD' ? undefined : file.body);
    return true;
  }

  return { render, serveAsset };
}
