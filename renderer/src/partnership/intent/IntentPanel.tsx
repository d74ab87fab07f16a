// The Intent tab: the partnership charter, read section by section, edited as a draft,
// agreed by both sides, and compared across versions ("what changed since the last review").
import { useState } from 'react';
import type { IntentVersion, Partnership } from '@shared/domain';
import { intentOverview } from '@shared/intentView';
import { useToast } from '../../components/ToastProvider';
import { IntentCharter } from './IntentCharter';
import { IntentEditor } from './IntentEditor';
import { IntentEmpty } from './IntentEmpty';
import { useIntentVersions } from './useIntentVersions';
import './intent.css';

/** Editing the open draft, or (without one) writing the first draft. */
type Editing = { readonly draft?: IntentVersion };

export function IntentPanel({ partnership }: { readonly partnership: Partnership }) {
  const versions = useIntentVersions(partnership.id);
  const [editing, setEditing] = useState<Editing>();
  const [viewedId, setViewedId] = useState<string>();
  const toast = useToast();

  if (!versions) return <p className="intent-quiet">Loading…</p>;
  if (editing) {
    const onSaved = (saved: IntentVersion) => {
      setEditing(undefined);
      // Show what was just written, even when an agreed version is the current one.
      setViewedId(saved.id);
      toast({ message: `Saved draft v${saved.version}.` });
    };
    return <IntentEditor partnership={partnership} draft={editing.draft} onSaved={onSaved} onCancel={() => setEditing(undefined)} />;
  }
  const overview = intentOverview(versions);
  const { current } = overview;
  if (!current) return <IntentEmpty onWrite={() => setEditing({})} />;
  return (
    <IntentCharter
      partnership={partnership}
      versions={versions}
      overview={{ ...overview, current }}
      viewedId={viewedId}
      onView={setViewedId}
      onEdit={(draft) => setEditing({ draft })}
    />
  );
}
