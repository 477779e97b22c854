// Evidence sent as resumable uploads (tus, with tus-js-client): a photo cut off by the link resumes from the last byte
// the platform holds, on the next try or after the page was closed and opened again (tus-js-client keeps the upload's
// address in localStorage, under the file's name, type, size and date). The original file is sent as it is: never
// re-encoded, for the file and its EXIF are the evidence.
import { t, el, bar, SCRIPT_REQUEST, sessionEnded } from './app.js';

const RETRY_DELAYS = [0, 1000, 3000, 5000, 10000, 20000, 30000, 60000];
const PIECE_BYTES = 5 * 1024 * 1024;

/** A progress bar for one file, for the page to show while it is sent. */
export function progressOf(file) {
  const filled = bar(0);
  const node = el('div', { className: 'progress', role: 'progressbar', 'aria-label': t('upload.progress', { file: file.name }),
    'aria-valuenow': 0, 'aria-valuemin': 0, 'aria-valuemax': 100 }, filled);
  return { node, set(percent) { node.setAttribute('aria-valuenow', percent); filled.style.width = percent + '%'; } };
}

/**
 * Sends a file to the seizure's evidence and resolves once it is stored as evidence; {@code key} (an
 * Idempotency-Key kept for this file) makes a creation retried after a lost answer find the same upload.
 */
export function uploadEvidence(seizureId, file, { key, itemId, description, progress } = {}) {
  return new Promise((resolve, reject) => {
    const metadata = { filename: file.name, filetype: file.type || 'application/octet-stream' };
    if (itemId) metadata.itemId = itemId;
    if (description) metadata.description = description;
    const upload = new tus.Upload(file, {
      endpoint: '/api/seizures/' + seizureId + '/evidence/uploads',
      retryDelays: RETRY_DELAYS,
      chunkSize: PIECE_BYTES,
      metadata,
      removeFingerprintOnSuccess: true,
      headers: SCRIPT_REQUEST,
      onBeforeRequest: (request) => { if (key && request.getMethod() === 'POST') request.setHeader('Idempotency-Key', key); },
      onProgress: (sent, total) => progress?.set(total ? Math.floor(sent * 100 / total) : 0),
      onSuccess: () => resolve(upload.url),
      onError: (error) => reject(failure(file, error)),
    });
    upload.findPreviousUploads().then((previous) => {
      if (previous.length) upload.resumeFromPreviousUpload(previous[0]);
      upload.start();
    }, reject);
  });
}

/** Why the file was not stored, with the platform's status when it answered. */
function failure(file, error) {
  const status = error.originalResponse?.getStatus();
  const failed = new Error(sessionEnded(status) ? t('sessionEnded') : t('upload.failed', { file: file.name, detail: problemOf(error) }));
  failed.status = status;
  return failed;
}

/** The platform's own words when it refused the file (415: not a photo or document), else the error's. */
function problemOf(error) {
  try {
    const problem = JSON.parse(error.originalResponse?.getBody() || '');
    return problem.detail || error.message;
  } catch (notJson) {
    return error.message;
  }
}
