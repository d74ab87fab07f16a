// Records the domain keeps unique by a key — one occurrence record per cadence and planned
// instant — get an id made from that key, so two machines that each create "the same" record
// while offline create one record, not two: the documents then hold it under one id and merge
// it as one record (field by field where both documents agree on the map; a map two machines
// both created is one machine's whole, the same on every machine), where two random ids would
// leave two records for one key on every machine.
import type { SyncedTable } from './fields';

const MASK = (1n << 64n) - 1n;
const PRIME = 0x100000001b3n;

/** FNV-1a over the string's UTF-16 code units, 64 bits, from `basis`: the same on every machine. */
function fnv1a(text: string, basis: bigint): bigint {
  let hash = basis;
  for (let i = 0; i < text.length; i += 1) hash = ((hash ^ BigInt(text.charCodeAt(i))) * PRIME) & MASK;
  return hash;
}

/**
 * The id of the record of `table` unique by these key parts: a UUID of version 8 (RFC 9562's
 * custom layout) from two 64-bit hashes of the table and the key, so it looks like every other id.
 */
export function keyedId(table: SyncedTable, ...key: readonly string[]): string {
  const text = JSON.stringify([table, ...key]);
  const hex = (fnv1a(text, 0xcbf29ce484222325n).toString(16).padStart(16, '0') + fnv1a(text, 0x84222325cbf29ce4n).toString(16).padStart(16, '0')).split('');
  hex[12] = '8'; // the version
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16); // the RFC 9562 variant
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
