// The casus page: a dyad (or one actor against all) over time, the events of a
// brushed time range, each opened onto its sentence. Talks only to the JSON API
// of the server that serves it (docs/serve.md); every text from the store goes
// into the page as text, never as HTML.
import uPlot from './vendor/uPlot.esm.js';

const $ = (id) => document.getElementById(id);
const QUADS = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
const QUAD_COLOURS = ['#2e86de', '#10ac84', '#f39c12', '#c0392b'];
const PAGE_SIZE = 25;

const state = { filter: null, by: 'month', range: null, page: 1, chart: null, selectedRow: null };

async function api(path, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== '' && v != null));
  const response = await fetch(`${path}${query.size ? '?' + query : ''}`);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || `HTTP ${response.status}`);
  return body;
}

function showMessage(text) { $('message').textContent = text || ''; }

function element(tag, attributes = {}, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, v);
  if (text != null) node.textContent = text;
  return node;
}

// ---- store info and actor type-ahead ---------------------------------------

async function loadInfo() {
  try {
    const info = await api('/api/info');
    const range = info.first_date ? `, ${info.first_date} to ${info.last_date}` : '';
    $('store-info').textContent = `${info.events} events in ${info.documents} documents, ${info.actors} actors${range}`;
    return info;
  } catch (error) {
    $('store-info').textContent = `the store cannot be read: ${error.message}`;
    return null;
  }
}

function typeAhead(input, list) {
  let timer = 0;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const prefix = input.value.trim().toUpperCase();
      if (!/^[A-Z0-9]*$/.test(prefix)) return;
      try {
        const { actors } = await api('/api/actors', { prefix, limit: 20 });
        list.replaceChildren(...actors.map((a) => element('option', { value: a.code, label: `${a.example} (${a.events})` })));
      } catch (error) { showMessage(error.message); }
    }, 120);
  });
}

// ---- the query ------------------------------------------------------------

function readFilter() {
  const a = $('actor-a').value.trim().toUpperCase();
  const b = $('actor-b').value.trim().toUpperCase();
  if (!b) return { actor: a };
  return { dyad: `${a},${b}`, both: $('both').checked ? 1 : 0 };
}

function describe(filter) {
  if (filter.actor) return `${filter.actor} and everyone`;
  const [a, b] = filter.dyad.split(',');
  return filter.both ? `${a} ⇄ ${b}` : `${a} → ${b}`;
}

async function show(event) {
  event?.preventDefault();
  showMessage('');
  state.filter = readFilter();
  state.by = $('by').value;
  state.range = null;
  state.page = 1;
  try {
    const aggregate = await api('/api/aggregate', { ...state.filter, by: state.by });
    drawTimeline(aggregate);
    await Promise.all([listEvents(), drawPlaces()]);
  } catch (error) { showMessage(error.message); }
}

// ---- timeline ---------------------------------------------------------------

function periodStart(period) {  // "2019-03" or "2019-03-04" -> seconds since 1970
  const [y, m, d] = period.split('-').map(Number);
  return Date.UTC(y, m - 1, d || 1) / 1000;
}

function isoDate(seconds) { return new Date(seconds * 1000).toISOString().slice(0, 10); }

function periodEnd(seconds) {  // the last day of the bucket that starts at `seconds`
  const date = new Date(seconds * 1000);
  if (state.by === 'month') return isoDate(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0) / 1000);
  if (state.by === 'week') return isoDate(seconds + 6 * 86400);
  return isoDate(seconds);
}

function drawTimeline(aggregate) {
  const periods = aggregate.periods;
  const chart = $('chart');
  const total = periods.reduce((sum, p) => sum + p.events, 0);
  chart.dataset.events = total;
  chart.dataset.periods = periods.length;
  $('timeline-title').textContent = `Timeline: ${describe(state.filter)}, ${total} events with a date`;
  state.chart?.destroy();
  state.chart = null;
  chart.replaceChildren();
  if (periods.length === 0) {
    chart.append(element('p', { class: 'hint' }, 'No dated events for this choice.'));
    return;
  }
  const xs = periods.map((p) => periodStart(p.period));
  const data = [xs, ...[0, 1, 2, 3].map((q) => periods.map((p) => p.quad[q])), periods.map((p) => p.goldstein_mean)];
  const series = [
    { label: 'period', value: (u, v) => (v == null ? '' : isoDate(v)) },
    ...QUADS.map((name, q) => ({ label: name, stroke: QUAD_COLOURS[q], width: 2, points: { show: true, size: 6 }, scale: 'n' })),
    { label: 'Goldstein mean', stroke: '#555', dash: [6, 4], width: 2, scale: 'g', points: { show: true, size: 5 },
      value: (u, v) => (v == null ? '' : v.toFixed(2)) },
  ];
  const options = {
    width: Math.max(chart.clientWidth, 320),
    height: 280,
    series,
    scales: { x: { time: true }, n: { range: (u, min, max) => [0, Math.max(1, max)] }, g: { range: [-10, 10] } },
    axes: [{}, { scale: 'n', label: 'events' }, { scale: 'g', side: 1, label: 'Goldstein', grid: { show: false } }],
    cursor: { drag: { x: true, y: false, setScale: false } },
    hooks: { setSelect: [(u) => brushed(u)] },
  };
  state.chart = new uPlot(options, data, chart);
}

function brushed(u) {
  if (u.select.width < 3) return;
  const xs = u.data[0];
  // The buckets whose point lies in the selection (give or take the point's
  // radius); a narrow brush between points takes the nearest bucket.
  const left = u.select.left - 4, right = u.select.left + u.select.width + 4;
  let inside = xs.filter((x) => u.valToPos(x, 'x') >= left && u.valToPos(x, 'x') <= right);
  if (inside.length === 0) inside = [xs[u.posToIdx(u.select.left + u.select.width / 2)]];
  state.range = { from: isoDate(inside[0]), to: periodEnd(inside[inside.length - 1]) };
  state.page = 1;
  listEvents().catch((error) => showMessage(error.message));
}

// ---- events -----------------------------------------------------------------

async function listEvents() {
  const params = { ...state.filter, ...(state.range || {}), page: state.page, page_size: PAGE_SIZE };
  const result = await api('/api/events', params);
  const range = state.range ? ` from ${state.range.from} to ${state.range.to}` : '';
  $('events-title').textContent = `Events: ${describe(state.filter)}${range}`;
  const rows = result.events.map((e) => {
    const row = element('tr', { 'data-id': e.id });
    row.append(
      element('td', {}, e.date || '—'),
      element('td', { title: e.source?.text || '' }, e.source?.code || '—'),
      element('td', { class: `q${e.quad}`, title: `CAMEO ${e.code}` }, `${e.code} ${e.name.toLowerCase()}`),
      element('td', { title: e.target?.text || '' }, e.target?.code || '—'),
      element('td', { class: 'sentence' }, e.sentence_text.length > 140 ? e.sentence_text.slice(0, 137) + '…' : e.sentence_text));
    row.addEventListener('click', () => openEvent(e.id, row));
    return row;
  });
  if (rows.length === 0) rows.push(element('tr', {}, 'No events.'));
  $('events').tBodies[0].replaceChildren(...rows);
  $('page').textContent = `page ${state.page}`;
  $('prev').disabled = state.page <= 1;
  $('next').disabled = !result.has_more;
}

// ---- one event ----------------------------------------------------------------

const encoder = new TextEncoder();
const decoder = new TextDecoder();

// Text split at byte offsets into plain runs and <mark>s; overlapping spans keep the first.
function highlighted(text, spans) {
  const bytes = encoder.encode(text);
  const nodes = [];
  let at = 0;
  for (const { begin, end, kind } of spans.filter((s) => s.begin != null).sort((a, b) => a.begin - b.begin)) {
    if (begin < at || end > bytes.length) continue;
    if (begin > at) nodes.push(document.createTextNode(decoder.decode(bytes.slice(at, begin))));
    nodes.push(element('mark', { class: kind }, decoder.decode(bytes.slice(begin, end))));
    at = end;
  }
  if (at < bytes.length) nodes.push(document.createTextNode(decoder.decode(bytes.slice(at))));
  return nodes;
}

function fact(list, term, ...values) {
  list.append(element('dt', {}, term));
  const dd = element('dd');
  dd.append(...values.map((v) => (typeof v === 'string' ? document.createTextNode(v) : v)));
  list.append(dd);
}

async function openEvent(id, row) {
  try {
    const e = await api(`/api/events/${id}`);
    state.selectedRow?.classList.remove('selected');
    row?.classList.add('selected');
    state.selectedRow = row;
    const spans = ['source', 'trigger', 'target'].map((kind) => {
      const span = e.in_sentence[kind];
      return span ? { begin: span[0], end: span[1], kind } : { begin: null };
    });
    $('event-sentence').replaceChildren(...highlighted(e.sentence_text, spans));
    const facts = $('event-facts');
    facts.replaceChildren();
    const x = e.explanation;
    fact(facts, 'event', x.words);
    fact(facts, 'source', e.source ? `${e.source.code} (“${e.source.text}”)` : 'none');
    fact(facts, 'target', e.target ? `${e.target.code} (“${e.target.text}”)` : 'none');
    fact(facts, 'trigger', `“${e.trigger.text}”`);
    fact(facts, 'date', e.date || 'unknown');
    if (e.flags.length) fact(facts, 'flags', e.flags.join(', '));
    const place = e.place
      ? `${e.place.name}${e.place.admin1 ? ', ' + e.place.admin1 : ''}${e.place.country ? ' (' + e.place.country + ')' : ''} at ${e.place.lat.toFixed(2)}, ${e.place.lon.toFixed(2)}`
      : e.extras.places ? 'none found' : 'not recorded in this store';
    fact(facts, 'place', place);
    fact(facts, 'document', `${e.document.id}, sentence ${e.sentence + 1}`);
    const quotes = $('event-quotations');
    quotes.replaceChildren();
    if (e.quotations.length) {
      quotes.append(element('h3', {}, 'Quotations in the article'));
      for (const q of e.quotations) {
        const who = q.speaker?.code || q.speaker?.text ? ` — ${q.speaker.text || ''}${q.speaker.code ? ' (' + q.speaker.code + ')' : ''}` : '';
        quotes.append(element('blockquote', {}, `“${q.quote.text}”${who}`));
      }
    } else if (!e.extras.quotations) {
      quotes.append(element('p', { class: 'hint' }, 'Quotations are not recorded in this store.'));
    }
    const d = e.document;
    $('article-title').textContent = d.title || d.id;
    $('article-meta').textContent = [d.date, d.source, d.url].filter(Boolean).join(' · ');
    const [begin, end] = e.sentence_span;
    $('article-text').replaceChildren(...highlighted(d.text, [{ begin, end, kind: 'current' }]));
    $('event-panel').hidden = false;
    $('event-panel').scrollIntoView({ block: 'nearest' });
  } catch (error) { showMessage(error.message); }
}

// ---- map ----------------------------------------------------------------------

let world = null;  // the outlines, fetched once
const SVG = 'http://www.w3.org/2000/svg';

function drawWorld() {
  world ??= fetchWorld();
  return world;
}

async function fetchWorld() {
  const outlines = await (await fetch('vendor/world.json')).json();
  const land = document.createElementNS(SVG, 'g');
  for (const country of outlines.countries) {
    let d = '';
    for (const ring of country.rings) {
      for (let i = 0; i < ring.length; i += 2) d += `${i ? 'L' : 'M'}${ring[i]},${-ring[i + 1]}`;
      d += 'Z';
    }
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', d);
    path.setAttribute('class', 'land');
    path.append(Object.assign(document.createElementNS(SVG, 'title'), { textContent: country.id }));
    land.append(path);
  }
  $('map').prepend(land);
}

async function drawPlaces() {
  await drawWorld().catch(() => {});
  const map = $('map');
  map.querySelector('g.places')?.remove();
  const result = await api('/api/places', state.filter);
  if (!result.available) {
    zoomTo([]);
    $('map-note').textContent = 'This store records no event places.';
    return;
  }
  const scale = zoomTo(result.places);  // dots keep their size on screen whatever the zoom
  const group = document.createElementNS(SVG, 'g');
  group.setAttribute('class', 'places');
  for (const p of result.places) {
    const dot = document.createElementNS(SVG, 'circle');
    dot.setAttribute('cx', p.lon);
    dot.setAttribute('cy', -p.lat);
    dot.setAttribute('r', Math.min(8, 1 + Math.sqrt(p.events)) * scale);
    dot.setAttribute('class', 'place');
    dot.append(Object.assign(document.createElementNS(SVG, 'title'), { textContent: `${p.name} (${p.country}): ${p.events} events` }));
    group.append(dot);
  }
  map.append(group);
  $('map-note').textContent = result.places.length ? `${result.places.length} places` : 'No places for this choice.';
}

// The view box: the places with a margin, at least 40 degrees wide, else the world.
function zoomTo(places) {
  let [x0, y0, x1, y1] = [-180, -90, 180, 90];
  if (places.length) {
    const lons = places.map((p) => p.lon), lats = places.map((p) => -p.lat);
    const cx = (Math.min(...lons) + Math.max(...lons)) / 2, cy = (Math.min(...lats) + Math.max(...lats)) / 2;
    const half = Math.max(20, (Math.max(...lons) - Math.min(...lons)) * 0.6, (Math.max(...lats) - Math.min(...lats)) * 1.2);
    [x0, x1] = [Math.max(-180, cx - half), Math.min(180, cx + half)];
    [y0, y1] = [Math.max(-90, cy - half / 2), Math.min(90, cy + half / 2)];
  }
  $('map').setAttribute('viewBox', `${x0} ${y0} ${x1 - x0} ${y1 - y0}`);
  return (x1 - x0) / 360;
}

// ---- start ----------------------------------------------------------------------

$('query').addEventListener('submit', show);
$('prev').addEventListener('click', () => { state.page -= 1; listEvents().catch((e) => showMessage(e.message)); });
$('next').addEventListener('click', () => { state.page += 1; listEvents().catch((e) => showMessage(e.message)); });
typeAhead($('actor-a'), $('actors-a'));
typeAhead($('actor-b'), $('actors-b'));
loadInfo();
drawWorld().catch(() => {});
