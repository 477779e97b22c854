// Where seized weapons came from: lines from the countries of manufacture and the established points of diversion to
// the seizures, weighted by items, with the records behind each line. On the dashboards.
import { t, el, api, has, number, showError, worldMap, drawFlows, term, date } from './app.js';

const CATEGORIES = ['', 'ASSAULT_RIFLE', 'RIFLE_CARBINE', 'PISTOL_REVOLVER', 'SHOTGUN', 'SUB_MACHINE_GUN', 'LIGHT_MACHINE_GUN', 'HEAVY_MACHINE_GUN',
  'GRENADE_LAUNCHER', 'ROCKET_LAUNCHER', 'MORTAR', 'MANPADS', 'ATGW', 'AMMUNITION', 'EXPLOSIVE', 'IED_COMPONENT', 'UAV', 'OTHER'];

/** A section of flows into the seizures of these countries (a regime's) over the period (ISO dates). */
export function flowsSection({ countries = [], from = '', to = '' } = {}) {
  const category = el('select', { id: 'flows-category' }, CATEGORIES.map((c) => el('option', { value: c }, c ? term(c) : t('flows.all'))));
  const mapBox = el('div', { className: 'map', id: 'flows-map', role: 'region', 'aria-label': t('flows.title') });
  const table = el('div', { id: 'flows-table' });
  const behind = el('div', { id: 'flows-records', 'aria-live': 'polite' });
  let map;
  const show = (line) => {
    behind.replaceChildren(el('h3', {}, t('flows.records', { from: line.fromCountry, to: line.toCountry })),
      el('ul', {}, line.records.map((r) => el('li', {}, el('a', { href: '/records/' + r.seizureId }, r.reference),
        ' · ' + date(r.occurredOn) + ' · ' + r.categories.split(', ').map(term).join(', ') + ' · ' + number(r.items)))));
  };
  const load = async () => {
    const q = new URLSearchParams();
    countries.forEach((c) => q.append('country', c));
    if (from) q.set('from', from);
    if (to) q.set('to', to);
    if (category.value) q.set('category', category.value);
    try {
      const lines = await api('/api/seizures/flows?' + q);
      map?.remove();
      map = await worldMap(mapBox, []);
      const reviewer = lines.some((l) => l.records);
      await drawFlows(map, lines, reviewer ? show : () => {});
      behind.replaceChildren();
      table.replaceChildren(lines.length ? el('table', {}, el('thead', {}, el('tr', {}, ['col.flow', 'col.from', 'col.to', 'col.items', 'col.seizures',
        reviewer ? 'col.action' : null].filter(Boolean).map((k) => el('th', { scope: 'col' }, t(k))))),
      el('tbody', {}, lines.map((line) => el('tr', {}, el('td', {}, t(line.kind === 'DIVERSION' ? 'flows.diverted' : 'flows.made')),
        el('td', {}, line.fromCountry), el('td', {}, line.toCountry), el('td', {}, number(line.items)), el('td', {}, number(line.seizures)),
        reviewer ? el('td', {}, el('button', { type: 'button', className: 'secondary', onclick: () => show(line) }, t('flows.show'))) : null))))
        : el('p', {}, t('flows.none')));
    } catch (error) {
      showError(error, table);
    }
  };
  category.addEventListener('change', load);
  const section = el('section', { 'aria-labelledby': 'flows' }, el('h2', { id: 'flows' }, t('flows.title')), el('p', { className: 'meta' }, t('flows.intro')),
    el('div', { className: 'toolbar no-print' }, el('label', { for: 'flows-category' }, t('flows.category')), category),
    mapBox, table, behind);
  setTimeout(load);
  return section;
}
