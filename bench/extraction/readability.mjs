// Runs Mozilla Readability (with jsdom) on the scrapinghub-layout pages and writes {id: {articleBody}} as JSON.
// Usage: node readability.mjs DATA_DIR OUT_JSON   (DATA_DIR holds ground-truth.json and html/ID.html.gz)
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';

const [dataDir, out] = process.argv.slice(2);
const truth = JSON.parse(readFileSync(join(dataDir, 'ground-truth.json'), 'utf8'));
const result = {};
let pages = 0;
const start = process.hrtime.bigint();
for (const id of Object.keys(truth).sort()) {
  const file = join(dataDir, 'html', `${id}.html.gz`);
  if (!existsSync(file)) continue;
  const html = gunzipSync(readFileSync(file));
  let body = '';
  try {
    const dom = new JSDOM(html, { url: truth[id].url, virtualConsole: new VirtualConsole() });
    const article = new Readability(dom.window.document).parse();
    body = article?.textContent ?? '';
    dom.window.close();
  } catch (e) {
    body = '';
  }
  result[id] = { articleBody: body };
  pages++;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
writeFileSync(out, JSON.stringify(result));
console.log(JSON.stringify({ pages, seconds, pagesPerSecond: pages / seconds }));
