// The script tag's entry: /js/track.js (and track.vitals.js, built with VITALS on).
//   <script defer src="https://stats.example.com/js/track.js" data-domain="example.com"></script>
// Options are data- attributes (see README, "Tracker"); custom events go through
// window.raycstr('track', name, props), queued until this script has loaded:
//   window.raycstr = window.raycstr || function () { (window.raycstr.q = window.raycstr.q || []).push(arguments) }

/* global VITALS */
import { createTracker } from './core.js';

const d = document;
const script = d.currentScript || d.querySelector('script[data-domain]');
const attr = (name) => script.getAttribute('data-' + name);
// A feature is on with its data- attribute, or, as with Plausible's script names, when the
// file name lists it (/js/script.hash.outbound-links.js).
const fileName = script.src.split(/[?#]/)[0].split('/').pop().split('.');
const on = (name) => {
  const value = attr(name);
  return value == null ? fileName.includes(name) : value != 'false';
};

const tracker = createTracker({
  domain: attr('domain') || location.hostname,
  api: attr('api') || new URL('/api/event', script.src).href,
  hash: on('hash'),
  hashPaths: on('hash-paths'),
  respectDnt: attr('respect-dnt') != 'false',
  outboundLinks: on('outbound-links'),
  fileDownloads: on('file-downloads'),
  allowLocal: on('allow-local'),
  manual: on('manual'),
  vitals: VITALS && attr('vitals') != 'false',
});

const queued = (window.raycstr && window.raycstr.q) || [];
window.raycstr = (command, name, props) => {
  if (command == 'track') tracker.track(name, props);
  else if (command == 'pageview') tracker.pageview();
};
queued.forEach((args) => window.raycstr.apply(null, args));
