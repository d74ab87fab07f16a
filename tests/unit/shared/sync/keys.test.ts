import { describe, expect, it } from 'vitest';
import { keyedId } from '@shared/sync/keys';

describe('keyedId', () => {
  it('is the same id for the same table and key on every call, and another for any other', () => {
    const id = keyedId('occurrences', '0190b0f2-7c1e-7000-8000-000000000001', '2027-01-14T08:00:00.000Z');
    expect(id).toBe(keyedId('occurrences', '0190b0f2-7c1e-7000-8000-000000000001', '2027-01-14T08:00:00.000Z'));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const others = [
      keyedId('occurrences', '0190b0f2-7c1e-7000-8000-000000000001', '2027-01-21T08:00:00.000Z'),
      keyedId('occurrences', '0190b0f2-7c1e-7000-8000-000000000002', '2027-01-14T08:00:00.000Z'),
      keyedId('meetingPreps', '0190b0f2-7c1e-7000-8000-000000000001', '2027-01-14T08:00:00.000Z'),
      // The parts are kept apart: moving a character from one to the next is another key.
      keyedId('occurrences', '0190b0f2-7c1e-7000-8000-0000000000012', '027-01-14T08:00:00.000Z'),
    ];
    expect(new Set([id, ...others]).size).toBe(5);
  });

  it('is pinned: a machine on another version of the app makes the same id for the same key', () => {
    expect(keyedId('occurrences', 'c1', '2027-01-14T08:00:00.000Z')).toBe('db919a3f-435d-8fb4-97e7-f7f579a2e873');
  });
});
