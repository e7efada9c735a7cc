// End-to-end test of the tracker: real pages with the snippet, in Debian's headless
// Chromium (driven by playwright-core), against a running raycstr-server. Every result is
// read back through the stats API with a read key, never from the database.
//
//   node tests/e2e/tracker.e2e.mjs build/dev/app/raycstr-server build/dev/resources/tracker
//
// (the second argument: where the build put the tracker, for the ESM package's page).
//
// Pages are served by a small HTTP server here and reached by name: Chromium maps
// *.test to 127.0.0.1 (--host-resolver-rules), so a page lives at http://main.test:PORT/ and
// loads the script from http://stats.test:PORT/js/track.js, cross-origin as on a real site
// (and not on localhost, which the tracker ignores). Scenarios report to sites of their own
// (data-domain) wherever their hits could otherwise satisfy another scenario's checks.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { check, chromiumArgs, poll, runAndExit, sleep, startServer, statsReader } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const { chromium } = createRequire(path.join(repo, 'resources/tracker/package.json'))('playwright-core');

const [serverBinary, trackerBuild] = process.argv.slice(2);
if (!serverBinary || !trackerBuild) {
  console.error('usage: node tracker.e2e.mjs path/to/raycstr-server path/to/built/tracker');
  process.exit(2);
}
const CHROMIUM = process.env.RAYCSTR_CHROMIUM || '/usr/bin/chromium';
// User-Agents are set explicitly (see launch()): Chromium's default says HeadlessChrome,
// which the collector (rightly) drops as a bot; the last scenario checks exactly that.
const DESKTOP_CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';
const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const SITES = ['main.test', 'dnt.test', 'ids.test', 'vitals.test', 'esm.test', 'bot.test'];

const started = Date.now();
const cleanups = [];
// --- raycstr-server: a fresh data directory, the sites, a read key, then serve ----------

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'raycstr-e2e-'));
cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
const cli = (...args) =>
  execFileSync(serverBinary, [...args, '--data', dataDir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
for (const site of SITES) cli('site', 'add', site);
const key = /(rc_\S+)/.exec(cli('token', 'create', '--label', 'e2e'))[1];

const { server, port: serverPort, output: serverOutput } = await startServer(serverBinary, dataDir, cleanups);
const api = `http://127.0.0.1:${serverPort}`;

const stats = statsReader(api, key);
const rows = (answer) => Object.fromEntries(answer.rows.map((r) => [r.value, r]));

// --- the test pages -----------------------------------------------------------------------

// An 800×400 PNG of noise: a large image, the page's Largest Contentful Paint. (Chromium
// skips low-entropy images, such as a solid colour, as LCP candidates.)
function png(width, height) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'ascii');
    data.copy(out, 8);
    out.writeUInt32BE(crc(out.subarray(4, 8 + data.length)), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  let seed = 1;
  const raw = Buffer.alloc(height * (1 + width * 3)); // each row: filter byte 0, then RGB
  for (let i = 0; i < raw.length; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    raw[i] = i % (1 + width * 3) == 0 ? 0 : seed >>> 24;
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
const heroPng = png(800, 400);

const script = (file, domain, attributes = '') =>
  `<script defer src="http://stats.test:${serverPort}/js/${file}" data-domain="${domain}" ${attributes}></script>`;
// The snippet's queue, so calls made before the script has loaded are kept.
const queueStub =
  '<script>window.raycstr = window.raycstr || function () { (window.raycstr.q = window.raycstr.q || []).push(arguments) }</script>';

let pagePort;
const pages = {
  // main.test: referrer, events queued and live, an outbound link, a single-page app route;
  // /read, a page to read and leave (no events: a bounce, with a duration all the same).
  '/landing': () => `<!doctype html><title>Landing</title>${queueStub}
    <script>raycstr('track', 'signup', { plan: 'pro' })</script>
    ${script('track.js', 'main.test', 'data-outbound-links')}
    <button id="buy" onclick="raycstr('track', 'purchase', { amount: 42, currency: 'EUR' })">Buy</button>
    <button id="next" onclick="history.pushState({}, '', '/landing/step-2')">Next</button>
    <a id="out" href="http://elsewhere.test:${pagePort}/somewhere">Elsewhere</a>`,
  '/read': () => `<!doctype html><title>Read</title>${script('track.js', 'main.test')}<p>A long read.</p>`,
  '/somewhere': () => '<!doctype html><title>Elsewhere</title><p>Another site.</p>',
  // dnt.test: Do Not Track on, a queued event too: nothing may leave the page.
  '/dnt': () => `<!doctype html><title>DNT</title>${queueStub}
    <script>raycstr('track', 'signup', { plan: 'free' })</script>${script('track.js', 'dnt.test')}`,
  // ids.test: hashPaths turns ids into [id].
  '/users/123/orders/0f8fad5b-d9cb-469f-a165-70867728950e': () => `<!doctype html><title>Order</title>
    ${script('track.js', 'ids.test', 'data-hash-paths')}
    <button id="other" onclick="history.pushState({}, '', '/users/456')">Other user</button>`,
  // vitals.test: a large image (LCP), a late banner that pushes content down (CLS), a slow
  // click handler (INP).
  '/vitals': () => `<!doctype html><title>Vitals</title>
    <style>body { margin: 0; font: 16px sans-serif } #banner { height: 0; background: #fc0 }</style>
    ${script('track.vitals.js', 'vitals.test')}
    <div id="banner"></div><h1>Web Vitals</h1>
    <img src="/hero.png" width="800" height="400" alt="hero">
    <p>Some text below the image.</p><button id="slow">Slow</button>
    <script>
      document.getElementById('slow').addEventListener('click', () => {
        const end = performance.now() + 150;
        while (performance.now() < end);
        document.body.append(' clicked');
      });
      setTimeout(() => { document.getElementById('banner').style.height = '120px'; }, 400);
    </script>`,
  '/bye': () => '<!doctype html><title>Bye</title><p>Bye.</p>',
  // esm.test: the ESM package as a bundled app uses it, its React component included (a
  // stand-in for React's useEffect: the real React is the app's, never bundled with it).
  '/esm': () => `<!doctype html><title>ESM</title>
    <script type="importmap">{ "imports": { "react": "/fake-react.js" } }</script>
    <script type="module">
      import { track } from '/esm/index.js';
      import { Analytics } from '/esm/react.js';
      track('early', { from: 'esm' }); // before init: kept, sent once it runs
      const options = { siteId: 'esm.test', endpoint: 'http://stats.test:${serverPort}/' };
      Analytics(options);
      Analytics(options); // React's strict mode runs effects twice: still one tracker
      window.esmReady = true;
    </script>`,
  // bot.test: the browser's own HeadlessChrome User-Agent.
  '/bot': () => `<!doctype html><title>Bot</title>${script('track.js', 'bot.test')}`,
};
const pageServer = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname == '/fake-react.js') {
    return res.writeHead(200, { 'Content-Type': 'text/javascript' }).end('export const useEffect = (effect) => effect();');
  }
  if (url.pathname == '/esm/index.js' || url.pathname == '/esm/react.js') {
    const file = path.join(trackerBuild, url.pathname);
    return res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(fs.readFileSync(file));
  }
  if (url.pathname == '/hero.png') {
    // A little later than the text, so LCP is the image, after FCP.
    setTimeout(() => res.writeHead(200, { 'Content-Type': 'image/png' }).end(heroPng), 150);
    return;
  }
  const page = pages[url.pathname] || (url.pathname.startsWith('/landing') && pages['/landing']);
  if (!page) return res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page());
});
await new Promise((resolve) => pageServer.listen(0, '127.0.0.1', resolve));
pagePort = pageServer.address().port;
cleanups.push(() => pageServer.close());
const at = (host, pathname) => `http://${host}:${pagePort}${pathname}`;

// --- Chromium -------------------------------------------------------------------------------

// One browser per User-Agent. A context's userAgent covers the page's own requests, but
// beacons sent while a page unloads (engagement, vitals) leave from the browser process
// with the browser's User-Agent: so the browser is launched with the same one. The bot
// scenario's browser keeps Chromium's default.
async function launch(userAgent) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // playwright-core gives every launch a fresh temporary --user-data-dir of its own.
    args: chromiumArgs(userAgent),
  });
  cleanups.push(() => browser.close());
  return browser;
}

// Every beacon a page sends to the collector, with what the collector answered.
function collectorTraffic(page) {
  const sent = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/event')) sent.push({ body: JSON.parse(request.postData() || '{}') });
  });
  return sent;
}
// Beacons sent while a page unloads (engagement, vitals) are handed to the browser process
// and never show up as the page's requests: those are checked through the stats API only.
const waitForBeacon = (page, name) =>
  page.waitForRequest(
    (r) => r.url().endsWith('/api/event') && JSON.parse(r.postData() || '{}').n == name,
    { timeout: 5000 },
  );

async function scenarios() {
  const desktop = await launch(DESKTOP_CHROME);
  // 1. A desktop visitor from Google: pageview, queued + live events with props, an SPA
  //    route, an outbound link.
  {
    const context = await desktop.newContext({ userAgent: DESKTOP_CHROME, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const first = waitForBeacon(page, 'pageview');
    await page.goto(at('main.test', '/landing?utm_campaign=launch'), { referer: 'http://www.google.com/' });
    await first;
    const live = waitForBeacon(page, 'purchase');
    await page.click('#buy');
    await live;
    const spa = waitForBeacon(page, 'pageview');
    await page.click('#next');
    await spa;
    await sleep(1200); // time on the page, reported as engagement when it is left
    const outbound = waitForBeacon(page, 'Outbound Link: Click');
    await Promise.all([page.waitForURL(/elsewhere\.test/), page.click('#out')]);
    await outbound;
    await context.close();
  }
  // 2. A phone visitor, straight in, one page read for a while, then gone.
  {
    const phone = await launch(IPHONE_SAFARI);
    const context = await phone.newContext({
      userAgent: IPHONE_SAFARI,
      viewport: { width: 390, height: 844 },
      isMobile: true,
    });
    const page = await context.newPage();
    const first = waitForBeacon(page, 'pageview');
    await page.goto(at('main.test', '/read'));
    await first;
    await sleep(1600);
    await page.goto(at('main.test', '/somewhere')); // not tracked: leaving sends engagement
    await sleep(500); // the unload beacon is on its way: let it leave before the browser goes
    await context.close();
    await phone.close();
  }
  // 3. Do Not Track: nothing leaves the page.
  {
    const context = await desktop.newContext({ userAgent: DESKTOP_CHROME });
    // Chromium has no switch for the DNT header's JavaScript side: emulate the setting.
    await context.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'doNotTrack', { get: () => '1' }),
    );
    const page = await context.newPage();
    const sent = collectorTraffic(page);
    await page.goto(at('main.test', '/dnt'));
    // The script ran (it replaced the queue stub with its own function) and sent nothing.
    await page.waitForFunction(() => typeof window.raycstr == 'function' && !window.raycstr.q);
    await page.evaluate(() => window.raycstr('track', 'live', { x: 1 }));
    await sleep(500);
    check(sent.length == 0, 'DNT: no request to the collector', sent);
    await context.close();
  }
  // 3b. Not counted either: localhost, and a browser whose owner set raycstr_ignore.
  {
    const context = await desktop.newContext({ userAgent: DESKTOP_CHROME });
    const page = await context.newPage();
    const sent = collectorTraffic(page);
    await page.goto(`http://localhost:${pagePort}/read`);
    await page.waitForFunction(() => typeof window.raycstr == 'function');
    await page.goto(at('main.test', '/somewhere'));
    await page.evaluate(() => localStorage.setItem('raycstr_ignore', 'true'));
    await page.goto(at('main.test', '/read'));
    await page.waitForFunction(() => typeof window.raycstr == 'function');
    await sleep(300);
    check(sent.length == 0, 'localhost and raycstr_ignore: no request to the collector', sent);
    await context.close();
  }
  // 4. hashPaths: ids in paths become [id], on load and on SPA navigation.
  {
    const context = await desktop.newContext({ userAgent: DESKTOP_CHROME });
    const page = await context.newPage();
    const first = waitForBeacon(page, 'pageview');
    await page.goto(at('ids.test', '/users/123/orders/0f8fad5b-d9cb-469f-a165-70867728950e'));
    const body = JSON.parse((await first).postData());
    check(body.u == at('ids.test', '/users/[id]/orders/[id]'), 'hashPaths: the beacon carries [id]', body.u);
    const second = waitForBeacon(page, 'pageview');
    await page.click('#other');
    await second;
    await context.close();
  }
  // 5. Web Vitals on a page with an image and a layout shift, a slow click, then leaving.
  {
    const context = await desktop.newContext({ userAgent: DESKTOP_CHROME, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const first = waitForBeacon(page, 'pageview');
    await page.goto(at('vitals.test', '/vitals'));
    await first;
    await page.waitForLoadState('load');
    await sleep(700); // the banner's layout shift at 400 ms
    await page.click('#slow');
    await sleep(300);
    await page.goto(at('vitals.test', '/bye')); // leaving sends the vitals
    await sleep(500);
    await context.close();
  }
  // 6. The ESM package and its React component.
  {
    const context = await desktop.newContext({ userAgent: DESKTOP_CHROME });
    const page = await context.newPage();
    const sent = collectorTraffic(page);
    page.on('pageerror', (error) => check(false, 'ESM page: no script error', String(error)));
    await page.goto(at('main.test', '/esm'));
    await page.waitForFunction(() => window.esmReady);
    await sleep(300);
    check(
      sent.map((r) => r.body.n).join() == 'pageview,early',
      'ESM: one pageview, then the event queued before init',
      sent.map((r) => r.body),
    );
    await context.close();
  }
  // 7. The browser's default User-Agent (HeadlessChrome): accepted, then dropped as a bot.
  {
    const headless = await launch();
    const context = await headless.newContext();
    const page = await context.newPage();
    const response = page.waitForResponse((r) => r.url().endsWith('/api/event'), { timeout: 5000 });
    await page.goto(at('main.test', '/bot'));
    const ua = await page.evaluate(() => navigator.userAgent);
    check(/HeadlessChrome/.test(ua), 'bot: the default User-Agent says HeadlessChrome', ua);
    check((await response).status() == 202, 'bot: the collector answers 202 all the same');
    await context.close();
  }
}

async function verify() {
  const day = 'period=day';
  // Pageviews with the right paths: /landing and its SPA route (desktop), /read (phone).
  const pagesAnswer = await poll(
    () => stats(`/api/events/main.test/pages?${day}`),
    (a) => a.rows.length == 3,
  );
  const paths = rows(pagesAnswer);
  check(paths['/landing']?.pageviews == 1 && paths['/read']?.pageviews == 1, 'pageview: counted with the right paths', pagesAnswer.rows);
  check(paths['/landing/step-2']?.pageviews == 1, 'SPA: pushState counted as a second pageview', pagesAnswer.rows);
  check(pagesAnswer.rows.length == 3, 'pageview: no other paths (query and the untracked page left out)', pagesAnswer.rows);

  const sources = rows(await stats(`/api/events/main.test/sources?${day}`));
  check(sources['Google']?.visitors == 1, 'referrer: the Google visit is sourced to Google', sources);
  const devices = rows(await stats(`/api/events/main.test/devices?${day}`));
  check(devices['Desktop']?.visitors == 1 && devices['Mobile']?.visitors == 1, 'device: one desktop, one mobile visitor', devices);
  const browsers = rows(await stats(`/api/events/main.test/breakdown?by=browser&${day}`));
  check(browsers['Chrome']?.visitors == 1 && browsers['Mobile Safari']?.visitors == 1, 'browser: Chrome and Mobile Safari', browsers);

  const events = rows(
    await poll(
      () => stats(`/api/events/main.test/breakdown?by=event_name&${day}`),
      (a) => rows(a)['Outbound Link: Click'],
    ),
  );
  check(events['signup']?.events == 1, 'custom event queued before the script loaded', events);
  check(events['purchase']?.events == 1, 'custom event sent live', events);
  check(events['Outbound Link: Click']?.events == 1, 'outbound link click', events);
  const plans = rows(await stats(`/api/events/main.test/breakdown?by=prop:plan&${day}`));
  check(plans['pro']?.events == 1, 'event props: plan=pro', plans);
  const amounts = rows(await stats(`/api/events/main.test/breakdown?by=prop:amount&${day}&filter=event_name==purchase`));
  check(amounts['42']?.events == 1, 'event props: numeric amount=42', amounts);
  const urls = rows(await stats(`/api/events/main.test/breakdown?by=prop:url&${day}`));
  check(urls[at('elsewhere.test', '/somewhere')]?.events == 1, 'outbound link: its URL as a prop', urls);

  // Engagement: the phone's one-page visit has a duration (not 0 s).
  const phone = await poll(
    () => stats(`/api/events/main.test/overview?${day}&filter=device==Mobile`),
    (a) => a.avg_duration > 0,
  );
  check(phone.visits == 1 && phone.bounce_rate == 100 && phone.avg_duration >= 1, 'engagement: a one-page visit lasts ≥ 1 s', phone);
  const desktop = await stats(`/api/events/main.test/overview?${day}&filter=device==Desktop`);
  check(desktop.avg_duration >= 1 && desktop.bounce_rate == 0, 'engagement: the desktop visit has a duration too', desktop);

  const dnt = await stats(`/api/stats?site=dnt.test&${day}`);
  check(dnt.pageviews == 0 && dnt.visitors == 0, 'DNT: nothing stored', dnt);

  const ids = rows(await poll(() => stats(`/api/events/ids.test/pages?${day}`), (a) => a.rows.length >= 2));
  check(ids['/users/[id]/orders/[id]']?.pageviews == 1 && ids['/users/[id]']?.pageviews == 1, 'hashPaths: paths normalised', ids);

  const vitals = await poll(
    () => stats(`/api/events/vitals.test/vitals?${day}`),
    (a) => Object.keys(a.overall).length == 5,
  );
  console.log(`     vitals stored: ${JSON.stringify(vitals.overall)}`);
  const v = (metric) => vitals.overall[metric]?.p75;
  check(vitals.routes.some((r) => r.route == '/vitals'), 'vitals: reported for the route /vitals', vitals.routes);
  check(v('TTFB') >= 0 && v('TTFB') < 2000, 'vitals: TTFB plausible', v('TTFB'));
  check(v('FCP') > 0 && v('FCP') < 5000, 'vitals: FCP plausible', v('FCP'));
  check(v('LCP') >= v('FCP') && v('LCP') >= 150 && v('LCP') < 8000, 'vitals: LCP plausible (the late image, not before FCP)', v('LCP'));
  check(v('CLS') > 0.01 && v('CLS') < 1, 'vitals: CLS from the banner', v('CLS'));
  check(v('INP') >= 140 && v('INP') < 3000, 'vitals: INP from the 150 ms click handler', v('INP'));

  const esm = rows(await poll(() => stats(`/api/events/esm.test/breakdown?by=prop:from&${day}`), (a) => a.rows.length));
  const esmPages = rows(await stats(`/api/events/esm.test/pages?${day}`));
  check(esm['esm']?.events == 1 && esmPages['/esm']?.pageviews == 1, 'ESM: pageview and event stored', { esm, esmPages });

  const bot = await stats(`/api/stats?site=bot.test&${day}`);
  check(bot.pageviews == 0, 'bot: HeadlessChrome stored nothing', bot);

  // SIGTERM drains and stops the server; under the sanitizers a report fails the exit code.
  const exited = new Promise((resolve) => server.on('exit', (code, signal) => resolve({ code, signal })));
  server.kill('SIGTERM');
  const exit = await Promise.race([exited, sleep(15000).then(() => ({ code: 'still running' }))]);
  check(exit.code === 0, 'server: stops cleanly on SIGTERM', { ...exit, stderr: serverOutput().slice(-2000) });
}

await runAndExit(
  async () => {
    await scenarios();
    await verify();
  },
  cleanups,
  started,
);
