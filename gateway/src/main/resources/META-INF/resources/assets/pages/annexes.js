import { t, el, main, api, showError, SCRIPT_REQUEST, language } from '../app.js';
import { chosen, save } from '../annex-basket.js';

const records = el('div', { id: 'annex-records' });
const outcome = el('div', { id: 'annex-outcome', role: 'status' });
const title = el('input', { id: 'annex-heading', required: true, maxlength: 300, size: 60 });
const languageSelect = el('select', { id: 'annex-language' }, el('option', { value: 'EN' }, 'English'),
  el('option', { value: 'FR', selected: language === 'fr' }, 'Français'));
const format = el('select', { id: 'annex-format' }, el('option', { value: 'PDF' }, 'PDF'), el('option', { value: 'DOCX' }, 'Word (DOCX)'));

main(el('h1', {}, t('annex.title')), el('p', {}, t('annex.intro')),
  el('form', { id: 'annex-form', onsubmit: (event) => { event.preventDefault(); write(); } },
    el('div', { className: 'grid' },
      el('div', {}, el('label', { for: 'annex-heading' }, t('annex.heading')), title),
      el('div', {}, el('label', { for: 'annex-language' }, t('annex.language')), languageSelect),
      el('div', {}, el('label', { for: 'annex-format' }, t('annex.format')), format)),
    records,
    el('button', { type: 'submit', id: 'annex-write' }, t('annex.write')),
    outcome));

/** The chosen records, each with its findings to tick. */
async function draw() {
  const list = chosen();
  if (!list.length) {
    records.replaceChildren(el('p', {}, t('annex.none')));
    return;
  }
  const findings = await Promise.all(list.map((r) => api('/api/embargo/findings?seizureId=' + r.id).catch(() => [])));
  records.replaceChildren(el('ol', { className: 'annex-records' }, list.map((record, index) => el('li', {},
    el('a', { href: '/records/' + record.id }, record.reference), ' ',
    index > 0 ? el('button', { type: 'button', className: 'secondary', onclick: () => { move(index); } }, t('annex.up')) : null, ' ',
    el('button', { type: 'button', className: 'secondary', onclick: () => { save(chosen().filter((r) => r.id !== record.id)); draw(); } }, t('annex.remove')),
    el('fieldset', {}, el('legend', {}, t('annex.findings')), findings[index].length ? findings[index].map((f) => el('div', {},
      el('input', { type: 'checkbox', id: 'finding-' + f.id, name: 'findingIds', value: f.id, checked: true }), ' ',
      el('label', { for: 'finding-' + f.id }, f.rule + ' · ' + (f.label || f.status) + ' · ' + (f.citation || '')))) : el('p', {}, t('annex.noFindings')))))));
}

function move(index) {
  const list = chosen();
  [list[index - 1], list[index]] = [list[index], list[index - 1]];
  save(list);
  draw();
}

async function write() {
  const body = { title: title.value, language: languageSelect.value, format: format.value, seizureIds: chosen().map((r) => r.id),
    findingIds: [...document.querySelectorAll('input[name=findingIds]:checked')].map((box) => box.value) };
  if (!body.findingIds.length) delete body.findingIds;
  outcome.replaceChildren(el('p', { className: 'loading' }, t('loading')));
  try {
    const answer = await fetch('/api/seizures/annexes', { method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', ...SCRIPT_REQUEST }, body: JSON.stringify(body) });
    if (!answer.ok) throw new Error((await answer.json().catch(() => ({}))).detail || answer.statusText);
    const name = decodeURIComponent((answer.headers.get('Content-Disposition') || '').replace(/.*''/, ''));
    const link = el('a', { id: 'annex-download', href: URL.createObjectURL(await answer.blob()), download: name }, t('annex.open'));
    outcome.replaceChildren(el('p', {}, t('annex.ready', { link: '' }), link));
  } catch (error) {
    outcome.replaceChildren();
    showError(error, outcome);
  }
}

draw();
