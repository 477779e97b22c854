import { t, el, main, api, allPages, has, announce, showError, worldMap, drawFlows, date, term, newKey, SCRIPT_REQUEST } from '../app.js';
import { uploadEvidence, progressOf } from '../uploads.js';
import * as annex from '../annex-basket.js';

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
  const [evidence, similar, tracing, letters, findings, chains, check] = await Promise.all([
    api('/api/seizures/' + id + '/evidence').catch(() => []),
    api('/api/seizures/' + id + '/evidence/similar').catch(() => []),
    api('/api/seizures/' + id + '/tracing-requests').catch(() => []),
    reviewer ? api('/api/seizures/' + id + '/tracing-letters').catch(() => []) : Promise.resolve(null),
    reviewer ? allPages('/api/embargo/findings?seizureId=' + id).catch(() => []) : Promise.resolve(null),
    reviewer ? api('/api/embargo/supply-chains?seizureId=' + id).catch(() => []) : Promise.resolve(null),
    api('/api/embargo/checks/' + id + '?version=' + seizure.version).catch(() => null)]);
  const mapBox = el('div', { className: 'map', role: 'region', 'aria-label': seizure.placeName || 'map' });
  main(
    el('h1', {}, seizure.reference),
    reviewer ? annexButton(seizure) : null,
    el('section', {},
      el('p', { className: 'meta' }, [seizure.operation, seizure.reportingUnit, seizure.countryCode, seizure.adminArea, seizure.placeName,
        date(seizure.occurredAt), term(seizure.circumstance), term(seizure.locationType)].filter(Boolean).join(' · ')),
      seizure.possessor ? el('p', {}, el('strong', {}, t('record.possessor') + ': '),
        [term(seizure.possessor.kind), seizure.possessor.description, seizure.possessor.designatedPartyRef].filter(Boolean).join(' – ')) : null,
      seizure.narrative ? el('p', {}, el('strong', {}, t('record.narrative') + ': '), seizure.narrative) : null,
      check ? el('p', { className: 'check-' + check.status.toLowerCase() }, el('strong', {}, t('record.check') + ': '),
        check.status === 'DONE' ? t('record.checkDone') + (check.checkedAt ? ' (' + date(check.checkedAt) + ')' : '') : t('record.checkPending')) : null),
    items(seizure),
    evidenceSection(seizure, evidence, similar),
    tracingSection(seizure, tracing, letters),
    chains && chains.length ? chainsSection(chains) : null,
    findings ? findingsSection(findings) : null,
    seizure.latitude != null ? el('section', {}, mapBox) : null);
  if (seizure.latitude != null) {
    const map = await worldMap(mapBox, [{ latitude: seizure.latitude, longitude: seizure.longitude, popup: seizure.placeName || seizure.reference }]);
    await drawFlows(map, flowsOf(seizure, tracing));
  }
}

/** The record's own flow lines: from its items' countries of manufacture and the points of diversion tracing established. */
function flowsOf(seizure, tracing) {
  const lines = new Map();
  const add = (kind, fromCountry, items) => {
    const key = kind + fromCountry;
    const line = lines.get(key) || { kind, fromCountry, toCountry: seizure.countryCode, toLatitude: seizure.latitude, toLongitude: seizure.longitude, items: 0 };
    line.items += items;
    lines.set(key, line);
  };
  seizure.items.filter((item) => item.countryOfManufacture).forEach((item) => add('MANUFACTURE', item.countryOfManufacture, item.quantity));
  tracing.filter((r) => r.diversionCountry).forEach((r) => add('DIVERSION', r.diversionCountry,
    seizure.items.find((item) => item.id === r.itemId)?.quantity || 1));
  return [...lines.values()];
}

/** Adds the record to the annex being prepared (the Annex page), or takes it out. */
function annexButton(seizure) {
  const button = el('button', { type: 'button', id: 'annex-toggle', className: 'secondary no-print',
    onclick: () => {
      annex.toggle(seizure);
      button.textContent = t(annex.has(seizure.id) ? 'annex.added' : 'annex.add');
    } }, t(annex.has(seizure.id) ? 'annex.added' : 'annex.add'));
  return el('p', {}, button);
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

function evidenceSection(seizure, evidence, similar) {
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
    similar.length ? similarPhotos(evidence, similar) : null,
    upload);
}

/** Photos of other seizures that may be the same picture as one of this seizure's: resized, recompressed or cropped. */
function similarPhotos(evidence, similar) {
  const own = new Map(evidence.map((e) => [e.id, e]));
  return el('div', { id: 'similar-photos' }, el('h3', {}, t('record.similar')), el('p', { className: 'meta' }, t('record.similarIntro')),
    el('ul', { className: 'similar' }, similar.map((m) => el('li', {},
      el('img', { className: 'thumb-small', src: '/api/seizures/' + m.seizureId + '/evidence/' + m.similarEvidenceId + '/content',
        alt: m.description || m.fileName || '', loading: 'lazy' }),
      el('span', {}, (own.get(m.evidenceId)?.fileName || '') + ' ≈ ', el('a', { href: '/records/' + m.seizureId }, m.seizureReference),
        ' (' + m.countryCode + ') · ' + (m.fileName || '') + ' · ' + t('record.distance', { n: m.distance }))))));
}

function tracingSection(seizure, tracing, letters) {
  return el('section', { 'aria-labelledby': 'tracing' }, el('h2', { id: 'tracing' }, t('record.tracing')),
    tracing.length ? el('ul', { id: 'tracing-requests' }, tracing.map((r) => el('li', {}, r.stateCode + ' – ' + date(r.sentOn) + ' – ',
      r.open ? el('span', { className: 'status OPEN' }, term('OPEN')) : el('span', { className: 'status' }, r.outcome || 'closed'),
      r.open ? ' – ' + t('tracing.due', { date: date(r.dueOn) }) : '',
      r.overdue ? [' – ', el('strong', { className: 'warning' }, t('tracing.overdueBy', { n: r.daysOverdue }))] : '',
      r.reminders.length ? ' – ' + t('tracing.reminders', { n: r.reminders.length }) : '',
      r.responseSummary ? ' – ' + r.responseSummary : ''))) : el('p', {}, t('record.none')),
    letters && letters.length ? [el('h3', {}, t('letter.letters')), el('ul', { id: 'tracing-letters' }, letters.map((l) => el('li', {},
      el('a', { href: '/api/seizures/' + id + '/tracing-letters/' + l.id + '/content' }, l.fileName),
      ' – ' + l.stateCode + ' – ' + date(l.sentOn) + ' – ' + l.sentBy)))] : null,
    reviewer && seizure.items.some((item) => item.status !== 'DESTROYED') ? letterForm(seizure) : null);
}

/** The letterhead fields a panel types once and finds again in its next letters (kept on this device). */
const LETTERHEAD = ['panel', 'reference', 'addressee', 'place', 'signatory'];

function letterForm(seizure) {
  let key = newKey();
  const kept = JSON.parse(localStorage.getItem('letterhead') || '{}');
  const outcome = el('div', { id: 'letter-outcome', role: 'status' });
  const input = (name, required) => el('div', {}, el('label', { for: 'letter-' + name }, t('letter.' + name)),
    el('input', { id: 'letter-' + name, name, required, value: kept[name] || '', maxlength: name === 'reference' ? 100 : 300 }));
  const letter = (form) => {
    const data = new FormData(form);
    const letterhead = Object.fromEntries(LETTERHEAD.map((name) => [name, data.get(name) || null]));
    localStorage.setItem('letterhead', JSON.stringify({ ...letterhead, reference: null }));
    return { stateCode: (data.get('stateCode') || '').toUpperCase(), itemIds: data.getAll('itemIds'), language: data.get('language'),
      format: data.get('format'), letterhead };
  };
  const form = el('form', { id: 'letter-form', className: 'letter no-print', onsubmit: async (event) => {
    event.preventDefault();
    const body = letter(event.target);
    if (!body.itemIds.length) { showError(new Error(t('letter.noItems')), outcome); return; }
    try {
      const sent = await api('/api/seizures/' + id + '/tracing-letters', { method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key }, body: JSON.stringify(body) });
      key = newKey();
      announce(t('letter.sent', { n: sent.requests.length, due: date(sent.requests[0].dueOn) }));
      await show();
    } catch (error) {
      showError(error, outcome);
    }
  } },
  el('h3', {}, t('letter.title')),
  el('fieldset', {}, el('legend', {}, t('letter.items')), seizure.items.filter((item) => item.status !== 'DESTROYED').map((item) =>
    el('div', {}, el('input', { type: 'checkbox', id: 'letter-item-' + item.position, name: 'itemIds', value: item.id, checked: true }), ' ',
      el('label', { for: 'letter-item-' + item.position }, [term(item.category), item.make, item.model, item.serialNumber, item.lotNumber].filter(Boolean).join(' · '))))),
  el('div', { className: 'grid' },
    el('div', {}, el('label', { for: 'letter-state' }, t('letter.state')),
      el('input', { id: 'letter-state', name: 'stateCode', required: true, size: 3, maxlength: 3, pattern: '[A-Za-z]{3}' })),
    el('div', {}, el('label', { for: 'letter-language' }, t('letter.language')), el('select', { id: 'letter-language', name: 'language' },
      el('option', { value: 'EN' }, 'English'), el('option', { value: 'FR', selected: document.documentElement.lang === 'fr' }, 'Français'))),
    el('div', {}, el('label', { for: 'letter-format' }, t('letter.format')), el('select', { id: 'letter-format', name: 'format' },
      el('option', { value: 'PDF' }, 'PDF'), el('option', { value: 'DOCX' }, 'Word (DOCX)'))),
    input('panel', true), input('reference', false), input('addressee', true), input('place', false), input('signatory', false)),
  el('button', { type: 'button', id: 'letter-preview', className: 'secondary', onclick: async () => {
    if (!form.reportValidity()) return;
    try {
      const draft = await fetch('/api/seizures/' + id + '/tracing-letters/draft', { method: 'POST', credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', ...SCRIPT_REQUEST }, body: JSON.stringify(letter(form)) });
      if (!draft.ok) throw Object.assign(new Error((await draft.json().catch(() => ({}))).detail || draft.statusText), { status: draft.status });
      const name = (draft.headers.get('Content-Disposition') || '').replace(/.*''/, '');
      const link = el('a', { id: 'letter-draft', href: URL.createObjectURL(await draft.blob()), download: decodeURIComponent(name) }, t('letter.openDraft'));
      outcome.replaceChildren(el('p', {}, t('letter.draftReady', { link: '' }), link));
    } catch (error) {
      showError(error, outcome);
    }
  } }, t('letter.preview')), ' ',
  el('button', { type: 'submit', id: 'letter-send' }, t('letter.send')),
  outcome);
  return form;
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
