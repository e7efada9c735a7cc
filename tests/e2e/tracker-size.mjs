// The tracker's size budget, on the minified build, gzipped at level 9 as web servers and
// CDNs send it: track.js ≤ 1.5 KB, track.vitals.js ≤ 3 KB. Prints the figures.
//   node tests/e2e/tracker-size.mjs build/dev/resources/tracker
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node tracker-size.mjs path/to/built/tracker');
  process.exit(2);
}
let passed = 0;
let failed = 0;
const check = (ok, what) => {
  ok ? passed++ : failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
};

const budgets = { 'track.js': 1536, 'track.vitals.js': 3072 };
const built = {};
for (const [file, budget] of Object.entries(budgets)) {
  const raw = fs.readFileSync(path.join(dir, file));
  const gzipped = zlib.gzipSync(raw, { level: 9 }).length;
  built[file] = raw.toString('utf8');
  check(gzipped <= budget, `${file}: ${raw.length} bytes minified, ${gzipped} bytes gzipped (budget ${budget})`);
}
// One source, vitals behind a build-time switch: the core build carries none of that code.
check(!/PerformanceObserver|largest-contentful-paint/.test(built['track.js']), 'track.js has no Web Vitals code');
check(/largest-contentful-paint/.test(built['track.vitals.js']), 'track.vitals.js measures Web Vitals');
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
