// RayCstr's web dashboard: sign-in, then the stats of one site, read from the stats API.
// No framework: the page is rebuilt from the URL's state (state.js) on every change.
import { Api } from './api.js';
import { chart } from './chart.js';
import { clear, el } from './dom.js';
import { locale, t } from './i18n.js';
import { PERIODS, describeFilter, filterOf, previousRange, queryOf, readState, writeState } from './state.js';
import { cards } from './cards.js';

const root = document.getElementById('app');
let state = readState();
const api = new Api(state.shareSite ? state.auth : null);
let live = null; // the open live stream's AbortController
const num = new Intl.NumberFormat(locale);

function duration(s) {
  const m = Math.floor(s / 60);
  return m ? `${m}m ${Math.round(s % 60)}s` : `${Math.round(s)}s`;
}

function loginView(message) {
  clear(root);
  const password = el('input', { type: 'password', id: 'password', name: 'password', autocomplete: 'current-password', required: true });
  const error = el('p', { class: 'error', role: 'alert' }, message || '');
  const form = el(
    'form',
    { class: 'login', onsubmit: async (e) => {
      e.preventDefault();
      try {
        await api.login(password.value);
        render();
      } catch (err) {
        error.textContent = err.message === 'unauthorized' ? t('Wrong password') : err.message;
      }
    } },
    el('h1', {}, 'RayCstr'),
    el('label', { for: 'password' }, t('Password')),
    password,
    el('button', { type: 'submit' }, t('Sign in')),
    error,
  );
  root.append(form);
  password.focus();
}

function go(change) {
  state = { ...state, ...change };
  writeState(state);
  render();
}

export function addFilter(field, value) {
  const f = filterOf(field, value);
  if (!state.filters.includes(f)) go({ filters: [...state.filters, f] });
}

function header(sites, readOnly) {
  const site = el('select', { id: 'site', 'aria-label': t('Site'), disabled: readOnly, onchange: (e) => go({ site: e.target.value, filters: [] }) },
    sites.map((s) => el('option', { value: s.domain, selected: s.domain === state.site }, s.domain)));
  const period = el('select', { id: 'period', 'aria-label': t('Period'), onchange: (e) => {
    const p = e.target.value;
    if (p === 'custom') {
      const to = new Date().toISOString().slice(0, 10);
      const from = new Date(Date.now() - 29 * 864e5).toISOString().slice(0, 10);
      go({ period: p, from: state.from || from, to: state.to || to });
    } else go({ period: p });
  } }, PERIODS.map(([v, label]) => el('option', { value: v, selected: v === state.period }, t(label))));
  const range = state.period === 'custom'
    ? el('span', { class: 'range' },
      el('input', { type: 'date', id: 'from', 'aria-label': 'from', value: state.from, onchange: (e) => go({ from: e.target.value }) }),
      '–',
      el('input', { type: 'date', id: 'to', 'aria-label': 'to', value: state.to, onchange: (e) => go({ to: e.target.value }) }))
    : null;
  const compare = el('label', { class: 'check' },
    el('input', { type: 'checkbox', id: 'compare', checked: state.compare, onchange: (e) => go({ compare: e.target.checked }) }),
    t('Compare'));
  return el('header', { class: 'top' },
    el('strong', { class: 'brand' }, 'RayCstr'),
    site, period, range, compare,
    el('span', { class: 'live', id: 'live' }, el('span', { class: 'dot', 'aria-hidden': 'true' }), el('span', { id: 'live-count' }, '–'), ` ${t('current visitors')}`),
    readOnly ? el('span', { class: 'badge' }, t('Read-only'))
      : el('button', { type: 'button', class: 'link', onclick: async () => { await api.logout(); loginView(); } }, t('Sign out')));
}

function filterBar() {
  if (!state.filters.length) return null;
  return el('nav', { class: 'filters', 'aria-label': 'filters' }, state.filters.map((f) =>
    el('span', { class: 'chip' }, describeFilter(f),
      el('button', { type: 'button', 'aria-label': `${t('Remove filter')}: ${describeFilter(f)}`, 'data-remove': f,
        onclick: () => go({ filters: state.filters.filter((x) => x !== f) }) }, '×'))));
}

function kpis(o) {
  const items = [
    ['visitors', t('Visitors'), (m) => num.format(m.visitors)],
    ['visits', t('Visits'), (m) => num.format(m.visits)],
    ['pageviews', t('Pageviews'), (m) => num.format(m.pageviews)],
    ['views_per_visit', t('Views per visit'), (m) => m.views_per_visit.toFixed(2)],
    ['bounce_rate', t('Bounce rate'), (m) => `${m.bounce_rate}%`],
    ['avg_duration', t('Visit duration'), (m) => duration(m.avg_duration)],
  ];
  return el('section', { class: 'kpis', 'aria-label': 'KPIs' }, items.map(([key, label, fmt]) => {
    let change = null;
    if (o.previous) {
      const a = o.previous[key];
      const b = o[key];
      const pct = a ? Math.round(((b - a) / a) * 100) : b ? 100 : 0;
      change = el('span', { class: pct >= 0 ? 'up' : 'down' }, `${pct >= 0 ? '↑' : '↓'} ${Math.abs(pct)}%`);
    }
    return el('div', { class: 'kpi', 'data-kpi': key }, el('span', { class: 'label' }, label),
      el('span', { class: 'value', 'data-value': o[key] }, fmt(o)), change);
  }));
}

function pointLabel(interval) {
  return (p) => (interval === 'hour' ? `${String(p.hour).padStart(2, '0')}:00`
    : interval === 'month' ? p.date.slice(0, 7) : p.date.slice(5));
}

async function render() {
  if (live) live.abort();
  if (!api.signedIn) return loginView();
  let sites;
  try {
    sites = await api.get('/api/dashboard/sites');
  } catch (e) {
    return e.status === 401 ? loginView() : showError(e);
  }
  if (!sites.sites.length) return showError(new Error('no sites yet: raycstr-server site add example.com'));
  if (!state.site || !sites.sites.some((s) => s.domain === state.site)) state.site = sites.sites[0].domain;
  const base = `/api/events/${encodeURIComponent(state.site)}`;
  const q = (extra) => queryOf(state, extra);
  clear(root);
  const main = el('div', { class: 'dash' });
  root.append(header(sites.sites, sites.read_only), main);
  try {
    const [overview, series] = await Promise.all([
      api.get(`${base}/overview`, q(state.compare ? { compare: 1 } : {})),
      api.get(`${base}/timeseries`, q()),
    ]);
    // The comparison line: the previous period's series, bucket by bucket.
    const prevQuery = state.compare ? previousRange(state, series) : null;
    const previous = prevQuery ? await api.get(`${base}/timeseries`, prevQuery).catch(() => null) : null;
    main.append(filterBar() || '', kpis(overview),
      el('section', { class: 'card wide', 'aria-label': t('Visitors') },
        chart(series.points, pointLabel(series.interval), t, main.clientWidth - 26, previous && previous.points)));
    const grid = el('div', { class: 'grid' });
    main.append(grid);
    for (const c of cards({ api, base, q, state, addFilter, num, readOnly: sites.read_only })) grid.append(c);
  } catch (e) {
    if (e.status === 401) return loginView();
    main.append(el('p', { class: 'error', role: 'alert' }, e.message));
  }
  startLive();
}

function startLive() {
  live = new AbortController();
  const count = document.getElementById('live-count');
  const list = document.getElementById('live-events');
  api.get(`/api/events/${encodeURIComponent(state.site)}/live`).then((r) => { count.textContent = num.format(r.visitors); }).catch(() => {});
  api.stream(state.site, (type, data) => {
    if (type === 'visitors') count.textContent = num.format(data.current);
    if ((type === 'pageview' || type === 'event') && list) {
      const what = type === 'event' ? data.name : data.path;
      list.prepend(el('li', {}, el('span', { class: 'muted' }, new Date(data.ts * 1000).toLocaleTimeString(locale)), ' ', what || ''));
      while (list.children.length > 20) list.lastChild.remove();
    }
  }, live.signal);
}

function showError(e) {
  clear(root);
  root.append(el('p', { class: 'error', role: 'alert' }, e.message));
}

window.addEventListener('popstate', () => {
  state = readState();
  render();
});
render();
