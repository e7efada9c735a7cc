// RayCstr's tracker, shared by the script tag (src/track.js → /js/track.js and
// /js/track.vitals.js) and the ESM package (esm/). Private by construction: no cookies, no
// identifier in any storage, nothing read that could fingerprint a browser. The server
// derives a visitor hash with a daily salt and drops the IP.
//
// It speaks Plausible's Events API (POST /api/event) as text/plain through
// navigator.sendBeacon: a "simple" request, so there is no CORS preflight, and the beacon
// survives the page being closed or navigated away from.
//
// VITALS is replaced at build time (esbuild --define:VITALS=true|false): the core build
// carries no Web Vitals code at all.

/* global VITALS */

// Path segments that are ids rather than pages (hashPaths): numbers, UUIDs, long hex.
const ID_SEGMENT = /^(\d+|[\da-f]{8}(-[\da-f]{4}){3}-[\da-f]{12}|[\da-f]{16,})$/i;
// Links counted as file downloads (fileDownloads), as Plausible's list.
const FILE_TYPES =
  /\.(pdf|xlsx?|docx?|txt|rtf|csv|exe|key|pp[st]x?|7z|pkg|rar|gz|zip|avi|mov|mp4|mpe?g|wmv|midi?|mp3|wav|wma|dmg|iso|msi)$/i;
const LOCAL_HOST = /^(localhost|127(\.\d+){3}|\[::1\])$/;

// "/users/123/edit" → "/users/[id]/edit", so a page per record reads as one page.
export function hashPath(path) {
  return path
    .split('/')
    .map((segment) => (ID_SEGMENT.test(segment) ? '[id]' : segment))
    .join('/');
}

// Options:
//   domain         the site, as added with `raycstr-server site add` (required)
//   api            the collector's /api/event URL
//   hash           count #fragment changes as pages (hash-routed apps)
//   hashPaths      send id segments as [id] (see hashPath)
//   respectDnt     send nothing when Do Not Track is on (default true)
//   outboundLinks  an "Outbound Link: Click" event for links to other hosts
//   fileDownloads  a "File Download" event for links to files (FILE_TYPES)
//   allowLocal     count localhost and file: pages too (testing)
//   manual         no automatic pageviews: call pageview() yourself
//   vitals         measure Web Vitals (only in builds with VITALS)
export function createTracker(o) {
  const w = window;
  const d = document;
  const l = location;
  const n = navigator;
  const now = Date.now;
  let path; // the page of the last pageview: its path, plus the fragment in hash mode
  let page; // that page's URL, as sent
  let shown = 0; // when the page last became visible; 0 while hidden
  let engaged = 0; // visible milliseconds on `page` not reported yet
  let flushVitals = () => {};

  const url = () =>
    o.hashPaths ? l.origin + hashPath(l.pathname) + l.search + hashPath(l.hash) : l.href;

  const ignored = () => {
    // The owner's own browser: localStorage.raycstr_ignore = "true" (a flag, not an id).
    try {
      if (localStorage.raycstr_ignore == 'true') return true;
    } catch (e) {
      // storage disabled: nothing to honour
    }
    return (
      (o.respectDnt != false && (n.doNotTrack == '1' || w.doNotTrack == '1')) ||
      (!o.allowLocal && (LOCAL_HOST.test(l.hostname) || l.protocol == 'file:'))
    );
  };

  const send = (name, extra) => {
    if (ignored()) return;
    const body = JSON.stringify(
      Object.assign(
        { n: name, u: url(), d: o.domain, r: d.referrer || null, w: w.innerWidth, h: o.hash ? 1 : 0 },
        extra,
      ),
    );
    // sendBeacon refuses when its queue is full (or is missing): fetch with keepalive also
    // outlives the page.
    if (!(n.sendBeacon && n.sendBeacon(o.api, body))) {
      fetch(o.api, { method: 'POST', body, keepalive: true, headers: { 'Content-Type': 'text/plain' } }).catch(
        () => {},
      );
    }
  };

  const track = (name, props) => send(name, props && { p: props });

  // Time on page: the visible time since the last report, sent as an engagement ping. The
  // server extends the visit to it, so a one-page visit has a duration too.
  const report = () => {
    const e = engaged + (shown && now() - shown);
    engaged = 0;
    shown = shown && now();
    if (page && e > 0) send('engagement', { u: page, e });
  };

  const pageview = () => {
    const p = l.pathname + (o.hash ? l.hash : '');
    if (p == path) return; // replaceState of the same page, or only the query changed
    if (page) {
      report();
      flushVitals(); // vitals belong to the page that loaded, not to later routes
    }
    path = p;
    page = url();
    send('pageview');
  };

  const leave = () => {
    report();
    shown = 0;
    flushVitals();
  };

  if (VITALS && o.vitals) {
    const metrics = {};
    const observers = [];
    let cls = 0;
    let sent;
    const loadUrl = url();
    const observe = (type, take, options) => {
      try {
        const po = new PerformanceObserver((list) => list.getEntries().forEach(take));
        po.observe(Object.assign({ type, buffered: true }, options));
        observers.push([po, take]);
      } catch (e) {
        // this browser does not report that entry type
      }
    };
    const interaction = (e) => {
      metrics.INP = Math.max(metrics.INP || 0, e.duration);
    };
    observe('paint', (e) => {
      if (e.name == 'first-contentful-paint') metrics.FCP = e.startTime;
    });
    observe('largest-contentful-paint', (e) => {
      metrics.LCP = e.startTime;
    });
    observe('layout-shift', (e) => {
      if (!e.hadRecentInput) metrics.CLS = cls += e.value;
    });
    observe('event', (e) => e.interactionId && interaction(e), { durationThreshold: 16 });
    observe('first-input', interaction);
    const navigation = performance.getEntriesByType('navigation')[0];
    if (navigation) metrics.TTFB = navigation.responseStart;
    flushVitals = () => {
      // Entries still queued for the observers' callbacks count too.
      observers.forEach(([po, take]) => po.takeRecords().forEach(take));
      if (!sent && Object.keys(metrics).length) send('vitals', { u: loadUrl, metrics });
      sent = 1;
    };
  }

  const start = () => {
    shown = d.visibilityState == 'visible' ? now() : 0;
    if (!o.manual) {
      pageview();
      // Single-page apps: every route change is a pageview.
      const h = history;
      ['pushState', 'replaceState'].forEach((method) => {
        const original = h[method];
        h[method] = function () {
          const result = original.apply(this, arguments);
          pageview();
          return result;
        };
      });
      w.addEventListener('popstate', pageview);
      if (o.hash) w.addEventListener('hashchange', pageview);
    }
    d.addEventListener('visibilitychange', () => {
      if (d.visibilityState == 'hidden') leave();
      else shown = now();
    });
    w.addEventListener('pagehide', leave);
    if (o.outboundLinks || o.fileDownloads) {
      const click = (e) => {
        const a = e.target.closest && e.target.closest('a[href]');
        if (!a || (e.type == 'auxclick' && e.button != 1)) return;
        if (o.outboundLinks && a.host && a.host != l.host) track('Outbound Link: Click', { url: a.href });
        if (o.fileDownloads && FILE_TYPES.test(a.pathname)) track('File Download', { url: a.href });
      };
      d.addEventListener('click', click, true);
      d.addEventListener('auxclick', click, true);
    }
  };
  // A prerendered page counts once a person actually sees it.
  if (d.prerendering) d.addEventListener('prerenderingchange', start, { once: true });
  else start();

  return { track, pageview };
}
