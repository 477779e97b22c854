import { t, el, main, api, allPages, has, announce, showError, worldMap, date, term, newKey } from '../app.js';
import { uploadEvidence, progressOf } from '../uploads.js';

const id = document.body.dataset.subject;
const reviewer = has('panel-expert') || has('admin');

async function show() {
  let seizure;
  try {
    seizure = await api('/api/seizures/' + id);
  } catch (error) {
    main();
    showError(error);
    return;
  }
  const [evidence, tracing, findings, chains, check] = await Promise.all([
    api('/api/seizures/' + id + '/evidence').catch(() => []),
    api('/api/seizures/' + id + '/tracing-requests').catch(() => []),
    reviewer ? allPages('/api/embargo/findings?seizureId=' + id).catch(() => []) : Promise.resolve(null),
    reviewer ? api('/api/embargo/supply-chains?seizureId=' + id).catch(() => []) : Promise.resolve(null),
    api('/api/embargo/checks/' + id + '?version=' + seizure.version).catch(() => null)]);
  const mapBox = el('div', { className: 'map', role: 'region', 'aria-label': seizure.placeName || 'map' });
  main(
    el('h1', {}, seizure.reference),
    el('section', {},
      el('p', { className: 'meta' }, [seizure.operation, seizure.reportingUnit, seizure.countryCode, seizure.adminArea, seizure.placeName,
        date(seizure.occurredAt), term(seizure.circumstance), term(seizure.locationType)].filter(Boolean).join(' · ')),
      seizure.possessor ? el('p', {}, el('strong', {}, t('record.possessor') + ': '),
        [term(seizure.possessor.kind), seizure.possessor.description, seizure.possessor.designatedPartyRef].filter(Boolean).join(' – ')) : null,
      seizure.narrative ? el('p', {}, el('strong', {}, t('record.narrative') + ': '), seizure.narrative) : null,
      check ? el('p', { className: 'check-' + check.status.toLowerCase() }, el('strong', {}, t('record.check') + ': '),
        check.status === 'DONE' ? t('record.checkDone') + (check.checkedAt ? ' (' + date(check.checkedAt) + ')' : '') : t('record.checkPending')) : null),
    items(seizure),
    evidenceSection(seizure, evidence),
    tracingSection(tracing),
    chains && chains.length ? chainsSection(chains) : null,
    findings ? findingsSection(findings) : null,
    seizure.latitude != null ? el('section', {}, mapBox) : null);
  if (seizure.latitude != null) {
    worldMap(mapBox, [{ latitude: seizure.latitude, longitude: seizure.longitude, popup: seizure.placeName || seizure.reference }]);
  }
}

function items(seizure) {
  return el('section', { 'aria-labelledby': 'items' }, el('h2', { id: 'items' }, t('record.items')),
    el('table', {}, el('thead', {}, el('tr', {}, ['col.position', 'col.category', 'col.makeModel', 'col.serial', 'col.lot', 'col.quantity',
      'col.marks', 'col.status', 'record.linked'].map((k) => el('th', { scope: 'col' }, t(k))))),
    el('tbody', {}, seizure.items.map((item) => {
      const linked = el('td', {}, el('button', { className: 'secondary', type: 'button', onclick: () => showLinked(item, linked) }, t('record.showLinked')));
      return el('tr', {}, el('td', {}, item.position), el('td', {}, term(item.category)), el('td', {}, [item.make, item.model].filter(Boolean).join(' ')),
        el('td', {}, item.serialNumber || ''), el('td', {}, item.lotNumber || ''), el('td', {}, item.quantity), el('td', {}, term(item.markingState)),
        el('td', {}, term(item.status)), linked);
    }))));
}

async function showLinked(item, cell) {
  try {
    const found = await api('/api/search/records/' + id + '/items/' + item.id + '/linked');
    cell.replaceChildren(found.linked.length ? el('ul', {}, found.linked.map((l) => el('li', {},
      el('a', { href: '/records/' + l.seizureId }, l.reference), ' (' + l.countryCode + ') ', l.reasons.join(', '),
      l.serialDistance != null ? ' ±' + l.serialDistance : ''))) : t('record.noLinked'));
  } catch (error) {
    showError(error, cell);
  }
}

function evidenceSection(seizure, evidence) {
  const images = evidence.filter((e) => e.mediaType && e.mediaType.startsWith('image/'));
  const documents = evidence.filter((e) => !images.includes(e));
  const content = (e) => '/api/seizures/' + id + '/evidence/' + e.id + '/content';
  const upload = has('mission-staff') || has('admin') ? el('form', { className: 'toolbar no-print', onsubmit: async (event) => {
    event.preventDefault();
    const file = event.target.querySelector('input[type=file]').files[0];
    const progress = progressOf(file);
    event.target.append(progress.node);
    try {
      await uploadEvidence(id, file, { key: newKey(), progress });
      show();
    } catch (error) {
      showError(error, event.target);
    }
  } }, el('div', {}, el('label', { for: 'attach' }, t('record.attach')),
    el('input', { id: 'attach', type: 'file', name: 'file', accept: 'image/*,.pdf,.doc,.docx,.xls,.xlsx,.odt,.txt', capture: 'environment', required: true })),
  el('button', { type: 'submit' }, t('record.attach'))) : null;
  return el('section', { 'aria-labelledby': 'evidence' }, el('h2', { id: 'evidence' }, t('record.evidence')),
    evidence.length ? null : el('p', {}, t('record.none')),
    el('div', { className: 'thumbs' }, images.map((e) => el('a', { href: content(e) },
      el('img', { src: content(e), alt: e.description || e.fileName || e.mediaType, loading: 'lazy' })))),
    documents.length ? el('ul', {}, documents.map((d) => el('li', {}, el('a', { href: content(d) }, d.fileName || d.id), ' (' + d.mediaType + ')'))) : null,
    upload);
}

function tracingSection(tracing) {
  return el('section', { 'aria-labelledby': 'tracing' }, el('h2', { id: 'tracing' }, t('record.tracing')),
    tracing.length ? el('ul', {}, tracing.map((r) => el('li', {}, r.stateCode + ' – ' + date(r.sentOn) + ' – ',
      r.open ? el('span', { className: 'status OPEN' }, term('OPEN')) : el('span', { className: 'status' }, r.outcome || 'closed'),
      r.responseSummary ? ' – ' + r.responseSummary : ''))) : el('p', {}, t('record.none')));
}

function chainsSection(chains) {
  return el('section', { 'aria-labelledby': 'chains' }, el('h2', { id: 'chains' }, t('record.chains')),
    el('ul', {}, chains.map((c) => el('li', {}, el('a', { className: 'chain-link', href: '/supply-chains/' + c.id }, t('chain.title', { id: c.id.substring(0, 8) })),
      ': ' + t('record.chainExtent', { items: c.items, seizures: c.seizures, countries: c.countries.join(', ') })
      + (c.regimes.length ? ' · ' + c.regimes.join(', ') : '')))));
}

function findingsSection(findings) {
  return el('section', { 'aria-labelledby': 'findings' }, el('h2', { id: 'findings' }, t('record.findings')),
    findings.length ? null : el('p', {}, t('record.none')),
    findings.map((f) => {
      const box = el('article', { className: 'card finding', 'data-finding': f.id },
        el('h3', {}, f.rule + ' · ' + f.regimeCode + ' ', el('span', { className: 'status ' + f.status }, f.label || f.status)),
        el('p', {}, f.explanation),
        f.rule === 'COMMON_SUPPLY_CHAIN' && f.subject ? el('p', {}, el('a', { className: 'chain-link', href: '/supply-chains/' + f.subject }, t('record.chain'))) : null,
        el('p', { className: 'meta' }, t('record.citation') + ': ' + f.citation + (f.confidence ? ' · ' + f.confidence : '')));
      if (f.status === 'OPEN') {
        const reason = el('textarea', { id: 'reason-' + f.id, rows: 2, cols: 50, required: true });
        const decide = (decision) => async () => {
          if (!reason.value.trim()) { reason.focus(); return; }
          try {
            await api('/api/embargo/findings/' + f.id + '/decision', { method: 'POST', headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify({ decision, reason: reason.value.trim(), version: f.version }) });
            announce(t('record.decided'));
            show();
          } catch (error) {
            showError(error, box);
          }
        };
        box.append(el('div', { className: 'no-print' }, el('label', { for: 'reason-' + f.id }, t('record.reason')), reason,
          el('div', { className: 'toolbar' }, el('button', { type: 'button', className: 'confirm', onclick: decide('CONFIRM') }, t('record.confirm')),
            el('button', { type: 'button', className: 'secondary dismiss', onclick: decide('DISMISS') }, t('record.dismiss')))));
      }
      return box;
    }));
}

show();
