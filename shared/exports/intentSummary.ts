// The charter in force as Markdown: the latest agreed version, else the newest draft
// (marked as a draft). The partner edition walks only the sections INTENT_VISIBILITY
// calls shared and renders tradeoffs from their shared fields, so weights never appear.
import type { IntentContent, IntentVersion, PortfolioSnapshot } from '../domain';
import { INTENT_VISIBILITY, TRADEOFF_VISIBILITY } from '../domain';
import { INTENT_SECTION_LABELS, latestAgreedVersion } from '../intentDiff';
import type { DateFormat } from '../dates';
import { formatDayText } from '../dates';
import { mdDocument, mdHeading, mdParagraph, mdTable, orDash } from './markdown';
import type { Edition } from './partnerSafe';
import { editionTitle, isVisibleIn, pickShared } from './partnerSafe';

export interface IntentSummaryOptions {
  readonly edition: Edition;
  /** How dates are written (Settings); the locale-free "19 Nov 2026" when absent. */
  readonly dateFormat?: DateFormat;
}

type Section = keyof IntentContent;

/** The version to show: latest agreed, else the newest live draft. */
export function charterInForce(versions: readonly IntentVersion[]): IntentVersion | undefined {
  const agreed = latestAgreedVersion(versions);
  if (agreed) return agreed;
  return versions.filter((v) => !v.deletedAt && v.status === 'draft').sort((a, b) => b.version - a.version)[0];
}

function goalsBlock(goals: IntentContent['goals'], format?: DateFormat): string {
  if (goals.length === 0) return '';
  return mdTable(
    ['Goal', 'Metric', 'Target', 'Due by'],
    goals.map((g) => [g.statement, orDash(g.metric), orDash(g.target), g.dueBy ? formatDayText(g.dueBy, format) : '—']),
  );
}

function tradeoffsBlock(tradeoffs: IntentContent['tradeoffs'], edition: Edition): string {
  if (tradeoffs.length === 0) return '';
  if (edition === 'partner') {
    const shared = tradeoffs.map((t) => pickShared(t, TRADEOFF_VISIBILITY));
    return mdTable(['Term', 'Agreed position'], shared.map((t) => [t.term, orDash(t.agreedPosition)]));
  }
  return mdTable(
    ['Term', 'Agreed position', 'Weight (us)', 'Weight (them)'],
    tradeoffs.map((t) => [t.term, orDash(t.agreedPosition), String(t.weightUs), String(t.weightThem)]),
  );
}

function labelled(pairs: readonly (readonly [string, string])[]): string {
  return pairs
    .filter(([, text]) => text.trim() !== '')
    .map(([label, text]) => `**${label}:** ${mdParagraph(text)}`)
    .join('\n\n');
}

function sectionBody(version: IntentVersion, section: Section, edition: Edition, format?: DateFormat): string {
  switch (section) {
    case 'goals':
      return goalsBlock(version.goals, format);
    case 'tradeoffs':
      return tradeoffsBlock(version.tradeoffs, edition);
    case 'valueExchange': {
      const v = version.valueExchange;
      return labelled([['We give', v.weGive], ['We get', v.weGet], ['They give', v.theyGive], ['They get', v.theyGet]]);
    }
    case 'scope':
      return labelled([['In scope', version.scope.inScope], ['Out of scope', version.scope.outOfScope]]);
    default:
      return mdParagraph(version[section]);
  }
}

function statusLine(version: IntentVersion, format?: DateFormat): string {
  if (version.status !== 'draft' && version.agreement) {
    const a = version.agreement;
    return `Version ${version.version}, agreed on ${formatDayText(a.agreedOn, format)} by ${a.agreedByUs} and ${a.agreedByPartner}.`;
  }
  return `**Draft** — version ${version.version}, not yet agreed by both sides.`;
}

export function intentSummaryMarkdown(snapshot: PortfolioSnapshot, partnershipId: string, options: IntentSummaryOptions): string {
  const { edition } = options;
  const partnership = snapshot.partnerships.find((p) => p.id === partnershipId && !p.deletedAt);
  if (!partnership) throw new Error(`No partnership with id "${partnershipId}".`);
  const version = charterInForce(snapshot.intentVersions.filter((v) => v.partnershipId === partnershipId));
  const title = mdHeading(1, `${partnership.name} — partnership charter`);
  const subtitle = `**${editionTitle(edition)}** · with ${partnership.partnerOrg}`;
  if (!version) return mdDocument([title, subtitle, 'No charter has been written yet.']);
  const sections = (Object.keys(INTENT_VISIBILITY) as Section[])
    .filter((s) => isVisibleIn(edition, INTENT_VISIBILITY[s]))
    .map((s) => [s, sectionBody(version, s, edition, options.dateFormat)] as const)
    .filter(([, body]) => body.trim() !== '')
    .flatMap(([s, body]) => [mdHeading(2, INTENT_SECTION_LABELS[s]), body]);
  return mdDocument([title, subtitle, statusLine(version, options.dateFormat), ...sections]);
}
