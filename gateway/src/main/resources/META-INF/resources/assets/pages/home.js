import { caller, has, t, el, main } from '../app.js';

const cards = [];
if (has('mission-staff') || has('admin')) cards.push(['/seizures/new', 'nav.newSeizure', 'home.record']);
if (has('mission-staff') || has('panel-expert') || has('admin')) cards.push(['/search', 'nav.search', 'home.search']);
if (has('committee-member') || has('panel-expert') || has('admin')) cards.push(['/dashboard', 'nav.dashboard', 'home.dashboard']);

main(
  el('h1', {}, t('home.title', { name: caller.displayName })),
  el('section', { 'aria-label': t('home.roles') },
    el('p', {}, t('home.roles') + ': ' + caller.roles.join(', ')),
    caller.operations.length ? el('p', {}, t('home.operations') + ': ' + caller.operations.join(', ')) : null,
    caller.panels.length ? el('p', {}, t('home.panels') + ': ' + caller.panels.join(', ')) : null),
  el('div', { className: 'grid' }, cards.map(([href, title, text]) =>
    el('section', {}, el('h2', {}, el('a', { href }, t(title))), el('p', {}, t(text))))));
