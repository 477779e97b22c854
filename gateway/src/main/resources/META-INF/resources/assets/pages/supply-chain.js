import { t, el, main, api, number, date, showError, language } from '../app.js';

const id = document.body.dataset.subject;

async function show() {
  let chain;
  try {
    chain = await api('/api/embargo/supply-chains/' + id);
  } catch (error) {
    main();
    showError(error);
    return;
  }
  if (chain.id !== id) {
    history.replaceState(null, '', '/supply-chains/' + chain.id);
  }
  const chart = el('div', { className: 'chart', id: 'chain-countries', role: 'img', 'aria-label': t('chain.byCountry') });
  main(
    el('h1', {}, t('chain.title', { id: chain.id.substring(0, 8) })),
    el('p', {}, t('chain.intro')),
    el('dl', { className: 'figures' },
      figure('chain.items', number(chain.items)), figure('chain.seizures', number(chain.seizures)),
      figure('chain.countries', number(chain.countries.length)), figure('chain.period', date(chain.firstSeen) + ' – ' + date(chain.lastSeen)),
      figure('chain.regimes', chain.regimes.join(', ') || t('record.none'))),
    chain.mergedFrom.length ? el('p', { className: 'meta' }, t('chain.merged', { ids: chain.mergedFrom.map((m) => m.substring(0, 8)).join(', ') })) : null,
    el('section', { 'aria-labelledby': 'by-country' }, el('h2', { id: 'by-country' }, t('chain.byCountry')), chart,
      el('table', {}, el('thead', {}, el('tr', {}, ['col.country', 'chain.items', 'chain.seizures', 'chain.first', 'chain.last']
        .map((k) => el('th', { scope: 'col' }, t(k))))),
      el('tbody', {}, chain.countries.map((c) => el('tr', {}, el('td', {}, c.countryCode + (c.inScope ? '' : ' (' + t('chain.outside') + ')')),
        el('td', {}, number(c.items)), el('td', {}, number(c.seizures)), el('td', {}, date(c.firstSeen)), el('td', {}, date(c.lastSeen))))))),
    el('section', { 'aria-labelledby': 'marks' }, el('h2', { id: 'marks' }, t('chain.marks')),
      chain.lots.length ? el('p', {}, el('strong', {}, t('col.lot') + ': '), chain.lots.map((l) => (l.asRead || l.lot) + ' (' + number(l.items) + ')').join(', ')) : null,
      chain.serials.length ? el('ul', {}, chain.serials.map((s) => el('li', {}, (s.makeModel || '').replace('|', ' ') + ': ' + s.prefix + s.lowest
        + (s.highest !== s.lowest ? ' – ' + s.prefix + s.highest : '') + ' (' + number(s.items) + ')'))) : null),
    el('section', { 'aria-labelledby': 'members' }, el('h2', { id: 'members' }, t('chain.members')),
      chain.itemsOutsideScope ? el('p', { className: 'meta' }, t('chain.hidden', { n: number(chain.itemsOutsideScope) })) : null,
      el('table', { id: 'chain-members' }, el('thead', {}, el('tr', {}, ['col.reference', 'col.country', 'chain.seizedOn', 'col.makeModel', 'col.serial',
        'col.lot', 'col.regime'].map((k) => el('th', { scope: 'col' }, t(k))))),
      el('tbody', {}, chain.members.map((m) => el('tr', {}, el('td', {}, el('a', { href: '/records/' + m.seizureId }, m.seizureReference)),
        el('td', {}, m.countryCode), el('td', {}, date(m.seizedOn)), el('td', {}, (m.makeModel || '').replace('|', ' ')),
        el('td', {}, m.serial || ''), el('td', {}, m.lot || ''), el('td', {}, m.embargoRegime || '')))))));
  echarts.init(chart, null, { locale: language === 'fr' ? 'FR' : 'EN' }).setOption({
    animation: false, tooltip: { trigger: 'axis' }, grid: { left: 50, right: 20, bottom: 30 },
    xAxis: { type: 'category', data: chain.countries.map((c) => c.countryCode) }, yAxis: { type: 'value', minInterval: 1 },
    series: [{ name: t('chain.items'), type: 'bar', data: chain.countries.map((c) => c.items) }]
  });
}

function figure(label, value) {
  return el('div', {}, el('dt', {}, t(label)), el('dd', {}, value));
}

show();
