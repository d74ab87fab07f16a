import { useState } from 'react';
import type { IntentVersion, Partnership } from '@shared/domain';
import type { IntentOverview } from '@shared/intentView';
import { useSettings } from '../../../db/hooks';
import { useToast } from '../../components/ToastProvider';
import { useToday } from '../../useToday';
import { AgreeDialog } from './AgreeDialog';
import { IntentComparison } from './IntentComparison';
import { IntentHeader } from './IntentHeader';
import { IntentReading } from './IntentReading';
import { GoalsOnValueTab } from '../value/GoalsOnValueTab';
import { IntentSummaryExport } from './IntentSummaryExport';
import { IntentVersionsTable } from './IntentVersionsTable';
import { ReadingBar } from './ReadingBar';
import { useIntentActions } from './useIntentActions';

interface Props {
  readonly partnership: Partnership;
  readonly versions: readonly IntentVersion[];
  readonly overview: IntentOverview & { readonly current: IntentVersion };
  /** The version in the reading view; none (or a deleted one) means the current version. */
  readonly viewedId?: string;
  readonly onView: (id: string | undefined) => void;
  readonly onEdit: (draft: IntentVersion) => void;
}

/** The charter in reading mode: status and actions, the sections, the versions, what changed. */
export function IntentCharter({ partnership, versions, overview, viewedId, onView, onEdit }: Props) {
  const [isAgreeing, setAgreeing] = useState(false);
  const actions = useIntentActions(partnership.id);
  const settings = useSettings();
  const today = useToday();
  const toast = useToast();
  const { current, agreed, draft } = overview;
  const viewed = versions.find((v) => v.id === viewedId) ?? current;

  const startDraft = async () => {
    const started = await actions.startDraft();
    if (started) onEdit(started);
  };
  const onAgreed = (version: IntentVersion) => {
    setAgreeing(false);
    onView(undefined);
    toast({ message: `Agreed v${version.version}.` });
  };
  return (
    <div className="intent-panel">
      <IntentHeader
        overview={overview}
        onEdit={() => draft && onEdit(draft)}
        onStartDraft={() => void startDraft()}
        onAgree={() => setAgreeing(true)}
        onDiscard={() => draft && void actions.discard(draft)}
      />
      <IntentSummaryExport partnership={partnership} />
      <ReadingBar viewed={viewed} current={current} onBack={() => onView(undefined)} />
      <IntentReading content={viewed} partnerOrg={partnership.partnerOrg} />
      <GoalsOnValueTab partnershipId={partnership.id} goals={viewed.goals} />
      <IntentVersionsTable versions={versions} viewedId={viewed.id} onRead={(v) => onView(v.id)} />
      {/* A new draft or agreement resets the comparison to its most useful default. */}
      <IntentComparison key={`${agreed?.id}-${draft?.id}`} versions={versions} />
      {isAgreeing && draft && (
        <AgreeDialog draft={draft} previous={agreed} today={today} defaultUs={settings?.userName ?? ''} onAgreed={onAgreed} onClose={() => setAgreeing(false)} />
      )}
    </div>
  );
}
