// End-to-end test of the web dashboard in Debian's headless Chromium (playwright-core)
// against a running raycstr-server with seeded traffic. Every number the page shows is
// checked against the stats API read with a key, never against hard-coded figures.
//
//   node tests/e2e/web.e2e.mjs build/dev/app/raycstr-server [screenshot-dir]
//
// With a screenshot directory it also writes web-{desktop,phone}-{light,dark}.png
// (1280×800 and 390×844), web-desktop-full-light.png (every card) and web-details-light.png (a
// report's details view with its search and CSV download). It prints the first contentful paint and the time until the KPI
// row shows, as figures (not asserted: speed is for benchmarks, not tests).

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { check, poll, sleep, startServer, statsReader, tally } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const { chromium } = createRequire(path.join(repo, 'resources/tracker/package.json'))('playwright-core');
const [serverBinary, shots] = process.argv.slice(2);
if (!serverBinary) {
  console.error('usage: node web.e2e.mjs path/to/raycstr-server [screenshot-dir]');
  process.exit(2);
}
const CHROMIUM = process.env.RAYCSTR_CHROMIUM || '/usr/bin/chromium';
const PASSWORD = 'correct horse battery staple';
const XSS = '/<img src=x onerror=window.__xss=1>';

const cleanups = [];

// --- the server: one site, the admin password, a share link, a read key ---------------------
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'raycstr-web-e2e-'));
cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
const cli = (args, input) =>
  execFileSync(serverBinary, [...args, '--data', dataDir], { encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'] });
cli(['site', 'add', 'example.com']);
cli(['site', 'add', 'other.org']);
cli(['user', 'set-password', '--password-stdin'], PASSWORD + '\n');
const shareSecret = cli(['share', 'create', 'example.com']).trim().split(/\s+/).pop();
const key = /(rc_\S+)/.exec(cli(['token', 'create', '--label', 'web-e2e']))[1];
const adminKey = /(rc_\S+)/.exec(cli(['token', 'create', '--admin', '--label', 'web-e2e-admin']))[1];

const { port } = await startServer(serverBinary, dataDir, cleanups);
const base = `http://127.0.0.1:${port}`;
const stats = statsReader(base, key);

// --- seeded traffic: five visitors (their User-Agents tell them apart) ------------------------
const UAS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  'Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0',
];
async function send(ua, body) {
  const res = await fetch(`${base}/api/event`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'User-Agent': ua },
    body: JSON.stringify({ d: 'example.com', ...body }),
  });
  if (res.status >= 300) throw new Error(`event: ${res.status} ${await res.text()}`);
}
const visits = [
  [0, ['/', '/pricing'], 'https://www.google.com/'],
  [1, ['/'], ''],
  [2, ['/blog', XSS], 'https://news.ycombinator.com/'],
  [3, ['/pricing'], 'https://www.google.com/'],
  [4, ['/', '/blog', '/pricing'], ''],
];
for (const [ua, paths, referrer] of visits) {
  for (const [i, p] of paths.entries())
    await send(UAS[ua], { n: 'pageview', u: `https://example.com${p}`, r: i === 0 ? referrer : '' });
}
await send(UAS[2], { n: 'Signup', u: 'https://example.com/blog', p: { plan: 'pro' } });
await send(UAS[0], { n: 'vitals', u: 'https://example.com/', metrics: { LCP: 1800, CLS: 0.05, INP: 120 } });
await send(UAS[1], { n: 'vitals', u: 'https://example.com/', metrics: { LCP: 2600, CLS: 0.1, INP: 240 } });
// A goal and a saved funnel, defined through the API with an admin key.
async function define(route, body) {
  const res = await fetch(`${base}/api/sites/example.com/${route}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${adminKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${route}: ${res.status} ${await res.text()}`);
}
await define('goals', { name: 'Signed up', event: 'Signup' });
await define('funnels', { name: 'Blog to signup', steps: [{ kind: 'page', match: '/blog' }, { kind: 'event', match: 'Signup' }] });
const overview = await poll(() => stats('/api/events/example.com/overview?period=today'), (o) => o.visitors === 5 && o.events === 1);
check(overview.visitors === 5 && overview.pageviews === 9, 'seeded traffic is stored', overview);

// --- the browser ----------------------------------------------------------------------------
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
cleanups.push(() => browser.close());

async function open(viewport, colorScheme, url = '/?period=today') {
  const context = await browser.newContext({ viewport, colorScheme, locale: 'en-US' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const response = await page.goto(base + url);
  return { context, page, response, errors };
}
async function signIn(page) {
  await page.fill('#password', PASSWORD);
  await page.press('#password', 'Enter');
  await page.waitForSelector('[data-kpi="visitors"] .value');
}
const kpi = (page, k) => page.getAttribute(`[data-kpi="${k}"] .value`, 'data-value').then(Number);
const rowsOf = (page, card) =>
  page.$$eval(`#${card} .content .row`, (rows) => rows.map((r) => [r.querySelector('.name').textContent, r.querySelector('.n').textContent]));

try {
  // Sign-in, CSP, KPIs against the API.
  const started = Date.now();
  const { context, page, response, errors } = await open({ width: 1280, height: 800 }, 'light');
  const csp = response.headers()['content-security-policy'] || '';
  check(/script-src 'self'/.test(csp) && /frame-ancestors 'none'/.test(csp) && !/unsafe-inline/.test(csp), 'strict CSP header on the page', csp);
  check(await page.isVisible('#password'), 'GET / shows the sign-in form');
  await page.fill('#password', 'wrong password!');
  await page.press('#password', 'Enter');
  await page.waitForSelector('.login .error:not(:empty)');
  check(await page.isVisible('#password'), 'a wrong password keeps the sign-in form');
  const t0 = Date.now();
  await signIn(page);
  const kpiMs = Date.now() - t0;
  errors.length = 0; // the wrong password's 401 above was meant
  for (const k of ['visitors', 'visits', 'pageviews', 'bounce_rate', 'avg_duration', 'views_per_visit'])
    check((await kpi(page, k)) === overview[k], `KPI ${k} equals the stats API`, [await kpi(page, k), overview[k]]);

  const liveNow = await stats('/api/events/example.com/live');
  await page.waitForFunction((v) => document.getElementById('live-count')?.textContent === String(v), liveNow.visitors, { timeout: 8000 }).catch(() => {});
  check((await page.textContent('#live-count')) === String(liveNow.visitors), 'current visitors equal the stats API', [await page.textContent('#live-count'), liveNow.visitors]);

  // Every breakdown card against the API.
  await page.waitForSelector('#pages .content .row');
  const pages = await stats('/api/events/example.com/breakdown?period=today&by=page&limit=10');
  const shown = await rowsOf(page, 'pages');
  check(JSON.stringify(shown.map(([n, v]) => [n, Number(v)])) === JSON.stringify(pages.rows.map((r) => [r.value, r.visitors])),
    'pages card equals the stats API breakdown', { shown, api: pages.rows.map((r) => [r.value, r.visitors]) });
  for (const [card, by, none] of [['sources', 'source', 'Direct / None'], ['devices', 'device', '(none)'], ['countries', 'country', '(none)']]) {
    await page.waitForSelector(`#${card} .content .row, #${card} .content p`);
    const api = await stats(`/api/events/example.com/breakdown?period=today&by=${by}&limit=10`);
    const rows = await rowsOf(page, card);
    check(rows.length === api.rows.length && rows.every(([n, v], i) => Number(v) === api.rows[i].visitors
      && (api.rows[i].value === '' ? n === none : n.includes(api.rows[i].value))), `${card} card equals the stats API`, { rows, api: api.rows });
  }
  await page.waitForSelector('#events .content .row');
  check((await rowsOf(page, 'events'))[0][0] === 'Signup', 'events card lists the custom event');

  // Goals, the saved funnel and Web Vitals against the API.
  await page.waitForSelector('#goals .content .row');
  const goals = await stats('/api/events/example.com/goals?period=today');
  const goalRows = await rowsOf(page, 'goals');
  check(goalRows.length === goals.goals.length && goalRows[0][0] === goals.goals[0].name
    && goalRows[0][1].startsWith(`${goals.goals[0].unique_conversions} · ${goals.goals[0].conversion_rate}%`), 'goals card equals the stats API', { goalRows, api: goals.goals });
  await page.waitForSelector('#funnels .content .row');
  const funnels = await stats('/api/sites/example.com/funnels');
  const funnel = await stats(`/api/events/example.com/funnel?period=today&funnel=${funnels.funnels[0].id}`);
  const stepRows = await rowsOf(page, 'funnels');
  check(stepRows.length === funnel.steps.length && stepRows.every(([n, v], i) => n === funnel.steps[i].name
    && v === `${funnel.steps[i].visitors} · ${funnel.steps[i].conversion_from_first}%`), 'funnel card equals the stats API', { stepRows, api: funnel.steps });
  await page.waitForSelector('#vitals tbody tr');
  const vitals = await stats('/api/events/example.com/vitals?period=today&limit=5');
  const lcp = await page.textContent('#vitals tbody tr:first-child td:nth-child(2)');
  check(lcp === `${vitals.overall.LCP.p75} / ${vitals.overall.LCP.p95}`, 'Web Vitals card equals the stats API', [lcp, vitals.overall.LCP]);

  // The attacker's path is text.
  check(shown.some(([n]) => n === XSS), 'a path holding <img onerror> is shown as text', shown);
  check((await page.$$('#pages img')).length === 0 && !(await page.evaluate(() => window.__xss)), 'and never becomes an element');

  // Filter: click a row, the URL holds it, the KPIs follow; remove it again.
  await page.click('#pages .row[title="/pricing"]');
  await page.waitForSelector('.chip');
  check(decodeURIComponent(page.url()).includes('filter=page==/pricing'), 'the filter is in the URL', page.url());
  const filtered = await stats('/api/events/example.com/overview?period=today&filter=page%3D%3D%2Fpricing');
  await page.waitForFunction((v) => document.querySelector('[data-kpi="visitors"] .value')?.dataset.value === String(v), filtered.visitors);
  check((await kpi(page, 'visitors')) === filtered.visitors && filtered.visitors !== overview.visitors, 'filtered KPIs equal the filtered stats API', filtered.visitors);
  await page.click('.chip button');
  await page.waitForFunction((v) => document.querySelector('[data-kpi="visitors"] .value')?.dataset.value === String(v), overview.visitors);
  check(!page.url().includes('filter='), 'removing the filter restores the view');

  // Details: every row, a search, and the report as CSV equal to the API's CSV.
  await page.click('#pages .more');
  await page.waitForSelector('dialog.details .row');
  const allPages = await stats('/api/events/example.com/breakdown?period=today&by=page&limit=500');
  check((await page.$$('dialog.details .row')).length === allPages.rows.length, 'the details view lists every page', allPages.rows.length);
  if (shots) {
    fs.mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, 'web-details-light.png') });
  }
  await page.fill('dialog.details input[type=search]', 'pric');
  await page.waitForFunction(() => document.querySelectorAll('dialog.details .row').length === 1);
  check((await page.textContent('dialog.details .row .name')) === '/pricing', 'the details search keeps the matching row');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('dialog.details button.csv')]);
  const csvText = fs.readFileSync(await download.path(), 'utf8');
  const apiCsv = await fetch(`${base}/api/events/example.com/breakdown?period=today&by=page&limit=1000&format=csv`,
    { headers: { Authorization: `Bearer ${key}` } }).then((r) => r.text());
  check(download.suggestedFilename() === 'example.com-page.csv' && csvText === apiCsv && csvText.split('\n')[0].includes('visitors'),
    'Download CSV saves the API\'s CSV of the report', { name: download.suggestedFilename(), csvText, apiCsv });
  await page.keyboard.press('Escape');
  await page.waitForSelector('dialog.details', { state: 'detached' });

  // Keyboard: each card's tabs are one tab stop, the arrow keys (Home/End) move between them.
  await page.focus('#pages [role=tab][aria-selected=true]');
  await page.keyboard.press('ArrowRight');
  const entry = await stats('/api/events/example.com/breakdown?period=today&by=entry_page&limit=10');
  const entryShown = await page.waitForFunction((n) => document.activeElement?.textContent === 'Entry pages'
    && document.activeElement.getAttribute('aria-selected') === 'true'
    && document.querySelectorAll('#pages .content .row').length === n, entry.rows.length, { timeout: 8000 }).then(() => true, () => false);
  const entryRows = await rowsOf(page, 'pages');
  check(entryShown && entryRows.every(([n, v], i) => n === entry.rows[i].value && Number(v) === entry.rows[i].visitors),
    'ArrowRight on the Pages tab shows entry pages equal to the stats API', { entryRows, api: entry.rows });
  await page.keyboard.press('End');
  await page.keyboard.press('Home');
  check(await page.evaluate(() => document.activeElement?.textContent === 'Pages'
    && [...document.querySelectorAll('#pages [role=tab]')].filter((b) => b.tabIndex === 0).length === 1),
  'End and Home move along the tabs, one of them in the tab order');

  // Every report has its details view: the custom events too.
  await page.click('#events .more');
  await page.waitForSelector('dialog.details .row');
  const allEvents = await stats('/api/events/example.com/breakdown?period=today&by=event_name&limit=500');
  check((await page.$$('dialog.details .row')).length === allEvents.rows.length, 'the events card\'s details list every event name', allEvents.rows.length);
  await page.keyboard.press('Escape');
  await page.waitForSelector('dialog.details', { state: 'detached' });

  // Live view: a posted event appears.
  await page.waitForSelector('#live-events', { state: 'attached' });
  await sleep(500);
  await send(UAS[1], { n: 'pageview', u: 'https://example.com/live-check' });
  const liveOk = await page.waitForFunction(() => document.getElementById('live-events').textContent.includes('/live-check'), null, { timeout: 10000 })
    .then(() => true, () => false);
  check(liveOk, 'the live view receives a posted event');
  check(errors.length === 0, 'no script errors (CSP violations included)', errors);

  // Comparison: the previous period's series as a dashed line, bucket by bucket, and the
  // KPI row's changes.
  await page.check('#compare');
  await page.waitForSelector('.chart .previous', { state: 'attached' }); // flat at 0: no height, "hidden"
  const current = await stats('/api/events/example.com/timeseries?period=today');
  const yesterday = new Date(Date.parse(`${current.period.from}T00:00:00Z`) - 864e5).toISOString().slice(0, 10);
  const before = await stats(`/api/events/example.com/timeseries?period=custom&from=${yesterday}&to=${yesterday}&interval=${current.interval}`);
  check(Number(await page.getAttribute('.chart .previous', 'data-previous')) === Math.min(before.points.length, current.points.length)
    && decodeURIComponent(page.url()).includes('compare=1') && Boolean(await page.$('[data-kpi="visitors"] .up, [data-kpi="visitors"] .down')),
  'Compare draws the previous period (the stats API\'s series for the day before) and the KPI changes', before.points.length);
  check(errors.length === 0, 'no script errors with the comparison on', errors);

  if (shots) {
    fs.mkdirSync(shots, { recursive: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(shots, 'web-desktop-light.png') });
    await page.screenshot({ path: path.join(shots, 'web-desktop-full-light.png'), fullPage: true });
  }
  await context.close();

  // Share page: read-only, no password, same numbers.
  const share = await open({ width: 1280, height: 800 }, 'light', `/share/example.com?auth=${encodeURIComponent(shareSecret)}&period=today`);
  await share.page.waitForSelector('[data-kpi="visitors"] .value');
  const now = await stats('/api/events/example.com/overview?period=today');
  check((await kpi(share.page, 'visitors')) === now.visitors, 'the share page shows the site without signing in');
  check((await share.page.isVisible('.badge')) && !(await share.page.$('text=Sign out')), 'the share page is read-only');
  check((await share.page.$$('#site option')).length === 1, 'the share page offers only its own site');
  await share.context.close();

  // The page speaks the browser's language (de, fr, es besides English).
  {
    const de = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'de-DE' });
    const dePage = await de.newPage();
    await dePage.goto(`${base}/share/example.com?auth=${encodeURIComponent(shareSecret)}&period=today`);
    await dePage.waitForSelector('[data-kpi="visitors"] .value');
    const label = await dePage.textContent('[data-kpi="visitors"] .label');
    const periodShown = await dePage.$eval('#period', (s) => s.options[s.selectedIndex].textContent);
    check(label === 'Besucher' && periodShown === 'Heute', 'a German browser gets the German dashboard', [label, periodShown]);
    await de.close();
  }

  // Screenshots and first paint.
  if (shots) {
    for (const [name, viewport] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]]) {
      for (const scheme of ['light', 'dark']) {
        if (name === 'desktop' && scheme === 'light') continue;
        const v = await open(viewport, scheme);
        await signIn(v.page);
        await v.page.waitForSelector('#pages .content .row');
        await sleep(300);
        await v.page.screenshot({ path: path.join(shots, `web-${name}-${scheme}.png`) });
        await v.context.close();
      }
    }
  }
  const fp = await open({ width: 1280, height: 800 }, 'light', `/share/example.com?auth=${encodeURIComponent(shareSecret)}&period=30d`);
  const t1 = Date.now();
  await fp.page.waitForSelector('[data-kpi="visitors"] .value');
  const shareKpiMs = Date.now() - t1;
  const fcp = await fp.page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime);
  console.log(`figure: first contentful paint ${Math.round(fcp)} ms; KPI row after sign-in ${kpiMs} ms; ` +
    `30-day share view to KPI row ${shareKpiMs} ms (seeded set, loopback); whole run ${Date.now() - started} ms`);
  await fp.context.close();
} catch (e) {
  check(false, 'the scenario ran to its end', String(e.stack || e));
} finally {
  for (const c of cleanups.reverse()) await c();
}
console.log(`${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed || !tally.passed ? 1 : 0);
