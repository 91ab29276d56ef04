/**
 * How fast the embedder is on this machine:
 *
 *   node --import tsx search-indexer/src/embedding/embedding-bench.ts [--queries 200] [--documents 320]
 *     [--batch-sizes 1,16,32] [--threads 1,2]
 *
 * Query latency is one `embedQueries([q])` call per query, as the API makes them, over distinct queries (none served
 * from the cache); document throughput is `embedDocuments` over distinct texts of 50–300 characters built from the
 * seed data (each starts with its number, so all differ), with a fresh embedder (empty cache) per batch size and thread count. Resident memory is read with the
 * model loaded and at the end. Nothing is asserted.
 */
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { buildSeedGraph } from '@icg/seeds';
import { createEmbedder } from './create-embedder.ts';

const { values } = parseArgs({
  options: {
    queries: { type: 'string', default: '200' },
    documents: { type: 'string', default: '320' },
    'batch-sizes': { type: 'string', default: '1,16,32' },
    threads: { type: 'string', default: '1,2' },
  },
});
const queryCount = Number(values.queries);
const documentCount = Number(values.documents);
const batchSizes = values['batch-sizes'].split(',').map(Number);
const threadCounts = values.threads.split(',').map(Number);

const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** Queries a visitor might type: entity names in a few question forms, interleaved with topics by city. */
function buildQueries(names: readonly string[], cities: readonly string[]): string[] {
  const forms = [
    (name: string) => `${name}在哪里`,
    (name: string) => `${name}的历史`,
    (name: string) => `谁创办了${name}`,
    (name: string) => name,
  ];
  const topics = ['纺织工业遗产', '老字号', '非遗技艺', '近代工厂', '工业旅游景点', '矿山遗址', '民族工商业'];
  const byName = names.map((name, index) => forms[index % forms.length]!(name));
  const byCity = cities.flatMap((city) => topics.map((topic) => `${city}有哪些${topic}`));
  const mixed = byName.flatMap((query, index) => (byCity[index] ? [query, byCity[index]] : [query]));
  return [...new Set(mixed)];
}

/**
 * Distinct texts whose lengths spread evenly over 50–300 characters: entities' names and descriptions, joined in a
 * fixed order until the text reaches its length (seed descriptions alone are mostly under 120 characters).
 */
function buildDocuments(entries: readonly { name: string; description: string }[], count: number): string[] {
  return Array.from({ length: count }, (_, index) => {
    const target = 50 + ((index * 97) % 251);
    let text = `（${index}）`;
    for (let next = index; text.length < target; next += 7) {
      const entry = entries[next % entries.length]!;
      text += `${entry.name}：${entry.description}`;
    }
    return text.slice(0, target);
  });
}

const graph = await buildSeedGraph();
const described = graph.nodes
  .filter((node) => typeof node.description === 'string' && node.description.length > 0)
  .map((node) => ({ name: node.name, description: node.description! }));
const cities = graph.nodes.filter((node) => node.kind === 'Place').map((node) => node.name);
const queries = buildQueries(
  graph.nodes.map((node) => node.name),
  cities,
).slice(0, queryCount);
const documents = buildDocuments(described, documentCount);

console.log(
  `Machine: ${availableParallelism()} CPUs, load average ${loadavg()
    .map((load) => load.toFixed(2))
    .join(' ')} at start`,
);
const rssBefore = process.memoryUsage().rss;
const loadStart = performance.now();
const embedder = await createEmbedder({ threads: 1 });
const loadMs = performance.now() - loadStart;
const rssLoaded = process.memoryUsage().rss;
console.log(
  `Model ${embedder.modelId}: loaded in ${loadMs.toFixed(0)} ms; RSS ${mib(rssBefore)} MiB before, ` +
    `${mib(rssLoaded)} MiB with the model loaded`,
);

const latencies: number[] = [];
await embedder.embedQueries(['预热']);
for (const query of queries) {
  const startedAt = performance.now();
  await embedder.embedQueries([query]);
  latencies.push(performance.now() - startedAt);
}
latencies.sort((a, b) => a - b);
console.log(
  `Queries (1 thread, one per call, ${latencies.length} distinct, mean ${(
    queries.reduce((sum, query) => sum + query.length, 0) / queries.length
  ).toFixed(1)} characters): median ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(
    1,
  )} ms, max ${latencies.at(-1)!.toFixed(1)} ms`,
);
console.log(`RSS after the queries: ${mib(process.memoryUsage().rss)} MiB`);
await embedder.close();

const meanChars = documents.reduce((sum, text) => sum + text.length, 0) / documents.length;
console.log(`Documents: ${documents.length} distinct texts of 50–300 characters, ${meanChars.toFixed(0)} on average`);
console.log('| threads | batch size | documents/s | seconds | RSS after, MiB |');
console.log('| --- | --- | --- | --- | --- |');
for (const threads of threadCounts) {
  for (const documentBatchSize of batchSizes) {
    const documentEmbedder = await createEmbedder({ threads, documentBatchSize });
    const startedAt = performance.now();
    await documentEmbedder.embedDocuments(documents);
    const seconds = (performance.now() - startedAt) / 1000;
    console.log(
      `| ${threads} | ${documentBatchSize} | ${(documents.length / seconds).toFixed(1)} | ${seconds.toFixed(1)} | ` +
        `${mib(process.memoryUsage().rss)} |`,
    );
    await documentEmbedder.close();
  }
}
console.log(
  `RSS at the end: ${mib(process.memoryUsage().rss)} MiB; peak ${mib(process.resourceUsage().maxRSS * 1024)} MiB; ` +
    `load average ${loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')} at the end`,
);
