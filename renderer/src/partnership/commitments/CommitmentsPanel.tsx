// The Commitments tab: what each side promised, split into we owe / they owe / joint,
// with reciprocity at a glance and the day-to-day actions on each commitment.
import { useMemo, useState } from 'react';
import type { Commitment, OwedBy, Partnership } from '@shared/domain';
import { countBySide, groupByOwedBy } from '@shared/commitments';
import { intentOverview } from '@shared/intentView';
import { Dialog } from '../../components/Dialog';
import { CommitmentsCsvButton } from '../../exports/CommitmentsCsvButton';
import { ImportCsvButton } from '../../imports/ImportCsvButton';
import { useToday } from '../../useToday';
import { CommitmentForm } from './CommitmentForm';
import { CommitmentList } from './CommitmentList';
import { CommitmentsEmpty } from './CommitmentsEmpty';
import { CommitmentsSummary } from './CommitmentsSummary';
import { CommitmentsToolbar } from './CommitmentsToolbar';
import type { StatusFilter } from './commitmentView';
import { matchesStatus } from './commitmentView';
import { CompleteDialog } from './CompleteDialog';
import { useIntentVersions } from '../intent/useIntentVersions';
import { useCommitmentActions } from './useCommitmentActions';
import { useCommitments, useStakeholders } from './useCommitmentsData';
import './commitments.css';

type Editing = { readonly mode: 'new' } | { readonly mode: 'edit'; readonly commitment: Commitment } | undefined;

export function CommitmentsPanel({ partnership }: { readonly partnership: Partnership }) {
  const [view, setView] = useState<OwedBy>('us');
  const [status, setStatus] = useState<StatusFilter>('open');
  const [editing, setEditing] = useState<Editing>();
  const [completing, setCompleting] = useState<Commitment>();
  const commitments = useCommitments(partnership.id);
  const versions = useIntentVersions(partnership.id);
  const stakeholders = useStakeholders(partnership.id);
  const today = useToday();
  const actions = useCommitmentActions();
  const groups = useMemo(() => groupByOwedBy(commitments ?? [], today), [commitments, today]);
  const counts = useMemo(() => countBySide(commitments ?? [], today), [commitments, today]);

  if (!commitments || !stakeholders) return <p className="muted">Loading…</p>;
  const shown = groups[view].filter((c) => matchesStatus(c, status));

  return (
    <div className="commitments">
      <header className="commitments-header">
        <CommitmentsSummary counts={counts} />
        <div className="commitments-header-actions">
          {commitments.length > 0 && <CommitmentsCsvButton partnership={partnership} />}
          <ImportCsvButton kind="commitments" partnershipId={partnership.id} />
          {/* Until the Value tab's toolbar lands: the one place a partnership's imports are reachable. */}
          <button type="button" className="button button-primary" onClick={() => setEditing({ mode: 'new' })}>
            New commitment
          </button>
        </div>
      </header>
      {commitments.length === 0 ? (
        <CommitmentsEmpty onCreate={() => setEditing({ mode: 'new' })} />
      ) : (
        <>
          <CommitmentsToolbar view={view} status={status} counts={counts} onView={setView} onStatus={setStatus} />
          <CommitmentList
            partnershipId={partnership.id}
            commitments={shown}
            view={view}
            status={status}
            today={today}
            stakeholders={stakeholders}
            onComplete={setCompleting}
            onReopen={actions.reopen}
            onDrop={actions.drop}
            onEdit={(c) => setEditing({ mode: 'edit', commitment: c })}
            onDelete={actions.remove}
            onShowAll={() => setStatus('all')}
          />
        </>
      )}
      {editing && (
        <Dialog title={editing.mode === 'new' ? 'New commitment' : 'Edit commitment'} onClose={() => setEditing(undefined)} wide>
          <CommitmentForm
            partnershipId={partnership.id}
            initial={editing.mode === 'edit' ? editing.commitment : undefined}
            defaultOwedBy={view}
            today={today}
            stakeholders={stakeholders}
            goals={intentOverview(versions ?? []).current?.goals ?? []}
            onCancel={() => setEditing(undefined)}
            onSave={async (input) => {
              const saved = await actions.save(input, editing.mode === 'edit' ? editing.commitment : undefined);
              setView(saved.owedBy);
              if (!matchesStatus(saved, status)) setStatus('all');
              setEditing(undefined);
            }}
          />
        </Dialog>
      )}
      {completing && (
        <CompleteDialog
          commitment={completing}
          today={today}
          onComplete={(doneOn) => actions.complete(completing, doneOn)}
          onClose={() => setCompleting(undefined)}
        />
      )}
    </div>
  );
}
