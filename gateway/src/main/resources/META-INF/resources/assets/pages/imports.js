import { t, el, main, api, showError, date, bar } from '../app.js';

const list = el('tbody');
const form = el('form', { className: 'toolbar', onsubmit: async (event) => {
  event.preventDefault();
  try {
    await api('/api/seizures/imports', { method: 'POST', body: new FormData(event.target) });
    event.target.reset();
    refresh();
  } catch (error) {
    showError(error, event.target);
  }
} }, el('div', {}, el('label', { for: 'file' }, t('imports.upload')),
  el('input', { id: 'file', name: 'file', type: 'file', accept: '.csv,.xlsx', required: true })), el('button', { type: 'submit' }, t('imports.submit')));

main(el('h1', {}, t('imports.title')), el('section', {}, form),
  el('section', {}, el('table', {}, el('thead', {}, el('tr', {}, ['col.file', 'col.status', 'col.progress', 'col.errors', 'col.since']
    .map((k) => el('th', { scope: 'col' }, t(k))))), list)));


async function refresh() {
  try {
    const jobs = await api('/api/seizures/imports');
    list.replaceChildren(...jobs.map((j) => el('tr', {}, el('td', {}, j.fileName), el('td', {}, el('span', { className: 'status' }, j.status)),
      el('td', {}, el('div', { className: 'progress', role: 'progressbar', 'aria-label': t('col.progress') + ' – ' + j.fileName, 'aria-valuenow': j.percentDone, 'aria-valuemin': 0, 'aria-valuemax': 100 },
        bar(j.percentDone)), j.rowsDone + ' / ' + j.totalRows),
      el('td', {}, j.rowsRejected), el('td', {}, date(j.submittedAt)))));
    if (jobs.some((j) => j.status === 'QUEUED' || j.status === 'RUNNING')) setTimeout(refresh, 2000);
  } catch (error) {
    showError(error);
  }
}
refresh();
