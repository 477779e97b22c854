// How States answer tracing requests: response rate, median days to an answer and share of answers that established
// the origin, by State asked or by manufacturer, as a table and a chart. On the tracing page and the dashboards.
import { t, el, api, number, percent, showError, language } from './app.js';

/** A section that loads the rates of requests sent in the period (ISO dates; the last year when left out). */
export function ratesSection({ from = '', to = '', by = 'STATE' } = {}) {
  const body = el('div');
  const chart = el('div', { className: 'chart', id: 'chart-tracing-rates', role: 'img', 'aria-label': t('tracing.chart') });
  const grouping = el('select', { id: 'rates-by' }, el('option', { value: 'STATE', selected: by === 'STATE' }, t('tracing.byState')),
    el('option', { value: 'MANUFACTURER', selected: by === 'MANUFACTURER' }, t('tracing.byManufacturer')));
  const since = el('input', { id: 'rates-from', type: 'date', value: from });
  const until = el('input', { id: 'rates-to', type: 'date', value: to });
  const load = async () => {
    const q = new URLSearchParams({ by: grouping.value });
    if (since.value) q.set('from', since.value);
    if (until.value) q.set('to', until.value);
    body.replaceChildren(el('p', { className: 'loading' }, t('loading')));
    try {
      const rates = await api('/api/seizures/tracing/rates?' + q);
      body.replaceChildren(rates.length ? table(rates) : el('p', {}, t('record.none')), chart);
      draw(chart, rates.slice(0, 15));
    } catch (error) {
      body.replaceChildren();
      showError(error, body);
    }
  };
  const section = el('section', { 'aria-labelledby': 'rates' }, el('h2', { id: 'rates' }, t('tracing.rates')),
    el('form', { className: 'toolbar no-print', onsubmit: (event) => { event.preventDefault(); load(); } },
      el('div', {}, el('label', { for: 'rates-by' }, t('tracing.by')), grouping),
      el('div', {}, el('label', { for: 'rates-from' }, t('tracing.from')), since),
      el('div', {}, el('label', { for: 'rates-to' }, t('tracing.to')), until),
      el('button', { type: 'submit' }, t('tracing.show'))),
    body);
  load();
  return section;
}

function table(rates) {
  return el('table', { id: 'rates-table' }, el('thead', {}, el('tr', {}, ['col.key', 'col.requests', 'col.dueCount', 'col.answered', 'col.responseRate',
    'col.median', 'col.establishedShare', 'col.overdue'].map((k) => el('th', { scope: 'col' }, t(k))))),
  el('tbody', {}, rates.map((r) => el('tr', {}, el('th', { scope: 'row' }, r.key || t('tracing.unknown')), el('td', {}, number(r.requests)),
    el('td', {}, number(r.due)), el('td', {}, number(r.answered)), el('td', {}, percent(r.responseRate)),
    el('td', {}, r.medianDaysToAnswer === null ? '–' : number(r.medianDaysToAnswer)), el('td', {}, percent(r.establishedShare)),
    el('td', {}, number(r.overdue))))));
}

function draw(box, rates) {
  if (!rates.length) return;
  echarts.init(box, null, { locale: language === 'fr' ? 'FR' : 'EN' }).setOption({
    animation: false, title: { text: t('tracing.chart'), textStyle: { fontSize: 14 } }, tooltip: { trigger: 'axis' }, legend: { bottom: 0 },
    grid: { bottom: 60 }, xAxis: { type: 'category', data: rates.map((r) => r.key || t('tracing.unknown')) },
    yAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: (v) => Math.round(v * 100) + ' %' } },
    series: [{ name: t('col.responseRate'), type: 'bar', data: rates.map((r) => r.responseRate) },
      { name: t('col.establishedShare'), type: 'bar', data: rates.map((r) => r.establishedShare) }]
  });
}
