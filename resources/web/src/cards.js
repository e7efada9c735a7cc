// The report cards under the chart. A row is a button: Enter/click filters the whole view
// by its value. Every value is text (dom.js).
import { clear, el } from './dom.js';
import { locale, t } from './i18n.js';

const regions = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames([locale], { type: 'region' }) : null;

function shown(field, value) {
  if (value === '') return field === 'source' ? 'Direct / None' : '(none)';
  if (field === 'country' && regions) {
    try {
      return `${regions.of(value)} (${value})`;
    } catch {
      return value;
    }
  }
  return value;
}

function rowList(ctx, field, rows, metric = 'visitors', clickable = true) {
  const max = Math.max(1, ...rows.map((r) => r[metric]));
  if (!rows.length) return el('p', { class: 'muted' }, t('No data'));
  return el('ol', { class: 'rows' }, rows.map((r) => {
    const label = shown(field, r.value);
    const bar = el('span', { class: 'fill' });
    bar.style.width = `${(100 * r[metric]) / max}%`; // CSSOM, not a style attribute: CSP-safe
    const body = [bar, el('span', { class: 'name' }, label), el('span', { class: 'n' }, ctx.num.format(r[metric]))];
    return el('li', {}, clickable && !ctx.readOnlyFilters
      ? el('button', { type: 'button', class: 'row', title: label, onclick: () => ctx.addFilter(field, r.value) }, body)
      : el('div', { class: 'row' }, body));
  }));
}

function details(ctx, title, field) {
  const search = el('input', { type: 'search', 'aria-label': t('Search'), placeholder: t('Search') });
  const body = el('div', {});
  const error = el('p', { class: 'error', hidden: '' });
  const csv = el('button', { type: 'button', class: 'link csv',
    onclick: () => ctx.api.download(`${ctx.base}/breakdown`, ctx.q({ by: field, limit: 1000 }), `${ctx.state.site}-${field}.csv`)
      .catch((e) => { error.textContent = e.message; error.hidden = false; }) }, t('Download CSV'));
  const dialog = el('dialog', { class: 'details' },
    el('header', {}, el('h2', {}, title), csv,
      el('button', { type: 'button', class: 'link', 'aria-label': t('Close'), onclick: () => dialog.close() }, '×')),
    search, error, body);
  let rows = [];
  const draw = () => {
    const s = search.value.toLowerCase();
    clear(body).append(rowList(ctx, field, rows.filter((r) => shown(field, r.value).toLowerCase().includes(s))));
  };
  search.addEventListener('input', draw);
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  ctx.api.get(`${ctx.base}/breakdown`, ctx.q({ by: field, limit: 500 })).then((r) => { rows = r.rows; draw(); })
    .catch((e) => body.append(el('p', { class: 'error' }, e.message)));
}

// A card with tabs, each a breakdown by one field.
function breakdownCard(ctx, id, title, tabs) {
  const content = el('div', { class: 'content' });
  let current = tabs[0];
  const select = (index) => {
    current = tabs[index];
    buttons.forEach((b, i) => {
      b.setAttribute('aria-selected', i === index ? 'true' : 'false');
      b.tabIndex = i === index ? 0 : -1;
    });
    load();
  };
  const buttons = tabs.map((tab, i) => el('button', { type: 'button', role: 'tab', class: 'tab', 'aria-selected': tab === current ? 'true' : 'false',
    tabindex: tab === current ? '0' : '-1', onclick: () => select(i) }, t(tab.label)));
  // The WAI-ARIA tabs pattern: one tab stop, arrows (and Home/End) move between tabs.
  const keys = (e) => {
    const i = buttons.indexOf(e.target);
    if (i < 0) return;
    const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: buttons.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const next = (to + buttons.length) % buttons.length;
    select(next);
    buttons[next].focus();
  };
  const load = async () => {
    clear(content).append(el('p', { class: 'muted' }, '…'));
    try {
      const r = await ctx.api.get(`${ctx.base}/breakdown`, ctx.q({ by: current.field, limit: 10 }));
      clear(content).append(rowList(ctx, current.field, r.rows, current.metric));
    } catch (e) {
      clear(content).append(el('p', { class: 'error' }, e.message));
    }
  };
  load();
  return el('section', { class: 'card', id, 'aria-label': t(title) },
    el('header', {}, el('h2', {}, t(title)), tabs.length > 1 ? el('div', { role: 'tablist', 'aria-label': t(title), onkeydown: keys }, buttons) : null),
    content,
    el('button', { type: 'button', class: 'link more', onclick: () => details(ctx, t(current.label), current.field) }, t('Show all')));
}

function eventsCard(ctx) {
  const content = el('div', { class: 'content' });
  const props = el('div', { class: 'content' });
  ctx.api.get(`${ctx.base}/breakdown`, ctx.q({ by: 'event_name', limit: 10 }))
    .then((r) => content.append(rowList(ctx, 'event_name', r.rows, 'visitors'))).catch(() => {});
  ctx.api.get(`${ctx.base}/properties`, ctx.q({ limit: 10 })).then((r) => {
    if (!r.rows.length) return;
    const pick = el('select', { 'aria-label': t('Properties') }, el('option', { value: '' }, t('Properties')),
      r.rows.map((k) => el('option', { value: k.key }, k.key)));
    const list = el('div', {});
    pick.addEventListener('change', async () => {
      clear(list);
      if (!pick.value) return;
      const b = await ctx.api.get(`${ctx.base}/breakdown`, ctx.q({ by: `prop:${pick.value}`, limit: 10 }));
      list.append(rowList(ctx, `prop:${pick.value}`, b.rows));
    });
    props.append(pick, list);
  }).catch(() => {});
  return el('section', { class: 'card', id: 'events', 'aria-label': t('Events') }, el('header', {}, el('h2', {}, t('Events'))), content, props,
    el('button', { type: 'button', class: 'link more', onclick: () => details(ctx, t('Events'), 'event_name') }, t('Show all')));
}

function goalsCard(ctx) {
  const content = el('div', { class: 'content' });
  ctx.api.get(`${ctx.base}/goals`, ctx.q()).then((r) => {
    const rows = r.goals.map((g) => ({ value: g.name, visitors: g.unique_conversions, cr: g.conversion_rate }));
    content.append(rows.length ? el('ol', { class: 'rows' }, rows.map((g) => el('li', {}, el('div', { class: 'row' },
      el('span', { class: 'name' }, g.value), el('span', { class: 'n' }, `${ctx.num.format(g.visitors)} · ${g.cr}%`)))))
      : el('p', { class: 'muted' }, t('No data')));
  }).catch((e) => content.append(el('p', { class: 'muted' }, e.message)));
  return el('section', { class: 'card', id: 'goals', 'aria-label': t('Goals') }, el('header', {}, el('h2', {}, t('Goals'))), content);
}

function funnelsCard(ctx) {
  const content = el('div', { class: 'content' });
  const site = ctx.base.split('/').pop();
  ctx.api.get(`/api/sites/${site}/funnels`).then((r) => {
    if (!r.funnels.length) return content.append(el('p', { class: 'muted' }, t('No data')));
    const pick = el('select', { 'aria-label': t('Funnels') }, r.funnels.map((f) => el('option', { value: f.id }, f.name)));
    const steps = el('div', {});
    const load = async () => {
      const f = await ctx.api.get(`${ctx.base}/funnel`, ctx.q({ funnel: pick.value }));
      clear(steps).append(el('ol', { class: 'rows' }, f.steps.map((s) => {
        const bar = el('span', { class: 'fill' });
        bar.style.width = `${s.conversion_from_first}%`;
        return el('li', {}, el('div', { class: 'row' }, bar, el('span', { class: 'name' }, s.name),
          el('span', { class: 'n' }, `${ctx.num.format(s.visitors)} · ${s.conversion_from_first}%`)));
      })));
    };
    pick.addEventListener('change', load);
    content.append(pick, steps);
    load().catch(() => {});
  }).catch((e) => content.append(el('p', { class: 'muted' }, e.message)));
  return el('section', { class: 'card', id: 'funnels', 'aria-label': t('Funnels') }, el('header', {}, el('h2', {}, t('Funnels'))), content);
}

function vitalsCard(ctx) {
  const content = el('div', { class: 'content' });
  const metrics = ['LCP', 'INP', 'CLS', 'TTFB', 'FCP'];
  const cell = (m, k) => (m && m[k] !== undefined ? `${m[k].p75} / ${m[k].p95}` : '–');
  ctx.api.get(`${ctx.base}/vitals`, ctx.q({ limit: 5 })).then((r) => {
    const rows = [{ route: t('Site'), metrics: r.overall }, ...r.routes];
    content.append(el('div', { class: 'scroll' }, el('table', {},
      el('thead', {}, el('tr', {}, el('th', {}, ''), metrics.map((m) => el('th', { scope: 'col' }, m)))),
      el('tbody', {}, rows.map((row) => el('tr', {}, el('th', { scope: 'row' }, row.route || '/'),
        metrics.map((m) => el('td', {}, cell(row.metrics, m)))))))),
    el('p', { class: 'muted small' }, 'P75 / P95'));
  }).catch((e) => content.append(el('p', { class: 'muted' }, e.message)));
  return el('section', { class: 'card', id: 'vitals', 'aria-label': t('Web Vitals') }, el('header', {}, el('h2', {}, t('Web Vitals'))), content);
}

function liveCard() {
  return el('section', { class: 'card', id: 'live-card', 'aria-label': t('Live') }, el('header', {}, el('h2', {}, t('Live'))),
    el('ol', { class: 'events', id: 'live-events', 'aria-live': 'polite' }));
}

export function cards(ctx) {
  return [
    breakdownCard(ctx, 'pages', 'Pages', [
      { label: 'Pages', field: 'page', metric: 'visitors' },
      { label: 'Entry pages', field: 'entry_page', metric: 'visitors' },
      { label: 'Exit pages', field: 'exit_page', metric: 'visits' },
    ]),
    breakdownCard(ctx, 'sources', 'Sources', [
      { label: 'Sources', field: 'source' },
      { label: 'Referrers', field: 'referrer' },
      { label: 'UTM source', field: 'utm_source' },
      { label: 'UTM medium', field: 'utm_medium' },
      { label: 'UTM campaign', field: 'utm_campaign' },
    ].map((x) => ({ metric: 'visitors', ...x }))),
    breakdownCard(ctx, 'countries', 'Countries', [{ label: 'Countries', field: 'country', metric: 'visitors' }]),
    breakdownCard(ctx, 'devices', 'Devices', [
      { label: 'Devices', field: 'device', metric: 'visitors' },
      { label: 'Browsers', field: 'browser', metric: 'visitors' },
      { label: 'Operating systems', field: 'os', metric: 'visitors' },
    ]),
    eventsCard(ctx),
    goalsCard(ctx),
    funnelsCard(ctx),
    vitalsCard(ctx),
    liveCard(),
  ];
}
