import { t, el, main, api, has, number, percent, date, showError, worldMap, language, term } from '../app.js';
import { ratesSection } from '../tracing-rates.js';
import { flowsSection } from '../flows.js';

const params = new URLSearchParams(location.search);
const FIGURES = ['seizures', 'itemsSeized', 'itemsFound', 'itemsSurrendered', 'itemsCaptured', 'itemsTraced', 'tracedProportion', 'intactMarksShare',
  'itemsDestroyed', 'destructionRate', 'seizuresAtBorder', 'seizuresInland', 'seizuresAtSea', 'ammunitionRounds', 'findingsConfirmed',
  'findingsOpen', 'findingsDismissed', 'tracingRequestsOverdue', 'weaponsRecorded', 'weaponsMarked', 'weaponsDestroyed', 'tracingRequestsSent',
  'tracingRequestsAnswered'];
const RATES = ['tracedProportion', 'intactMarksShare', 'destructionRate'];

const regimeSelect = el('select', { id: 'regime' });
const periodSelect = el('select', { id: 'period' }, ['month', 'quarter', 'year'].map((p) => el('option', { value: p, selected: p === (params.get('period') || 'quarter') }, term(p))));
const from = el('input', { id: 'from', type: 'date', value: params.get('from') || '' });
const to = el('input', { id: 'to', type: 'date', value: params.get('to') || '' });
const country = el('input', { id: 'country', size: 4, maxlength: 3, pattern: '[A-Z]{3}', value: params.get('country') || '' });
const content = el('div');
const field = (id, label, input) => el('div', {}, el('label', { for: id }, t(label)), input);
const exports = el('span', { className: 'toolbar' });

main(el('h1', {}, t('dash.title')),
  el('form', { className: 'toolbar card no-print', onsubmit: (event) => { event.preventDefault(); show(); } },
    field('regime', 'dash.regime', regimeSelect), field('period', 'dash.period', periodSelect), field('from', 'dash.from', from),
    field('to', 'dash.to', to), field('country', 'dash.country', country), el('button', { type: 'submit' }, t('dash.apply')),
    exports, el('button', { type: 'button', className: 'secondary', onclick: () => window.print() }, t('dash.print'))),
  content);

async function start() {
  try {
    const regimes = await api('/api/embargo/regimes');
    regimeSelect.replaceChildren(...regimes.map((r) => el('option', { value: r.code, selected: r.code === (params.get('regime') || 'CAR') },
      r.code + ' – ' + r.name)));
    show();
  } catch (error) {
    showError(error);
  }
}

function filter() {
  const q = new URLSearchParams({ regime: regimeSelect.value, period: periodSelect.value });
  if (from.value) q.set('from', from.value);
  if (to.value) q.set('to', to.value);
  if (country.value.trim()) q.set('country', country.value.trim().toUpperCase());
  return q;
}

async function show() {
  const q = filter();
  history.replaceState(null, '', '/dashboard?' + q);
  exports.replaceChildren(el('a', { className: 'button secondary', href: '/api/embargo/indicators/export?format=csv&' + q }, t('dash.exportCsv')),
    el('a', { className: 'button secondary', href: '/api/embargo/indicators/export?format=xlsx&' + q }, t('dash.exportXlsx')));
  content.replaceChildren(el('p', { className: 'loading' }, t('loading')));
  try {
    const [report, benchmarks, findings] = await Promise.all([api('/api/embargo/indicators?' + q),
      api('/api/embargo/regimes/' + regimeSelect.value + '/benchmarks'),
      api('/api/embargo/findings?status=CONFIRMED&size=10&regime=' + regimeSelect.value)]);
    const chart = el('div', { className: 'chart', id: 'chart-weapons', role: 'img', 'aria-label': t('dash.indicators') });
    const findingsChart = el('div', { className: 'chart', id: 'chart-findings', role: 'img', 'aria-label': t('fig.findingsConfirmed') });
    const mapBox = el('div', { className: 'map', role: 'region', 'aria-label': t('dash.map') });
    content.replaceChildren(
      el('section', { 'aria-labelledby': 'figures' }, el('h2', { id: 'figures' }, t('dash.indicators')),
        el('p', { className: 'meta', id: 'applied-filter' }, describe(report.filter)),
        el('div', { className: 'figures' }, FIGURES.filter((f) => report.totals[f] !== null && report.totals[f] !== undefined).map((f) =>
          el('div', { className: 'figure', id: 'fig-' + f }, el('strong', {}, RATES.includes(f) ? percent(report.totals[f]) : number(report.totals[f])),
            t('fig.' + f)))),
        has('panel-expert') || has('admin') ? el('p', {}, el('a', { href: report.records.replace('/api/search', '/search') }, t('dash.records'))) : null),
      el('div', { className: 'grid' }, el('section', {}, chart), el('section', {}, findingsChart)),
      benchmarkSection(benchmarks),
      flowsSection({ countries: report.filter.countries, from: report.filter.from || from.value, to: report.filter.to || to.value }),
      ratesSection({ from: from.value, to: to.value }),
      el('section', { 'aria-labelledby': 'map' }, el('h2', { id: 'map' }, t('dash.map')), mapBox),
      findingsSection(findings));
    drawCharts(chart, findingsChart, report.series);
    worldMap(mapBox, report.places.map((p) => ({ latitude: p.latitude, longitude: p.longitude, radius: 5 + Math.min(20, Math.sqrt(p.items)),
      popup: (p.placeName || p.countryCode) + ': ' + p.seizures + ' / ' + p.items })));
  } catch (error) {
    content.replaceChildren();
    showError(error, content);
  }
}

function describe(f) {
  return [f.regime, f.countries.join(', '), f.operation, f.from && f.to ? f.from + ' – ' + f.to : '', f.period, 'as of ' + f.asOf]
    .filter(Boolean).join(' · ');
}

function benchmarkSection(benchmarks) {
  return el('section', { 'aria-labelledby': 'benchmarks' }, el('h2', { id: 'benchmarks' }, t('dash.benchmarks')),
    benchmarks.length ? el('table', { id: 'benchmark-table' }, el('thead', {}, el('tr', {}, ['col.benchmark', 'col.status', 'col.since', 'col.history']
      .map((k) => el('th', { scope: 'col' }, t(k))))),
    el('tbody', {}, benchmarks.map((b) => el('tr', {}, el('td', {}, el('strong', {}, b.code + ' '), b.title),
      el('td', {}, b.currentStatus ? el('span', { className: 'status ' + b.currentStatus }, b.currentStatus) : '–'),
      el('td', {}, b.lastAssessedOn ? date(b.lastAssessedOn) : ''),
      el('td', {}, b.history.map((h) => el('span', { className: 'status ' + h.status, title: h.sourceDocument || '' }, date(h.assessedOn) + ' ' + h.status)))))))
      : el('p', {}, t('dash.noBenchmarks')));
}

function findingsSection(findings) {
  return el('section', { 'aria-labelledby': 'violations' }, el('h2', { id: 'violations' }, t('dash.findings')),
    findings.length ? el('table', {}, el('thead', {}, el('tr', {}, ['col.reference', 'col.country', 'col.rule', 'record.citation', 'col.explanation']
      .map((k) => el('th', { scope: 'col' }, t(k))))),
    el('tbody', {}, findings.slice(0, 10).map((f) => el('tr', {}, el('td', {}, f.seizureReference), el('td', {}, f.countryCode), el('td', {}, f.rule),
      el('td', {}, f.citation), el('td', {}, f.explanation))))) : el('p', {}, t('record.none')));
}

function drawCharts(box, findingsBox, series) {
  const periods = series.map((s) => s.period);
  const bar = (key) => ({ name: t('fig.' + key), type: 'bar', stack: 'weapons', data: series.map((s) => s.figures[key]) });
  echarts.init(box, null, { locale: language === 'fr' ? 'FR' : 'EN' }).setOption({
    animation: false, title: { text: t('dash.indicators'), textStyle: { fontSize: 14 } }, tooltip: { trigger: 'axis' }, legend: { bottom: 0, type: 'scroll' },
    grid: { bottom: 60, right: 50 }, xAxis: { type: 'category', data: periods },
    yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', min: 0, max: 1, axisLabel: { formatter: (v) => Math.round(v * 100) + ' %' } }],
    series: [bar('itemsSeized'), bar('itemsFound'), bar('itemsSurrendered'), bar('itemsCaptured'),
      { name: t('fig.tracedProportion'), type: 'line', yAxisIndex: 1, data: series.map((s) => s.figures.tracedProportion) }]
  });
  echarts.init(findingsBox).setOption({
    animation: false, title: { text: t('fig.findingsConfirmed'), textStyle: { fontSize: 14 } }, tooltip: { trigger: 'axis' }, legend: { bottom: 0 },
    grid: { bottom: 60 }, xAxis: { type: 'category', data: periods }, yAxis: { type: 'value', minInterval: 1 },
    series: ['findingsConfirmed', 'findingsOpen', 'tracingRequestsOverdue'].filter((k) => series.length && series[0].figures[k] !== null)
      .map((k) => ({ name: t('fig.' + k), type: 'line', data: series.map((s) => s.figures[k]) }))
  });
}

start();
