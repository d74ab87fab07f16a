import { describe, expect, it } from 'vitest';
import { readConfirmed, readGranted } from '../../../../renderer/db/sync/keptRows';

describe('what the team connection kept in meta, read back', () => {
  it('reads what the connection wrote', () => {
    expect(readGranted(JSON.stringify(['a', 'b']))).toEqual(['a', 'b']);
    expect(readConfirmed(JSON.stringify([...new Map([[12, 3], [40, 0]])]))).toEqual(new Map([[12, 3], [40, 0]]));
  });

  it('takes a missing, truncated or foreign row for no row at all, instead of failing the connection', () => {
    for (const value of [undefined, '', '["a", "b"', '{"a":1}', '[1, 2]', 'null']) expect(readGranted(value)).toBeUndefined();
    for (const value of [undefined, '', '[[12, 3], [40', '[[12]]', '[["12", 3]]', '[[1.5, 2]]', '[[1, -1]]', '{}']) expect(readConfirmed(value)).toBeUndefined();
  });
});
