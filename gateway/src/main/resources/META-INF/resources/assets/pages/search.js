import { t, el, main, show, api, snippet, announce, showError, worldMap, date, term, number } from '../app.js';

const FACETS = ['country', 'operation', 'circumstance', 'category', 'calibre', 'markingState', 'manufacturer', 'findingStatus', 'regime'];
const params = new URLSearchParams(location.search);
const results = el('div', { 'aria-live': 'polite' });
const facets = el('aside', { className: 'facet', 'aria-label': t('search.filters') });
const mapBox = el('div', { className: 'map', id: 'results-map', role: 'region', 'aria-label': 'map' });
let map;

const form = el('form', { className: 'toolbar', role: 'search', onsubmit: (event) => { event.preventDefault(); run(true); } },
  el('div', {}, el('label', { for: 'q' }, t('search.query')), el('input', { id: 'q', name: 'q', size: 40, value: params.get('q') || '' })),
  el('div', {}, el('label', { for: 'mark' }, t('search.mark')), el('input', { id: 'mark', name: 'mark', size: 16, value: params.get('mark') || '' })),
  el('button', { type: 'submit' }, t('search.submit')));

main(el('h1', {}, t('search.title')), el('section', {}, form),
  el('div', { className: 'search-layout' }, facets, el('div', {}, el('section', {}, results), el('section', {}, mapBox))));

function query() {
  const q = new URLSearchParams();
  const text = document.getElementById('q').value.trim();
  const mark = document.getElementById('mark').value.trim();
  if (text) q.set('q', text);
  if (mark) q.set('mark', mark);
  for (const name of FACETS) params.getAll(name).forEach((v) => q.append(name, v));
  for (const name of ['from', 'to']) if (params.get(name)) q.set(name, params.get(name));
  return q;
}

async function run(pushState) {
  const q = query();
  if (pushState) history.replaceState(null, '', '/search?' + q);
  if (![...q.keys()].length) return;
  results.replaceChildren(el('p', { className: 'loading' }, t('loading')));
  try {
    const found = await api('/api/search?' + q + '&size=50');
    announce(t('search.results', { n: found.total }));
    drawFacets(found.facets);
    show(results,
      el('div', { className: 'toolbar' }, el('h2', {}, t('search.results', { n: found.total })),
        el('a', { className: 'button secondary', href: '/api/search/export?format=xlsx&' + q }, t('search.export'))),
      found.hits.length ? null : el('p', {}, t('search.none')),
      ...found.hits.map(hit));
    drawMap(found.hits);
  } catch (error) {
    results.replaceChildren();
    showError(error, results);
  }
}

function hit(h) {
  return el('article', { className: 'hit' },
    el('h3', {}, el('a', { href: '/records/' + h.id }, h.reference)),
    el('p', { className: 'meta' }, [h.operation, h.countryCode, h.placeName, date(h.occurredAt), term(h.circumstance)].filter(Boolean).join(' · ')),
    h.highlights.map((s) => el('p', { className: 'snippet' }, snippet(s))),
    h.documents.map((d) => el('div', { className: 'doc-snippet' },
      el('span', { className: 'meta' }, t('search.inDocument', { file: d.fileName || d.evidenceId })),
      d.highlights.map((s) => el('p', { className: 'snippet' }, snippet(s))))));
}

function drawFacets(all) {
  facets.replaceChildren(el('h2', {}, t('search.filters')));
  for (const name of FACETS) {
    const counts = all[name] || [];
    if (!counts.length) continue;
    const selected = params.getAll(name);
    facets.append(el('fieldset', {}, el('legend', {}, el('h3', {}, t('facet.' + name))),
      counts.map((c) => el('label', {}, el('input', { type: 'checkbox', checked: selected.includes(c.value), onchange: (event) => {
        const values = params.getAll(name).filter((v) => v !== c.value);
        if (event.target.checked) values.push(c.value);
        params.delete(name);
        values.forEach((v) => params.append(name, v));
        run(true);
      } }), term(c.value) + ' (' + number(c.count) + ')'))));
  }
}

async function drawMap(hits) {
  if (map) map.remove();
  map = await worldMap(mapBox, hits.map((h) => ({ latitude: h.latitude, longitude: h.longitude,
    popup: el('a', { href: '/records/' + h.id }, h.reference + (h.placeName ? ' – ' + h.placeName : '')) })));
}

if ([...query().keys()].length) run(false); else drawMap([]);
