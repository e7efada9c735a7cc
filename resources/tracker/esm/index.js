// @raycstr/tracker: RayCstr's tracker for apps that bundle their JavaScript.
//   import { init, track } from '@raycstr/tracker';
//   init({ domain: 'example.com', endpoint: 'https://stats.example.com' });
//   track('signup', { plan: 'pro' });
// The same code as /js/track.js (../src/core.js), built with Web Vitals available
// (init({ vitals: true })). Nothing runs at import time, so server-side rendering is safe.
import { createTracker, hashPath } from '../src/core.js';

let tracker;
const queued = [];

// Starts tracking once per page; later calls return the running tracker (React's strict
// mode runs effects twice). Options as createTracker's, plus:
//   domain | siteId   the site (default: this page's host)
//   endpoint          the RayCstr server's URL (default: this origin, e.g. behind a proxy)
//   api               the full URL to post to, instead of endpoint + "/api/event"
export function init(options = {}) {
  if (tracker || typeof window == 'undefined') return tracker;
  tracker = createTracker({
    ...options,
    domain: options.domain || options.siteId || location.hostname,
    api: options.api || (options.endpoint || '').replace(/\/+$/, '') + '/api/event',
  });
  queued.splice(0).forEach(([name, props]) => tracker.track(name, props));
  return tracker;
}

// A custom event; calls before init() are kept and sent once it runs.
export function track(name, props) {
  if (tracker) tracker.track(name, props);
  else queued.push([name, props]);
}

// A pageview for the current location (with init({ manual: true })).
export function pageview() {
  if (tracker) tracker.pageview();
}

export { hashPath };
