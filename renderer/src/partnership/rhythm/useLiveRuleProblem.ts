// What is wrong with a custom RRULE while it is typed, not only on submit: the cadence
// schema's own answer for the rule (its text, then with the start and zone), a moment
// after typing pauses, so the preview never presents an invalid rule as a rhythm.
import { useEffect, useMemo, useState } from 'react';
import { cadenceInputSchema, validate } from '@shared/domain';
import type { CadenceDraft } from './cadenceDraft';
import { cadenceInputFrom } from './cadenceDraft';

/** Long enough not to flash a message at each key, short enough to answer before the user looks up. */
export const RULE_CHECK_DELAY_MS = 250;

export interface LiveRuleCheck {
  /** The reason the rule is refused, once typing has paused; undefined when it is fine or not custom. */
  readonly problem?: string;
  /** True while the latest rule has not been checked yet. */
  readonly isPending: boolean;
  /** True when the rule on screen is custom and has been checked: `problem` is its whole answer. */
  readonly isChecked: boolean;
}

export function useLiveRuleProblem(draft: CadenceDraft, partnershipId: string): LiveRuleCheck {
  const isCustom = draft.mode === 'fixed' && draft.preset === 'custom' && draft.customRrule.trim() !== '';
  const key = isCustom ? JSON.stringify([draft.customRrule, draft.startDate, draft.startTime, draft.zone]) : '';
  const [checkedKey, setCheckedKey] = useState(key);
  useEffect(() => {
    const timer = setTimeout(() => setCheckedKey(key), RULE_CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [key]);
  const isCurrent = checkedKey === key;
  const problem = useMemo(() => {
    if (!isCustom || !isCurrent) return undefined;
    const checked = validate(cadenceInputSchema, cadenceInputFrom(draft, partnershipId).input);
    return checked.ok ? undefined : checked.errors.rrule;
    // Only what the key holds matters: the rule, the start and the zone.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key names every input the check reads
  }, [isCustom, isCurrent, key, partnershipId]);
  return { problem, isPending: isCustom && !isCurrent, isChecked: isCustom && isCurrent };
}
