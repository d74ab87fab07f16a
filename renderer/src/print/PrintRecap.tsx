import type { Edition } from '@shared/exports/partnerSafe';
import { buildMeetingRecap, meetingRecapMarkdown } from '@shared/exports/meetingRecap';
import { db } from '../../db/db';
import { readExportSnapshot } from '../../db/exportSnapshot';
import { useSettings } from '../../db/hooks';
import { useLiveQuery } from '../../db/live';
import { useDateText } from '../clock/useDateText';
import { recapFileBase } from '../partnership/rhythm/recapFiles';
import { routeHref } from '../router';
import { MarkdownView } from './MarkdownView';
import { PrintFrame } from './PrintFrame';
import { PrintProblem } from './PrintProblem';

interface Props {
  readonly id: string;
  readonly touchpointId: string;
  readonly edition: Edition;
}

/**
 * A meeting's recap, rendered from the very Markdown the export writes: the partner
 * edition's PDF can hold nothing its partner-safe Markdown does not.
 */
export function PrintRecap({ id, touchpointId, edition }: Props) {
  const { format } = useDateText();
  const ourName = useSettings()?.organisationName ?? '';
  const wanted = `${id}/${touchpointId}/${edition}`;
  const built = useLiveQuery(async () => ({ of: wanted, recap: buildMeetingRecap(await readExportSnapshot(db, id), touchpointId, { edition, ourName }) ?? null }), [wanted, ourName]);
  // A live query answers with its last result until the new one is read: never print another meeting's recap.
  const recap = built?.of === wanted ? built.recap : undefined;
  if (recap === null) return <PrintProblem backHref={routeHref({ screen: 'partnership', id, tab: 'touchpoints' })} message="This meeting is not recorded in your portfolio." />;
  return (
    <PrintFrame fileBase={recap ? recapFileBase(recap, edition) : 'Recap'} backHref={routeHref({ screen: 'partnership', id, tab: 'touchpoints' })} isReady={!!recap}>
      {recap ? <MarkdownView markdown={meetingRecapMarkdown(recap, format)} /> : <p className="muted">Loading…</p>}
    </PrintFrame>
  );
}
