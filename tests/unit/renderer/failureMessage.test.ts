import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { STORAGE_FULL_MESSAGE, failureMessage, isStorageFull, messageOf } from '../../../renderer/src/components/failureMessage';

const quotaDom = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('a full disk is said in words, wherever a write fails (issue 11)', () => {
  it('recognises the DOMException, Dexie’s QuotaExceededError, and a quota error inside an abort or a bulk failure', () => {
    expect(isStorageFull(quotaDom())).toBe(true);
    expect(isStorageFull(new Dexie.QuotaExceededError('Quota exceeded'))).toBe(true);
    expect(isStorageFull(new Dexie.AbortError('Transaction aborted', quotaDom()))).toBe(true);
    expect(isStorageFull(new Dexie.BulkError('1 of 3 operations failed', [quotaDom()]))).toBe(true);
    expect(isStorageFull({ name: 'Error', message: 'x', cause: quotaDom() })).toBe(true);
    expect(isStorageFull(new Error('backup:write: ENOSPC: no space left on device, write'))).toBe(true);
  });

  it('leaves every other failure alone, even one that merely mentions quota', () => {
    expect(isStorageFull(new Error('Quota of partnerships reached'))).toBe(false);
    expect(isStorageFull(new Dexie.ConstraintError('Key already exists'))).toBe(false);
    expect(isStorageFull(new Dexie.AbortError('Transaction aborted'))).toBe(false);
    expect(isStorageFull('QuotaExceededError')).toBe(false);
    expect(isStorageFull(null)).toBe(false);
  });

  it('gives the one sentence instead of "QuotaExceededError", with no prefix in front of it', () => {
    expect(STORAGE_FULL_MESSAGE).toBe('Steward could not save because the disk is full. Nothing was lost — free some space and try again.');
    expect(messageOf(new Dexie.QuotaExceededError('QuotaExceededError'))).toBe(STORAGE_FULL_MESSAGE);
    expect(failureMessage('Could not save', quotaDom())).toBe(STORAGE_FULL_MESSAGE);
    expect(failureMessage('Could not save', new Error('Network down'))).toBe('Could not save: Network down');
    expect(messageOf('plain text')).toBe('plain text');
  });
});
