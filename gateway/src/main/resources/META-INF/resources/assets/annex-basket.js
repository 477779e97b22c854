// The records a panel expert chose for an annex, in order, kept on this device until the annex is written.
const KEY = 'annex';

export const chosen = () => JSON.parse(localStorage.getItem(KEY) || '[]');
export const save = (records) => localStorage.setItem(KEY, JSON.stringify(records));
export const has = (id) => chosen().some((r) => r.id === id);

export function toggle(record) {
  save(has(record.id) ? chosen().filter((r) => r.id !== record.id) : [...chosen(), { id: record.id, reference: record.reference }]);
}
