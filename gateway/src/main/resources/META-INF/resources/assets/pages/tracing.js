import { t, el, main, api, number, date, showError, announce, term } from '../app.js';
import { ratesSection } from '../tracing-rates.js';

const overdue = el('section', { 'aria-labelledby': 'overdue' }, el('h2', { id: 'overdue' }, t('tracing.overdue')), el('p', { className: 'loading' }, t('loading')));

main(el('h1', {}, t('tracing.title')), el('p', {}, t('tracing.intro')), overdue, ratesSection());

async function showOverdue() {
  try {
    const late = await api('/api/seizures/tracing/overdue');
    overdue.replaceChildren(el('h2', { id: 'overdue' }, t('tracing.overdue')), late.length ? el('table', { id: 'overdue-table' },
      el('thead', {}, el('tr', {}, ['col.reference', 'col.item', 'col.state', 'col.sent', 'col.due', 'col.daysOverdue', 'col.reminders',
        'col.nextReminder', 'col.action'].map((k) => el('th', { scope: 'col' }, t(k))))),
      el('tbody', {}, late.map(({ request, seizureReference, countryCode, item }) => el('tr', {},
        el('th', { scope: 'row' }, el('a', { href: '/records/' + request.seizureId }, seizureReference), ' (' + countryCode + ')'),
        el('td', {}, [term(item.category), item.make, item.model, item.serialNumber, item.lotNumber].filter(Boolean).join(' · ')), el('td', {}, request.stateCode), el('td', {}, date(request.sentOn)), el('td', {}, date(request.dueOn)),
        el('td', {}, number(request.daysOverdue)), el('td', {}, request.reminders.map(date).join(', ') || '–'), el('td', {}, date(request.nextReminderOn)),
        el('td', {}, el('button', { type: 'button', className: 'secondary', onclick: () => remind(request) }, t('tracing.remind')))))))
      : el('p', {}, t('tracing.noneOverdue')));
  } catch (error) {
    overdue.replaceChildren(el('h2', { id: 'overdue' }, t('tracing.overdue')));
    showError(error, overdue);
  }
}

async function remind(request) {
  try {
    await api('/api/seizures/' + request.seizureId + '/tracing-requests/' + request.id + '/reminders', { method: 'POST',
      headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ sentOn: new Date().toISOString().slice(0, 10) }) });
    announce(t('tracing.reminded'));
    showOverdue();
  } catch (error) {
    showError(error, overdue);
  }
}

showOverdue();
