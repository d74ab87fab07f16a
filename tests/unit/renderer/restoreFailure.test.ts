// How the restore screen words a restore that did not happen: a refusal for the team's sake
// (RestoreRefusedError) in its own words, anything else as a failure.
import { describe, expect, it } from 'vitest';
import { RestoreRefusedError } from '../../../renderer/db/teamRestore';
import { restoreFailure } from '../../../renderer/src/backups/restoreActions';

describe('restoreFailure', () => {
  it('gives a refusal its own message, saying nothing changed', () => {
    expect(restoreFailure(new RestoreRefusedError('The team server has not said yet which partnerships you own: connect to it, then try again.'))).toEqual({
      isRefusal: true,
      text: 'Not restored: The team server has not said yet which partnerships you own: connect to it, then try again. Nothing was changed.',
    });
  });

  it('words any other error as a failure', () => {
    expect(restoreFailure(new Error('disk on fire'))).toEqual({ isRefusal: false, text: 'Nothing was restored: disk on fire' });
  });
});
