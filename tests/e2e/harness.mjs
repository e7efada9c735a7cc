// What the end-to-end scripts share: the pass/fail tally, polling the stats API while the
// writer thread stores hits, and starting raycstr-server on a free port.
import { spawn } from 'node:child_process';

export const tally = { passed: 0, failed: 0 };

export function check(ok, what, detail) {
  if (ok) {
    tally.passed++;
    console.log(`ok   ${what}`);
  } else {
    tally.failed++;
    console.log(`FAIL ${what}${detail === undefined ? '' : ': ' + JSON.stringify(detail)}`);
  }
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// The writer thread stores hits asynchronously: poll until `test` holds on `read()`'s
// answer, or give up after `ms` and return the last answer (the caller's check then fails
// with it).
export async function poll(read, test, ms = 8000) {
  const until = Date.now() + ms;
  let last;
  for (;;) {
    last = await read();
    if (test(last) || Date.now() > until) return last;
    await sleep(150);
  }
}

// `serve` on 127.0.0.1:0; resolves to { server, port } once it says where it listens.
// `cleanups` gets the SIGTERM (the server drains its queue and exits).
export async function startServer(binary, dataDir, cleanups) {
  const server = spawn(binary, ['serve', '--listen', '127.0.0.1:0', '--data', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stderr.on('data', (chunk) => (output += chunk));
  cleanups.push(async () => {
    if (server.exitCode !== null) return;
    const exited = new Promise((resolve) => server.on('exit', resolve));
    server.kill('SIGTERM');
    await Promise.race([exited, sleep(10000)]);
  });
  const port = await new Promise((resolve, reject) => {
    let out = '';
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const m = /collecting on http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    server.on('exit', (code) => reject(new Error(`raycstr-server exited (${code}): ${output}`)));
    setTimeout(() => reject(new Error('raycstr-server did not start')), 15000);
  });
  return { server, port, output: () => output };
}

// Debian's Chromium as the probe found it works here: headless, no sandbox (root), no
// background traffic (this machine's closed network refuses it), *.test mapped to
// loopback so pages are reached by name; `userAgent` also for beacons sent at unload.
export function chromiumArgs(userAgent) {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--host-resolver-rules=MAP *.test 127.0.0.1',
    ...(userAgent ? [`--user-agent=${userAgent}`] : []),
  ];
}

// Runs the scenarios, then every cleanup (newest first), prints the tally and exits:
// 0 only when something passed and nothing failed.
export async function runAndExit(scenarios, cleanups, started) {
  let exitCode = 1;
  try {
    await scenarios();
    exitCode = tally.failed == 0 && tally.passed > 0 ? 0 : 1;
  } catch (error) {
    console.log(`FAIL ${error.stack || error}`);
    tally.failed++;
  } finally {
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch (e) {
        // cleaning up after a failure: report the failure, not this
      }
    }
  }
  console.log(`${tally.passed} passed, ${tally.failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  process.exit(exitCode);
}

// GET `route` from the API at `base` with a Bearer key; the JSON answer, or an Error
// naming the route and the answer.
export function statsReader(base, key) {
  return async (route) => {
    const res = await fetch(base + route, { headers: { Authorization: `Bearer ${key}` } });
    const body = await res.json();
    if (!res.ok) throw new Error(`${route}: ${res.status} ${JSON.stringify(body)}`);
    return body;
  };
}
