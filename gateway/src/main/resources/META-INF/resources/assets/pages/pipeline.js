import { t, el, main, api, showError, dateTime, announce } from '../app.js';

const SERVICES = [['embargo', '/api/embargo/pipeline'], ['search', '/api/search/pipeline']];
const consumers = el('tbody');
const letters = el('section', { hidden: true });

main(el('h1', {}, t('pipeline.title')), el('p', {}, t('pipeline.intro')),
  el('section', {}, el('table', {}, el('thead', {}, el('tr', {}, ['pipeline.channel', 'pipeline.lag', 'pipeline.processed', 'pipeline.state',
    'pipeline.deadLetters', 'pipeline.replayable', ''].map((k) => el('th', { scope: 'col' }, k ? t(k) : '')))), consumers)),
  letters);

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
  setTimeout(refresh, 5000);
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
