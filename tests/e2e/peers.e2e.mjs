// Peers' own trackers, run unmodified in Debian's headless Chromium against a running
// raycstr-server: what a switching user's pages really send must be counted, and nothing
// they send may be silently ignored. The collector names every field it does not read in
// a RayCstr-Ignored-Fields answer header; a peer that adds a field fails here.
//
//   node tests/e2e/peers.e2e.mjs build/dev/app/raycstr-server
//
// Plausible: @plausible-analytics/tracker from npm (pinned in resources/tracker's
// package-lock.json), served byte for byte from node_modules and started with init(), as
// its README says: pageviews with custom properties and hash routing, a custom event with
// props, interactive: false and revenue, and the engagement pings (scroll depth, time).
// Umami's and GoatCounter's trackers are not on npm; their wire shapes are recorded from
// their sources in tests/ingest/tst_compatformats.cpp.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, chromiumArgs, poll, runAndExit, startServer, statsReader } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const trackerTools = createRequire(path.join(repo, 'resources/tracker/package.json'));
const { chromium } = trackerTools('playwright-core');

const [serverBinary] = process.argv.slice(2);
if (!serverBinary) {
  console.error('usage: node peers.e2e.mjs path/to/raycstr-server');
  process.exit(2);
}
const CHROMIUM = process.env.RAYCSTR_CHROMIUM || '/usr/bin/chromium';
const DESKTOP_CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';
const plausibleDir = path.join(repo, 'resources/tracker/node_modules/@plausible-analytics/tracker');
const plausibleVersion = JSON.parse(fs.readFileSync(path.join(plausibleDir, 'package.json'))).version;
const plausibleJs = fs.readFileSync(path.join(plausibleDir, 'plausible.js'));

const started = Date.now();
const cleanups = [];

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'raycstr-peers-'));
cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
const cli = (...args) =>
  execFileSync(serverBinary, [...args, '--data', dataDir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
cli('site', 'add', 'plausible.test');
const key = cli('token', 'create', '--label', 'peers', '--quiet').trim();

const { server, port: serverPort } = await startServer(serverBinary, dataDir, cleanups);
const api = `http://127.0.0.1:${serverPort}`;
const stats = statsReader(api, key);

// --- the page: Plausible's npm module, imported and started as its README shows ------------

const pageHtml = () => `<!doctype html><title>Docs</title>
<script type="module">
  import { init, track } from '/plausible.js';
  init({
    domain: 'plausible.test',
    endpoint: 'http://stats.test:${serverPort}/api/event',
    hashBasedRouting: true,
    customProperties: { author: 'ana' },
  });
  window.signup = () =>
    track('Signup', { props: { plan: 'pro' }, interactive: false, revenue: { amount: '12.50', currency: 'EUR' } });
</script>
<div style="height: 3000px">A long page to scroll.</div>`;

const pageServer = http.createServer((req, res) => {
  if (req.url === '/plausible.js') {
    res.writeHead(200, { 'Content-Type': 'text/javascript' });
    res.end(plausibleJs);
  } else if (req.url === '/' || req.url.startsWith('/?')) {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end(pageHtml());
  } else {
    res.writeHead(404);
    res.end();
  }
});
const pagePort = await new Promise((resolve) => pageServer.listen(0, '127.0.0.1', () => resolve(pageServer.address().port)));
cleanups.push(() => pageServer.close());

async function run() {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumArgs(DESKTOP_CHROME),
  });
  cleanups.push(() => browser.close());
  const context = await browser.newContext({ userAgent: DESKTOP_CHROME });
  // The tracker ignores automated browsers (navigator.webdriver) unless the page says it is
  // a test: Plausible's own tests set this flag the same way.
  await context.addInitScript(() => {
    window.__plausible = true;
  });
  const page = await context.newPage();
  const answers = [];
  page.on('response', async (response) => {
    if (!response.url().endsWith('/api/event')) return;
    const request = response.request();
    answers.push({
      body: JSON.parse(request.postData() || '{}'),
      status: response.status(),
      ignored: (await response.allHeaders())['raycstr-ignored-fields'] || '',
    });
  });
  const answered = (test) => poll(async () => answers, (a) => a.some(test), 8000);

  await page.goto(`http://docs.plausible.test:${pagePort}/`, { referer: 'https://news.ycombinator.com/' });
  await answered((a) => a.body.n === 'pageview');
  await page.evaluate(() => window.scrollTo(0, 1500));
  await page.evaluate(() => window.signup());
  await answered((a) => a.body.n === 'Signup');
  await page.waitForTimeout(3100); // engaged for over 3 s: the route change sends engagement
  await page.evaluate(() => {
    location.hash = '#/guide';
  });
  await answered((a) => a.body.n === 'pageview' && a.body.u.endsWith('#/guide'));
  await answered((a) => a.body.n === 'engagement');
  await context.close();

  const kinds = [...new Set(answers.map((a) => a.body.n))].sort();
  check(kinds.join() === 'Signup,engagement,pageview', `plausible ${plausibleVersion}: sent pageview, Signup, engagement`, kinds);
  const fields = [...new Set(answers.flatMap((a) => Object.keys(a.body)))].sort();
  console.log(`     fields sent: ${fields.join(' ')}`);
  const refused = answers.filter((a) => a.status !== 202);
  check(refused.length === 0, `plausible ${plausibleVersion}: every request answered 202`, refused);
  const ignored = answers.filter((a) => a.ignored !== '');
  check(ignored.length === 0, `plausible ${plausibleVersion}: no field the collector does not know`,
        ignored.map((a) => ({ n: a.body.n, ignored: a.ignored })));

  const day = 'period=day';
  const totals = await poll(
    () => stats(`/api/stats?site=plausible.test&${day}`),
    (t) => t.pageviews >= 2,
  );
  check(totals.pageviews === 2 && totals.visitors === 1, 'plausible: 2 pageviews by 1 visitor counted', totals);
  const pages = await stats(`/api/events/plausible.test/pages?${day}`);
  const paths = pages.rows.map((r) => r.value).sort();
  check(paths.join() === '/,/#/guide', 'plausible: hash routes are pages of their own', paths);
  const sources = await stats(`/api/events/plausible.test/sources?${day}`);
  check(sources.rows.some((r) => r.value === 'Hacker News'), 'plausible: the referrer became the source', sources.rows);
  const events = await stats(`/api/events/plausible.test/breakdown?by=event_name&${day}`);
  check(events.rows.some((r) => r.value === 'Signup' && r.events === 1), 'plausible: the custom event counted', events.rows);
  const plans = await stats(`/api/events/plausible.test/breakdown?by=prop:plan&${day}`);
  check(plans.rows.some((r) => r.value === 'pro'), 'plausible: the event property stored', plans.rows);
  const authors = await stats(`/api/events/plausible.test/breakdown?by=prop:author&${day}`);
  check(authors.rows.some((r) => r.value === 'ana'), 'plausible: customProperties stored', authors.rows);
  const overview = await poll(
    () => stats(`/api/events/plausible.test/overview?${day}`),
    (o) => (o.current?.duration ?? o.duration ?? 0) >= 3,
  );
  const duration = overview.current?.duration ?? overview.duration;
  check(duration >= 3, 'plausible: the engagement pings give the visit its >= 3 s duration', overview);

  const exited = new Promise((resolve) => server.on('exit', (code, signal) => resolve({ code, signal })));
  server.kill('SIGTERM');
  const exit = await Promise.race([exited, new Promise((r) => setTimeout(() => r({ code: 'still running' }), 15000))]);
  check(exit.code === 0, 'server: stops cleanly on SIGTERM', exit);
}

await runAndExit(run, cleanups, started);
