// Answers a "was it held?" item from Attention with the same dialogs as the Cadences tab:
// the partnership, cadence and people are read when it opens, so a ranked row carries none.
import { useEffect } from 'react';
import { useLiveQuery } from '../../db/live';
import type { AttentionItem } from '@shared/attention';
import type { PartnershipId } from '@shared/domain';
import { db } from '../../db/db';
import { useSettings } from '../../db/hooks';
import { getPartnership } from '../../db/queries';
import { listCadences, listStakeholders } from '../../db/workspaceQueries';
import { OccurrenceActionDialog } from '../partnership/rhythm/OccurrenceActionDialog';
import type { SettleKind } from './AttentionActions';

interface Props {
  readonly item: AttentionItem;
  readonly kind: SettleKind;
  readonly onClose: () => void;
}

export function SettleOccurrenceDialog({ item, kind, onClose }: Props) {
  const zone = useSettings()?.timeZone;
  const cadenceId = item.unrecorded?.cadenceId;
  const loaded = useLiveQuery(async () => {
    const [partnership, cadences, stakeholders] = await Promise.all([
      getPartnership(db, item.partnershipId as PartnershipId),
      listCadences(db, item.partnershipId),
      listStakeholders(db, item.partnershipId),
    ]);
    return { partnership, cadence: cadences.find((c) => c.id === cadenceId), stakeholders };
  }, [item.partnershipId, cadenceId]);
  const isGone = loaded !== undefined && (!loaded.partnership || !loaded.cadence);
  // Archived or deleted since the list was drawn: nothing to answer.
  useEffect(() => {
    if (isGone) onClose();
  }, [isGone, onClose]);
  if (!loaded?.partnership || !loaded.cadence || !zone || !item.unrecorded) return null;
  return (
    <OccurrenceActionDialog
      kind={kind}
      occurrence={{ occurrence: item.unrecorded.occurrence, at: item.unrecorded.at }}
      partnership={loaded.partnership}
      cadence={loaded.cadence}
      stakeholders={loaded.stakeholders}
      userZone={zone}
      onClose={onClose}
    />
  );
}
