// Short, human descriptions of a change for the activity log
// ("Status: active → at risk; renewal date changed").

const MAX_VALUE_LENGTH = 40;
const IGNORED = new Set(['id', 'createdAt', 'updatedAt', 'deletedAt', 'partnershipId']);

function show(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(show).join(', ');
  if (typeof value === 'object') return '…';
  const text = String(value);
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
}

function isScalar(value: unknown): boolean {
  return value === undefined || value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

/** Turns camelCase field names into words: "termEndsOn" → "term ends on". */
export function fieldLabel(field: string): string {
  return field.replace(/([A-Z])/g, ' $1').toLowerCase();
}

/** Names each field that differs; short scalar values are shown before → after. */
export function describeChange(before: Readonly<Record<string, unknown>>, after: Readonly<Record<string, unknown>>): string {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => !IGNORED.has(f));
  const parts: string[] = [];
  for (const field of fields) {
    const a = before[field];
    const b = after[field];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    const label = fieldLabel(field);
    const isShort = isScalar(a) && isScalar(b) && String(a ?? '').length <= MAX_VALUE_LENGTH && String(b ?? '').length <= MAX_VALUE_LENGTH;
    parts.push(isShort ? `${label}: ${show(a)} → ${show(b)}` : `${label} changed`);
  }
  return parts.length === 0 ? 'No changes' : parts.join('; ');
}
