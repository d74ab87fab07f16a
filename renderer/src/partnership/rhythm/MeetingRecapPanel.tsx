// The recap of a recorded meeting, to send the partner: the partner-safe edition by default
// (the internal one a click away), previewed as it will read, and sent on as plain text on
// the clipboard (for an email), a Markdown file or a PDF from the print view.
import { useEffect, useRef, useState } from 'react';
import type { Edition } from '@shared/exports/partnerSafe';
import { buildMeetingRecap, meetingRecapMarkdown, meetingRecapText } from '@shared/exports/meetingRecap';
import { db } from '../../../db/db';
import { readExportSnapshot } from '../../../db/exportSnapshot';
import { useSettings } from '../../../db/hooks';
import { useLiveQuery } from '../../../db/live';
import { useDateText } from '../../clock/useDateText';
import { failureMessage } from '../../components/failureMessage';
import { useToast } from '../../components/ToastProvider';
import { safeFileName } from '../../exports/fileName';
import { useSaveExport } from '../../exports/useSaveExport';
import { usePlatform } from '../../platform/PlatformContext';
import { MarkdownView } from '../../print/MarkdownView';
import { routeHref } from '../../router';
import { EditionSwitch } from '../review/EditionSwitch';
import { recapFileBase } from './recapFiles';
import './recap.css';

interface Props {
  readonly partnershipId: string;
  readonly touchpointId: string;
  /** In a dialog: a Done button closes it. */
  readonly onClose?: () => void;
}

export function MeetingRecapPanel({ partnershipId, touchpointId, onClose }: Props) {
  const [edition, setEdition] = useState<Edition>('partner');
  const { format } = useDateText();
  const ourName = useSettings()?.organisationName ?? '';
  const save = useSaveExport();
  const platform = usePlatform();
  const toast = useToast();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const wanted = `${partnershipId}/${touchpointId}/${edition}`;
  const built = useLiveQuery(async () => ({ of: wanted, recap: buildMeetingRecap(await readExportSnapshot(db, partnershipId), touchpointId, { edition, ourName }) ?? null }), [wanted, ourName]);
  // A live query answers with its last result until the new one is read: the edition just left is never copied or saved.
  const recap = built?.of === wanted ? built.recap : undefined;
  // Shown in place of the form that was just saved: focus stays in the dialog, on the recap.
  useEffect(() => headingRef.current?.focus(), []);

  async function copy() {
    if (!recap) return;
    try {
      await platform.copyText(meetingRecapText(recap, format));
      toast({ message: `Copied the ${edition === 'partner' ? 'partner' : 'internal'} recap as text: paste it into an email.` });
    } catch (error) {
      toast({ message: failureMessage('Could not copy', error), tone: 'error' });
    }
  }

  const exportMarkdown = () =>
    recap && void save({ type: 'markdown', suggestedName: safeFileName(recapFileBase(recap, edition), 'md'), build: async () => meetingRecapMarkdown(recap, format) });

  return (
    <div className="dialog-body recap-panel">
      <h3 ref={headingRef} tabIndex={-1} className="recap-heading">
        {recap === null ? 'This meeting is no longer recorded.' : 'Send the recap'}
      </h3>
      <div className="recap-toolbar">
        <EditionSwitch value={edition} onChange={setEdition} />
        <div className="recap-actions" role="group" aria-label="Send the recap">
          <button type="button" className="button button-small button-primary" onClick={() => void copy()} disabled={!recap}>
            Copy as text
          </button>
          <button type="button" className="button button-small" onClick={exportMarkdown} disabled={!recap}>
            Markdown
          </button>
          <a className="button button-small" href={routeHref({ screen: 'print', doc: { kind: 'recap', id: partnershipId, touchpointId, edition } })}>
            PDF…
          </a>
        </div>
      </div>
      {recap && !ourName.trim() && recap.sides.some((s) => s.side !== 'partner') && (
        <p className="recap-hint">
          The recap calls your side “Our side”: <a href={routeHref({ screen: 'settings' })}>set your organisation’s name in Settings</a> and the partner reads it instead.
        </p>
      )}
      <section className="recap-preview" aria-label="Recap preview">
        {recap ? <MarkdownView markdown={meetingRecapMarkdown(recap, format)} /> : <p className="muted">{recap === null ? 'Nothing to send.' : 'Loading…'}</p>}
      </section>
      {onClose && (
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            Done
          </button>
        </div>
      )}
    </div>
  );
}
