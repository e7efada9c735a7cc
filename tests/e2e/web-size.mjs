// The web dashboard's size budget: all its JS and CSS, minified and gzipped at level 9
// (the .gz files the server sends), at most 100 KB together. Also checks the build has no
// innerHTML/eval-style sinks (every value is rendered as text). Prints the figures.
//   node tests/e2e/web-size.mjs build/dev/resources/web
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node web-size.mjs path/to/built/web');
  process.exit(2);
}
let failed = 0;
const check = (ok, what) => {
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
};
const BUDGET = 100 * 1024;
let total = 0;
for (const file of ['app.js', 'app.css']) {
  const raw = fs.readFileSync(path.join(dir, file));
  const gz = fs.readFileSync(path.join(dir, file + '.gz'));
  check(zlib.gunzipSync(gz).equals(raw), `${file}.gz is ${file}`);
  total += gz.length;
  console.log(`     ${file}: ${raw.length} bytes minified, ${gz.length} bytes gzipped`);
}
check(total <= BUDGET, `JS+CSS ${total} bytes gzipped (budget ${BUDGET})`);
const js = fs.readFileSync(path.join(dir, 'app.js'), 'utf8');
check(!/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function/.test(js), 'no HTML or eval sinks in app.js');
const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
check(!/<script>|<script [^>]*>[^<]/.test(html) && !/ on[a-z]+=/.test(html) && !/style=/.test(html), 'index.html has no inline script or style');
process.exit(failed ? 1 : 0);
