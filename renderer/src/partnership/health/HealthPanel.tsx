// The Health tab: both sides' latest view of the relationship, how it is trending, where
// the two sides see it differently, what to do about it, and every check recorded.
import { useState } from 'react';
import type { HealthCheck, Partnership } from '@shared/domain';
import { HEALTH_CHECK_INTERVAL_DAYS } from '@shared/health';
import { useSettings } from '../../../db/hooks';
import { Dialog } from '../../components/Dialog';
import { useToday } from '../../useToday';
import { useCommitments, useHealthChecks, useStakeholders } from '../commitments/useCommitmentsData';
import { GapChart } from './GapChart';
import { HealthCheckForm } from './HealthCheckForm';
import { HealthCurrent } from './HealthCurrent';
import { HealthEmpty } from './HealthEmpty';
import { HealthHistory } from './HealthHistory';
import { OverallChart } from './OverallChart';
import { SuggestedActions } from './SuggestedActions';
import { TrendChart } from './TrendChart';
import { useHealthActions } from './useHealthActions';
import './health.css';

type Editing = { readonly mode: 'new' } | { readonly mode: 'edit'; readonly check: HealthCheck } | undefined;

export function HealthPanel({ partnership }: { readonly partnership: Partnership }) {
  const [editing, setEditing] = useState<Editing>();
  const checks = useHealthChecks(partnership.id);
  const commitments = useCommitments(partnership.id);
  const stakeholders = useStakeholders(partnership.id);
  const settings = useSettings();
  const today = useToday();
  const actions = useHealthActions(partnership.id);
  if (!checks || !commitments || !stakeholders) return <p className="muted">Loading…</p>;
  const record = () => setEditing({ mode: 'new' });

  return (
    <div className="health">
      {checks.length === 0 ? (
        <HealthEmpty onRecord={record} />
      ) : (
        <>
          <header className="health-header">
            <h2 className="visually-hidden">Current health</h2>
            <HealthCurrent checks={checks} today={today} intervalDays={settings?.healthCheckIntervalDays ?? HEALTH_CHECK_INTERVAL_DAYS} />
            <button type="button" className="button button-primary" onClick={record}>
              Record a health check
            </button>
          </header>
          <section className="panel" aria-labelledby="health-charts-title">
            <h2 id="health-charts-title">How each side sees it</h2>
            <GapChart checks={checks} />
            <div className="health-charts">
              <OverallChart checks={checks} />
              <TrendChart checks={checks} />
            </div>
          </section>
          <SuggestedActions partnershipId={partnership.id} checks={checks} commitments={commitments} today={today} onCommit={actions.commit} />
          <HealthHistory checks={checks} onEdit={(check) => setEditing({ mode: 'edit', check })} onDelete={actions.remove} />
        </>
      )}
      {editing && (
        <Dialog title={editing.mode === 'new' ? 'Record a health check' : 'Edit health check'} onClose={() => setEditing(undefined)} wide>
          <HealthCheckForm
            partnershipId={partnership.id}
            initial={editing.mode === 'edit' ? editing.check : undefined}
            today={today}
            stakeholders={stakeholders}
            onCancel={() => setEditing(undefined)}
            onSave={async (input) => {
              await actions.save(input, editing.mode === 'edit' ? editing.check : undefined);
              setEditing(undefined);
            }}
          />
        </Dialog>
      )}
    </div>
  );
}
