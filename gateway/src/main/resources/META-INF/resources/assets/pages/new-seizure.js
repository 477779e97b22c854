import { t, el, main, show, caller, announce, term, newKey } from '../app.js';
import { progressOf } from '../uploads.js';
import { enqueue, entries, sendAll, remove } from '../queue.js';

const CATEGORIES = ['ASSAULT_RIFLE', 'RIFLE_CARBINE', 'PISTOL_REVOLVER', 'SHOTGUN', 'SUB_MACHINE_GUN', 'LIGHT_MACHINE_GUN', 'HEAVY_MACHINE_GUN',
  'GRENADE_LAUNCHER', 'ROCKET_LAUNCHER', 'MORTAR', 'MANPADS', 'ATGW', 'AMMUNITION', 'EXPLOSIVE', 'IED_COMPONENT', 'UAV', 'OTHER'];
const MARKS = ['', 'INTACT', 'PARTLY_OBLITERATED', 'OBLITERATED', 'ABSENT'];
const HOLDER_KINDS = ['', 'ARMED_GROUP', 'INDIVIDUAL', 'GOVERNMENT_FORCES', 'REGIONAL_FORCES', 'FOREIGN_FORCES', 'PEACE_OPERATION', 'PRIVATE_SECURITY', 'UNKNOWN'];
const options = (values, selected) => values.map((v) => el('option', { value: v, selected: v === selected }, v ? term(v) : '–'));
const field = (id, label, input) => el('div', {}, el('label', { for: id }, t(label)), input);
const SHOWS = ['object', 'serial', 'headstamp', 'packaging', 'otherMark', 'document'];
let key = newKey();
let editing = null;
/** The files chosen for the seizure, each with the item it shows (its place in the form) and what it shows. */
let chosen = [];
const photoList = el('ul', { id: 'photo-list', className: 'photo-list' });

function choosePhotos(files) {
  chosen = [...chosen.filter((c) => c.kept), ...[...files].map((file) => ({ file, item: '', shows: 'object' }))];
  drawPhotos();
}

/** Each file as it will be sent, never re-encoded: a thumbnail of photos, and which item it shows and what of it. */
function drawPhotos() {
  const itemCount = itemsBox.children.length;
  photoList.replaceChildren(...chosen.map((choice, i) => el('li', {},
    choice.file.type.startsWith('image/') ? el('img', { className: 'thumb', src: (choice.thumbnail ??= URL.createObjectURL(choice.file)), alt: choice.file.name }) : null,
    el('span', { className: 'file-name' }, choice.file.name),
    field('photo-item-' + i, 'photo.item', el('select', { id: 'photo-item-' + i, onchange: (e) => { choice.item = e.target.value; } },
      el('option', { value: '' }, t('photo.whole')),
      [...Array(itemCount).keys()].map((n) => el('option', { value: String(n), selected: choice.item === String(n) }, t('photo.itemN', { n: n + 1 }))))),
    field('photo-shows-' + i, 'photo.shows', el('select', { id: 'photo-shows-' + i, onchange: (e) => { choice.shows = e.target.value; } },
      SHOWS.map((what) => el('option', { value: what, selected: choice.shows === what }, t('photo.shows.' + what))))))));
}

const itemsBox = el('div', { id: 'items' });
function addItem() {
  const n = itemsBox.children.length;
  const row = el('fieldset', { className: 'item-row' }, el('legend', {}, t('photo.itemN', { n: n + 1 })),
    field('item-category-' + n, 'col.category', el('select', { id: 'item-category-' + n, name: 'category' }, options(CATEGORIES))),
    field('item-make-' + n, 'col.make', el('input', { id: 'item-make-' + n, name: 'make', size: 14 })),
    field('item-model-' + n, 'col.model', el('input', { id: 'item-model-' + n, name: 'model', size: 10 })),
    field('item-serial-' + n, 'col.serial', el('input', { id: 'item-serial-' + n, name: 'serialNumber', size: 14 })),
    field('item-lot-' + n, 'col.lot', el('input', { id: 'item-lot-' + n, name: 'lotNumber', size: 10 })),
    field('item-quantity-' + n, 'col.quantity', el('input', { id: 'item-quantity-' + n, name: 'quantity', type: 'number', min: 1, value: 1 })),
    field('item-marks-' + n, 'col.marks', el('select', { id: 'item-marks-' + n, name: 'markingState' }, options(MARKS))),
    el('button', { type: 'button', className: 'secondary', onclick: () => { row.remove(); drawPhotos(); } }, t('new.removeItem')));
  itemsBox.append(row);
  drawPhotos();
}

const operations = caller.operations.length ? el('select', { id: 'operation', required: true }, options(caller.operations))
  : el('input', { id: 'operation', required: true, size: 12 });
const now = new Date(Date.now() - new Date().getTimezoneOffset() * 60000).toISOString().slice(0, 16);
const form = el('form', { id: 'seizure-form', novalidate: false, onsubmit: submit },
  el('section', {}, el('div', { className: 'grid' },
    field('reference', 'new.reference', el('input', { id: 'reference', required: true, maxlength: 100 })),
    field('operation', 'new.operation', operations),
    field('reportingUnit', 'new.unit', el('input', { id: 'reportingUnit', required: true })),
    field('occurredAt', 'new.date', el('input', { id: 'occurredAt', type: 'datetime-local', required: true, value: now, max: now })),
    field('countryCode', 'new.country', el('input', { id: 'countryCode', required: true, pattern: '[A-Z]{3}', maxlength: 3, size: 4 })),
    field('placeName', 'new.place', el('input', { id: 'placeName' })),
    field('latitude', 'new.latitude', el('input', { id: 'latitude', type: 'number', step: 'any', min: -90, max: 90 })),
    field('longitude', 'new.longitude', el('input', { id: 'longitude', type: 'number', step: 'any', min: -180, max: 180 })),
    field('locationType', 'new.locationType', el('select', { id: 'locationType' }, options(['', 'BORDER', 'INLAND', 'MARITIME']))),
    field('circumstance', 'new.circumstance', el('select', { id: 'circumstance', required: true }, options(['SEIZED', 'FOUND', 'SURRENDERED', 'CAPTURED']))),
    field('possessorKind', 'new.possessorKind', el('select', { id: 'possessorKind' }, options(HOLDER_KINDS))),
    field('possessorDescription', 'new.possessorDescription', el('input', { id: 'possessorDescription' })),
    field('actingFor', 'new.actingFor', el('input', { id: 'actingFor' })),
    field('destinationCountry', 'new.destinationCountry', el('input', { id: 'destinationCountry', size: 4, maxlength: 3, pattern: '[A-Z]{3}' })),
    field('destinationRecipient', 'new.destinationRecipient', el('input', { id: 'destinationRecipient' })),
    field('destinationRecipientKind', 'new.destinationRecipientKind', el('select', { id: 'destinationRecipientKind' }, options(HOLDER_KINDS))),
    field('destinationBasis', 'new.destinationBasis', el('input', { id: 'destinationBasis' }))),
  el('button', { type: 'button', className: 'secondary', onclick: useLocation }, t('new.useLocation')),
  field('narrative', 'new.narrative', el('textarea', { id: 'narrative', rows: 4, cols: 60 }))),
  el('section', {}, el('h2', {}, t('new.items')), itemsBox, el('button', { type: 'button', className: 'secondary', onclick: addItem }, t('new.addItem'))),
  el('section', {}, field('photos', 'new.photos', el('input', { id: 'photos', type: 'file', multiple: true,
    accept: 'image/*,video/*,.pdf,.doc,.docx,.odt,.txt', onchange: (event) => choosePhotos(event.target.files) })), photoList),
  el('button', { id: 'submit', type: 'submit' }, t('new.submit')));
const outbox = el('section', { id: 'outbox', 'aria-labelledby': 'outbox-title', hidden: true });
main(el('h1', {}, t('new.title')), outbox, form);
addItem();

function useLocation() {
  navigator.geolocation?.getCurrentPosition((p) => {
    document.getElementById('latitude').value = p.coords.latitude.toFixed(5);
    document.getElementById('longitude').value = p.coords.longitude.toFixed(5);
  });
}

const value = (id) => document.getElementById(id).value.trim() || null;

/** The form as the API takes it. */
function seizureOfForm() {
  const items = [...itemsBox.children].map((row) => {
    const item = {};
    row.querySelectorAll('input, select').forEach((input) => { if (input.value.trim()) item[input.name] = input.value.trim(); });
    item.quantity = Number(item.quantity || 1);
    return item;
  });
  return { reference: value('reference'), operation: value('operation'), reportingUnit: value('reportingUnit'),
    occurredAt: new Date(value('occurredAt')).toISOString(), countryCode: value('countryCode'), placeName: value('placeName'),
    latitude: value('latitude') === null ? null : Number(value('latitude')), longitude: value('longitude') === null ? null : Number(value('longitude')),
    locationType: value('locationType'), circumstance: value('circumstance'), narrative: value('narrative'), items,
    possessor: value('possessorKind') ? { kind: value('possessorKind'), description: value('possessorDescription'), actingFor: value('actingFor') } : null,
    destination: value('destinationCountry') || value('destinationRecipient') || value('destinationRecipientKind') || value('destinationBasis')
      ? { countryCode: value('destinationCountry'), recipient: value('destinationRecipient'), recipientKind: value('destinationRecipientKind'),
        basis: value('destinationBasis') } : null };
}

/** A refused seizure back in the form, to be fixed; its photos stay with it. */
function edit(entry) {
  const s = entry.seizure;
  const set = (id, v) => { document.getElementById(id).value = v ?? ''; };
  ['reference', 'operation', 'reportingUnit', 'countryCode', 'placeName', 'latitude', 'longitude', 'locationType', 'circumstance', 'narrative']
    .forEach((id) => set(id, s[id]));
  const at = new Date(s.occurredAt);
  set('occurredAt', new Date(at.getTime() - at.getTimezoneOffset() * 60000).toISOString().slice(0, 16));
  set('possessorKind', s.possessor?.kind); set('possessorDescription', s.possessor?.description); set('actingFor', s.possessor?.actingFor);
  set('destinationCountry', s.destination?.countryCode); set('destinationRecipient', s.destination?.recipient);
  set('destinationRecipientKind', s.destination?.recipientKind); set('destinationBasis', s.destination?.basis);
  itemsBox.replaceChildren();
  (s.items.length ? s.items : [{}]).forEach((item) => {
    addItem();
    itemsBox.lastElementChild.querySelectorAll('input, select').forEach((input) => { if (item[input.name] !== undefined) input.value = item[input.name]; });
  });
  editing = entry;
  chosen = entry.files.map((f) => ({ file: new File([f.blob], f.name, { type: f.type, lastModified: f.lastModified }),
    item: f.itemIndex == null ? '' : String(f.itemIndex), shows: f.shows || 'object', kept: true }));
  drawPhotos();
  form.scrollIntoView();
  document.getElementById('reference').focus();
}

async function submit(event) {
  event.preventDefault();
  const photos = chosen.map((c) => ({ file: c.file, itemIndex: c.item === '' ? null : Number(c.item), shows: c.shows,
    description: c.shows === 'object' ? null : t('photo.shows.' + c.shows) }));
  if (editing) {
    await remove(editing.key);
    editing = null;
  }
  const entry = await enqueue(key, seizureOfForm(), photos);
  key = newKey();
  form.reset();
  chosen = [];
  itemsBox.replaceChildren();
  addItem();
  announce(t('queue.kept'));
  navigator.serviceWorker?.ready.then((registration) => registration.sync?.register('capture-queue')).catch(() => null);
  await send();
  const sent = (await entries()).find((e) => e.key === entry.key);
  if (sent && sent.state === 'sent') {
    announce(t('new.saved'));
    location.href = '/records/' + sent.seizureId;
  }
}

const send = () => sendAll(drawQueue).catch(() => null).then(() => drawQueue());

/** The queue as stored, with the entry being sent as it stands in memory (its files' progress is not stored). */
async function drawQueue(live) {
  const all = (await entries()).map((entry) => (live && live.key === entry.key ? live : entry));
  outbox.hidden = !all.length;
  show(outbox, el('h2', { id: 'outbox-title' }, t('queue.title')), el('ul', { className: 'queue' }, all.map(queued)));
}

function queued(entry) {
  const sentFiles = entry.files.filter((f) => f.sent).length;
  return el('li', { 'data-key': entry.key, 'data-state': entry.state },
    el('strong', {}, entry.seizure.reference), ' ',
    el('span', { className: 'status ' + entry.state.toUpperCase() }, t('queue.' + entry.state)),
    entry.files.length ? ' · ' + t('queue.files', { sent: sentFiles, total: entry.files.length }) : '',
    entry.state === 'sending' ? entry.files.filter((f) => !f.sent).map((f) => {
      const bar = progressOf(f);
      bar.set(f.percent || 0);
      return bar.node;
    }) : null,
    entry.state === 'sent' ? [' · ', el('a', { href: '/records/' + entry.seizureId }, t('queue.open'))] : null,
    entry.state === 'waiting' && entry.signedOut ? el('p', { className: 'sign-in' }, el('a', { href: '/seizures/new' }, t('queue.signIn'))) : null,
    entry.state === 'waiting' && entry.problem && !entry.signedOut ? el('p', { className: 'meta' }, t('queue.retry')) : null,
    entry.state === 'refused' ? [el('p', { className: 'error', role: 'alert' }, entry.problem),
      el('button', { type: 'button', onclick: () => edit(entry) }, t('queue.edit')), ' ',
      el('button', { type: 'button', className: 'secondary', onclick: () => remove(entry.key).then(() => drawQueue()) }, t('queue.remove'))] : null,
    entry.state === 'sent' ? [' ', el('button', { type: 'button', className: 'secondary', onclick: () => remove(entry.key).then(() => drawQueue()) },
      t('queue.remove'))] : null);
}

window.addEventListener('online', send);
navigator.serviceWorker?.addEventListener('message', (event) => { if (event.data === 'send-queue') send(); });
setInterval(() => { if (navigator.onLine) send(); }, 30000);
drawQueue().then(send);
