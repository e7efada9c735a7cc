// The view's state lives in the URL (site, period, range, comparison, filters), so every
// view can be bookmarked and shared; the page re-renders from it on every change.

export const PERIODS = [
  ['today', 'Today'],
  ['24h', 'Last 24 hours'],
  ['7d', 'Last 7 days'],
  ['30d', 'Last 30 days'],
  ['month', 'This month'],
  ['12mo', 'Last 12 months'],
  ['custom', 'Custom'],
];

export function readState() {
  const q = new URLSearchParams(location.search);
  const share = /^\/share\/([^/]+)$/.exec(location.pathname);
  return {
    shareSite: share ? decodeURIComponent(share[1]) : null,
    auth: q.get('auth'),
    site: share ? decodeURIComponent(share[1]) : q.get('site'),
    period: q.get('period') || '30d',
    from: q.get('from') || '',
    to: q.get('to') || '',
    compare: q.get('compare') === '1',
    filters: q.getAll('filter'),
  };
}

export function writeState(s) {
  const q = new URLSearchParams();
  if (s.auth) q.set('auth', s.auth);
  if (s.site && !s.shareSite) q.set('site', s.site);
  if (s.period !== '30d') q.set('period', s.period);
  if (s.period === 'custom') {
    q.set('from', s.from);
    q.set('to', s.to);
  }
  if (s.compare) q.set('compare', '1');
  for (const f of s.filters) q.append('filter', f);
  const url = `${location.pathname}${q.toString() ? '?' + q : ''}`;
  if (url !== location.pathname + location.search) history.pushState(null, '', url);
}

// The stats API's query string for the state (statsparams.h).
export function queryOf(s, extra = {}) {
  const p = [['period', s.period]];
  if (s.period === 'custom') p.push(['from', s.from], ['to', s.to]);
  for (const f of s.filters) p.push(['filter', f]);
  for (const [k, v] of Object.entries(extra)) p.push([k, String(v)]);
  return p;
}

// The comparison period of a time series (the same rule as the server's previous period
// for the KPI row: as many whole days just before), as query parameters; null for a
// period that is not whole days (24h), which has no day range to shift.
export function previousRange(s, series) {
  if (series.period.name === '24h') return null;
  const day = (iso) => Date.parse(`${iso}T00:00:00Z`) / 864e5;
  const iso = (d) => new Date(d * 864e5).toISOString().slice(0, 10);
  const from = day(series.period.from);
  const n = day(series.period.to) - from + 1;
  const q = queryOf({ ...s, period: 'custom', from: iso(from - n), to: iso(from - 1) }, { interval: series.interval });
  return q;
}

// A filter expression (filtersyntax.h): field==value, with | and \ escaped.
export function filterOf(field, value) {
  return `${field}==${value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|')}`;
}

export function describeFilter(f) {
  const m = /^([a-z_:]+?)(==|!=|~=|!~|\*=|!\*)(.*)$/s.exec(f);
  if (!m) return f;
  const op = { '==': 'is', '!=': 'is not', '~=': 'contains', '!~': 'does not contain', '*=': 'matches', '!*': 'does not match' }[m[2]];
  return `${m[1].replace(/_/g, ' ')} ${op} ${m[3].replace(/\\(.)/g, '$1') || '(none)'}`;
}
