// The capture queue: each seizure recorded on this device is kept in IndexedDB (with its photos) under its
// Idempotency-Key until the platform has it, so that nothing typed offline is lost when the page, the browser or the
// phone restarts, and nothing is stored twice however often a send is retried. Sent when the link returns: at once,
// when the browser says it is online again, and at each visit.
import { openDB } from './vendor/idb/build/index.js';
import { uploadEvidence } from './uploads.js';
import { SCRIPT_REQUEST, sessionEnded } from './app.js';

const database = openDB('embargo-monitor-capture', 1, {
  upgrade(db) { db.createObjectStore('outbox', { keyPath: 'key' }); },
});

/**
 * Keeps a seizure and its files to be sent; resolves once they are on the device. Each photo says which item it shows
 * (its place in the seizure's items, as their ids are known only once the seizure is stored) and what it shows.
 */
export async function enqueue(key, seizure, photos) {
  const entry = { key, seizure, createdAt: Date.now(), state: 'waiting', problem: null, seizureId: null, itemIds: [],
    files: photos.map(({ file, itemIndex, shows, description }, index) => ({ key: key + '-file-' + index, name: file.name,
      type: file.type, lastModified: file.lastModified, blob: file, itemIndex, shows, description, sent: false })) };
  await (await database).put('outbox', entry);
  return entry;
}

/** What the queue holds, oldest first. */
export async function entries() {
  return (await (await database).getAll('outbox')).sort((a, b) => a.createdAt - b.createdAt);
}

export async function remove(key) {
  await (await database).delete('outbox', key);
}

async function save(entry) {
  await (await database).put('outbox', entry);
}

/**
 * Sends what waits, one entry at a time (one tab at a time where the browser has Web Locks); {@code changed} is told
 * of each change of state or progress. An entry the platform refused stays, with the problem, until it is fixed or
 * removed; one that could not reach the platform waits for the next try.
 */
export async function sendAll(changed = () => {}) {
  const run = async () => {
    for (const entry of await entries()) {
      if (entry.state === 'waiting' || entry.state === 'sending') await send(entry, changed);
    }
  };
  return navigator.locks ? navigator.locks.request('embargo-monitor-capture', run) : run();
}

async function send(entry, changed) {
  entry.state = 'sending';
  entry.problem = null;
  await save(entry);
  changed(entry);
  try {
    if (!entry.seizureId) {
      const response = await fetch('/api/seizures', { method: 'POST', credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': entry.key, ...SCRIPT_REQUEST },
        body: JSON.stringify(entry.seizure) });
      if (!response.ok) {
        await settle(entry, response);
        changed(entry);
        return;
      }
      const stored = await response.json();
      entry.seizureId = stored.id;
      entry.itemIds = stored.items.slice().sort((a, b) => a.position - b.position).map((item) => item.id);
      await save(entry);
    }
    for (const file of entry.files.filter((f) => !f.sent)) {
      const progress = { set(percent) { file.percent = percent; changed(entry); } };
      await uploadEvidence(entry.seizureId, new File([file.blob], file.name, { type: file.type, lastModified: file.lastModified }),
        { key: file.key, progress, itemId: file.itemIndex == null ? null : entry.itemIds[file.itemIndex], description: file.description });
      file.sent = true;
      await save(entry);
    }
    entry.state = 'sent';
    entry.sentAt = Date.now();
  } catch (notSent) {
    // no answer (offline, the link dropped) or the session ended: the next try goes on where this one stopped
    entry.state = 'waiting';
    entry.problem = notSent.message;
    entry.signedOut = sessionEnded(notSent.status);
  }
  await save(entry);
  changed(entry);
}

/** A refusal: the platform's problem is kept to be fixed; an ended session or a busy platform only waits. */
async function settle(entry, response) {
  let detail = response.statusText;
  try {
    const problem = await response.json();
    detail = problem.detail || problem.title || detail;
    if (problem.errors && problem.errors.length) detail += ' (' + problem.errors.map((e) => e.field + ': ' + e.message).join('; ') + ')';
  } catch (notJson) { /* the status says it */ }
  entry.signedOut = sessionEnded(response.status);
  const worthWaiting = entry.signedOut || response.status === 408 || response.status === 429 || response.status >= 500;
  entry.state = worthWaiting ? 'waiting' : 'refused';
  entry.problem = detail;
  await save(entry);
}
