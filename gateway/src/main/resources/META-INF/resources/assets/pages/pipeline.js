import { t, el, main, api, showError, dateTime, announce, bar } from '../app.js';

const SERVICES = [['embargo', '/api/embargo/pipeline'], ['search', '/api/search/pipeline']];
const JOBS = [['seizures', '/api/seizures/jobs'], ['embargo', '/api/embargo/jobs'], ['search', '/api/search/jobs']];
const consumers = el('tbody');
const jobs = el('tbody');
const letters = el('section', { hidden: true });

main(el('h1', {}, t('pipeline.title')), el('p', {}, t('pipeline.intro')),
  el('section', {}, el('table', {}, el('thead', {}, el('tr', {}, ['pipeline.channel', 'pipeline.lag', 'pipeline.processed', 'pipeline.state',
    'pipeline.deadLetters', 'pipeline.replayable', ''].map((k) => el('th', { scope: 'col' }, k ? t(k) : '')))), consumers)),
  letters,
  el('section', { 'aria-labelledby': 'jobs' }, el('h2', { id: 'jobs' }, t('jobs.title')), el('p', {}, t('jobs.intro')),
    el('table', {}, el('thead', {}, el('tr', {}, ['jobs.job', 'jobs.status', 'jobs.progress', 'jobs.submitted', 'jobs.replica', 'jobs.outcome']
      .map((k) => el('th', { scope: 'col' }, t(k))))), jobs)));

function number(value) {
  return value == null ? t('pipeline.unknown') : String(value);
}

async function refresh() {
  const rows = [];
  for (const [service, path] of SERVICES) {
    try {
      const status = await api(path);
      for (const c of status.channels) {
        const name = service + ' · ' + c.channel + ' (' + c.topic + ')';
        const state = c.waitingFor ? t('pipeline.waiting', { what: c.waitingFor, since: dateTime(c.waitingSince) }) : t('pipeline.running');
        rows.push(el('tr', { className: c.waitingFor ? 'warning' : '' }, el('th', { scope: 'row' }, name), el('td', {}, number(c.lag)),
          el('td', {}, String(c.processedSinceStart)), el('td', {}, state), el('td', {}, number(c.deadLetters)), el('td', {}, number(c.replayable)),
          el('td', {}, el('button', { type: 'button', className: 'secondary', onclick: () => showLetters(service, path, c.channel) }, t('pipeline.deadLetters')),
            ' ', el('button', { type: 'button', disabled: !c.replayable, onclick: () => replay(path, c.channel) }, t('pipeline.replay')))));
      }
    } catch (error) {
      rows.push(el('tr', {}, el('th', { scope: 'row' }, service), el('td', { colSpan: 6 }, error.message || String(error))));
    }
  }
  consumers.replaceChildren(...rows);
  await refreshJobs();
  setTimeout(refresh, 5000);
}

/** Every service's jobs in one table, newest first; a service that does not answer says so in its row. */
async function refreshJobs() {
  const found = [];
  const rows = [];
  for (const [service, path] of JOBS) {
    try {
      (await api(path)).forEach((job) => found.push([service, job]));
    } catch (error) {
      rows.push(el('tr', {}, el('th', { scope: 'row' }, service), el('td', { colSpan: 5 }, error.message || String(error))));
    }
  }
  found.sort(([, a], [, b]) => b.submittedAt.localeCompare(a.submittedAt));
  for (const [service, job] of found) {
    const name = service + ' · ' + job.kind + ': ' + job.description;
    rows.push(el('tr', { className: job.status === 'FAILED' ? 'warning' : '' }, el('th', { scope: 'row' }, name),
      el('td', {}, el('span', { className: 'status' }, job.status)),
      el('td', {}, el('div', { className: 'progress', role: 'progressbar', 'aria-label': t('jobs.progress') + ' – ' + name,
        'aria-valuenow': job.percentDone, 'aria-valuemin': 0, 'aria-valuemax': 100 }, bar(job.percentDone)),
        job.done + ' / ' + job.total),
      el('td', {}, job.submittedBy + ', ' + dateTime(job.submittedAt)),
      el('td', {}, (job.claimedBy || '–') + ' (' + job.attempts + ')'),
      el('td', {}, job.failure || Object.entries(job.counts).map(([k, v]) => k + ' ' + v).join(', '))));
  }
  jobs.replaceChildren(...(rows.length ? rows : [el('tr', {}, el('td', { colSpan: 6 }, t('jobs.none')))]));
}

async function showLetters(service, path, channel) {
  try {
    const found = await api(path + '/dead-letters?channel=' + encodeURIComponent(channel));
    letters.setAttribute('aria-labelledby', 'letters');
    letters.hidden = false;
    letters.replaceChildren(el('h2', { id: 'letters' }, t('pipeline.deadLetters') + ': ' + service + ' · ' + channel),
      el('table', {}, el('thead', {}, el('tr', {}, ['pipeline.at', 'pipeline.key', 'pipeline.reason', 'pipeline.replayable']
        .map((k) => el('th', { scope: 'col' }, t(k))))),
      el('tbody', {}, found.map((l) => el('tr', {}, el('td', {}, dateTime(l.deadLetteredAt)), el('td', {}, l.key || ''),
        el('td', {}, l.reason || ''), el('td', {}, l.replayed ? '' : '✓'))))));
  } catch (error) {
    showError(error, letters);
  }
}

async function replay(path, channel) {
  try {
    const done = await api(path + '/dead-letters/replay?channel=' + encodeURIComponent(channel), { method: 'POST' });
    announce(t('pipeline.replayed', { n: done.replayed }));
  } catch (error) {
    showError(error);
  }
}

refresh();
