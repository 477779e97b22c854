// What every page shares: the caller, API calls through the gateway, labels in English, French or Arabic, DOM and map helpers.
import { messages } from './i18n.js';

export const caller = JSON.parse(document.getElementById('caller').textContent);
export const has = (role) => caller.roles.includes(role);

export let language = localStorage.getItem('language') || (navigator.language || 'en').slice(0, 2);
if (!messages[language]) language = 'en';

export function t(key, values = {}) {
  const text = (messages[language] && messages[language][key]) || messages.en[key] || key;
  return text.replace(/\{(\w+)\}/g, (_, name) => values[name] ?? '');
}

/** Arabic is written right to left: the whole page is mirrored, maps and marks excepted (see app.css). */
export const direction = language === 'ar' ? 'rtl' : 'ltr';

/** A code of the records (a category, a circumstance, a status) in the page's language; codes with no label stay as they are. */
export function term(code) {
  if (code === null || code === undefined || code === '') return '';
  const key = 'term.' + code;
  const label = t(key);
  return label === key ? String(code) : label;
}

function translateStatic() {
  document.documentElement.lang = language;
  document.documentElement.dir = direction;
  document.querySelectorAll('[data-i18n]').forEach((node) => { node.textContent = t(node.dataset.i18n); });
  const select = document.getElementById('language');
  select.value = language;
  select.onchange = () => { localStorage.setItem('language', select.value); location.reload(); };
  document.querySelectorAll('#nav a').forEach((a) => { if (a.getAttribute('href') === location.pathname) a.setAttribute('aria-current', 'page'); });
}
translateStatic();

// the capture page, its scripts and recent records answered from the device without a connection (sw.js)
if ('serviceWorker' in navigator) navigator.serviceWorker.register('/sw.js').catch(() => null);

/** A fresh Idempotency-Key: one per thing created, kept for its retries. */
export const newKey = () => (crypto.randomUUID ? crypto.randomUUID() : Date.now() + '-' + Math.random().toString(36).slice(2));

/** Marks the pages' own calls, so that the gateway answers 499 rather than a redirect to a login page they cannot follow. */
export const SCRIPT_REQUEST = { 'X-Requested-With': 'JavaScript' };
/** The browser must sign in again: its session cookie no longer works (499, Quarkus OIDC's answer to scripts) or is gone (401). */
export const sessionEnded = (status) => status === 499 || status === 401;

/** Calls the API with the browser's session; answers the JSON, or throws the problem's detail. */
export async function api(path, options = {}) {
  const response = await fetch(path, { ...options, credentials: 'same-origin',
    headers: { Accept: 'application/json', ...SCRIPT_REQUEST, ...(options.headers || {}) } });
  if (sessionEnded(response.status)) {
    const error = new Error(t('sessionEnded'));
    error.status = response.status;
    throw error;
  }
  if (!response.ok) {
    let detail = response.statusText;
    try { const problem = await response.json(); detail = problem.detail || problem.title || detail;
      if (problem.errors && problem.errors.length) detail += ' (' + problem.errors.map((e) => e.field + ': ' + e.message).join('; ') + ')'; } catch (ignored) { /* not JSON */ }
    const error = new Error(response.status === 403 ? t('forbidden') : detail);
    error.status = response.status;
    throw error;
  }
  return response.status === 204 ? null : response.json();
}

/** Every page of a paged list (page and size parameters; a page shorter than its size is the last). */
export async function allPages(path, size = 500) {
  const all = [];
  for (let page = 0; ; page++) {
    const part = await api(path + (path.includes('?') ? '&' : '?') + 'page=' + page + '&size=' + size);
    all.push(...part);
    if (part.length < size) return all;
  }
}

/** Builds an element: el('a', {href: '/'}, 'text', child, ...). Text is always set as text, never as HTML. */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else if (name === 'className') node.className = value;
    else node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** A highlighted snippet from the search: only <em> is kept, everything else is text. */
export function snippet(html) {
  const node = el('span');
  html.split(/(<em>.*?<\/em>)/g).forEach((part) => {
    const marked = part.match(/^<em>(.*)<\/em>$/);
    node.append(marked ? el('em', {}, marked[1]) : document.createTextNode(part));
  });
  return node;
}

/** Replaces what a container shows; null and false children are left out. */
export function show(container, ...children) {
  container.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return container;
}

/** The filled part of a progress bar, sized through the DOM: the Content-Security-Policy refuses style attributes. */
export function bar(percent) {
  const filled = el('span');
  filled.style.width = percent + '%';
  return filled;
}

export function main(...children) {
  return show(document.getElementById('main'), ...children);
}

export function announce(text) {
  document.getElementById('status').textContent = text;
}

export function showError(error, where = document.getElementById('main')) {
  where.append(el('p', { className: 'error', role: 'alert' }, t('error', { detail: error.message })));
}

export const number = (value) => value === null || value === undefined ? '–' : new Intl.NumberFormat(language).format(value);
export const percent = (value) => value === null || value === undefined ? '–'
  : new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(value);
export const date = (value) => value ? new Date(value).toLocaleDateString(language, { year: 'numeric', month: 'short', day: 'numeric' }) : '';

let world;
/**
 * A map drawn on the bundled world outline: no tiles, so it works without internet access. A popup is a node or
 * text, never HTML: place names come from the field.
 */
export async function worldMap(container, points) {
  const map = L.map(container, { worldCopyJump: true, attributionControl: true }).setView([5, 20], 3);
  world = world || await (await fetch('/assets/map/world-110m.geojson')).json();
  L.geoJSON(world, { style: { color: '#7a8a99', weight: 1, fillColor: '#fbfbf8', fillOpacity: 1 } }).addTo(map);
  map.attributionControl.addAttribution('Natural Earth');
  const markers = points.filter((p) => p.latitude != null && p.longitude != null).map((p) =>
    L.circleMarker([p.latitude, p.longitude], { radius: p.radius || 7, color: '#0b3d6b', fillColor: '#2f7bbf', fillOpacity: .8 })
      .bindPopup(p.popup instanceof Node ? p.popup : el('span', {}, p.popup)).addTo(map));
  if (markers.length) map.fitBounds(L.featureGroup(markers).getBounds().pad(0.5), { maxZoom: 7 });
  return map;
}
let countryPositions;

/**
 * Draws flow lines on a map: from the country of manufacture (solid) or the point of diversion (dashed) to the
 * seizures, as thick as the items are many; {@code onSelect} is told of the line clicked. Answers the lines drawn.
 */
export async function drawFlows(map, lines, onSelect = () => {}) {
  countryPositions = countryPositions || await (await fetch('/assets/vendor/country-centroids.json')).json();
  const drawn = [];
  for (const line of lines) {
    const from = countryPositions[line.fromCountry];
    const to = line.toLatitude != null ? [line.toLatitude, line.toLongitude] : countryPositions[line.toCountry];
    if (!from || !to) continue;
    const diverted = line.kind === 'DIVERSION';
    drawn.push(L.polyline([from, to], { color: diverted ? '#b3261e' : '#0b3d6b', weight: 2 + 2 * Math.log10(1 + line.items), opacity: .8,
      dashArray: diverted ? '8 6' : null, className: 'flow ' + line.kind })
      .bindTooltip(el('span', {}, t(diverted ? 'flows.diversion' : 'flows.manufacture', { from: line.fromCountry, to: line.toCountry, items: line.items })))
      .on('click', () => onSelect(line)).addTo(map));
    L.circleMarker(from, { radius: 4, color: diverted ? '#b3261e' : '#0b3d6b', fillOpacity: 1 }).addTo(map);
  }
  if (drawn.length) map.fitBounds(L.featureGroup(drawn).getBounds().pad(0.2), { maxZoom: 5 });
  return drawn;
}

export const dateTime = (value) => value ? new Date(value).toLocaleString(language, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }) : '';
