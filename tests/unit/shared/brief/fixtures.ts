// A small partnership for the brief's builders: a weekly Monday ops sync in New York,
// its last meeting on Mon 30 Nov 2026 (a decision, two follow-ups), the brief prepared
// on Fri 4 Dec 2026 for Mon 7 Dec 2026 09:00 New York (14:00Z).
import type {
  Cadence,
  CadenceId,
  Commitment,
  CommitmentId,
  Decision,
  DecisionId,
  HealthCheck,
  HealthCheckId,
  IntentContent,
  IntentVersion,
  IntentVersionId,
  MeetingPrep,
  MeetingPrepId,
  Partnership,
  PartnershipId,
  Stakeholder,
  StakeholderId,
  Touchpoint,
  TouchpointId,
} from '@shared/domain';
import { EMPTY_INTENT_CONTENT } from '@shared/domain';
import type { BriefInput } from '@shared/brief/brief';
import type { BriefContext } from '@shared/brief/records';

export const P = 'p1';
const STAMP = { createdAt: '2026-06-01T12:00:00.000Z', updatedAt: '2026-06-01T12:00:00.000Z' };
const at = (iso: string) => ({ createdAt: iso, updatedAt: iso });

export const NOW = '2026-12-04T15:00:00.000Z';
export const CTX: BriefContext = { partnershipId: P, now: NOW, zone: 'Europe/London' };
export const NEXT = '2026-12-07T14:00:00.000Z';
export const LAST = '2026-11-30T14:00:00.000Z';

export const partnership: Partnership = { ...STAMP, id: P as PartnershipId, name: 'Acme co-sell', partnerOrg: 'Acme Corp', type: 'co-sell', status: 'active', owner: 'Dana', tags: [] };

export const cadence: Cadence = {
  ...STAMP,
  id: 'cad1' as CadenceId,
  partnershipId: P,
  name: 'Weekly ops sync',
  kind: 'ops sync',
  mode: 'fixed',
  rrule: 'FREQ=WEEKLY;BYDAY=MO',
  start: '2026-06-01T09:00',
  zone: 'America/New_York',
  durationMinutes: 45,
  channel: 'Video call',
  participantIds: ['s-dana', 's-raj', 's-gone'],
  agendaTemplate: '- Pipeline review\n\n2. Blockers\n* Pipeline review',
  leadMinutes: 60,
  status: 'active',
};

function person(id: string, side: Stakeholder['side'], name: string, extra: Partial<Stakeholder> = {}): Stakeholder {
  return { ...STAMP, id: id as StakeholderId, partnershipId: P, side, name, title: `${name} title`, function: 'operations', roles: ['day-to-day lead'], approvalAuthority: '', contact: '', internalNotes: '', ...extra };
}

export const stakeholders = [person('s-dana', 'us', 'Dana Lee'), person('s-raj', 'partner', 'Raj Patel'), person('s-gone', 'partner', 'Gone Person', { deletedAt: '2026-07-01T00:00:00.000Z' }), person('s-kim', 'partner', 'Kim Ho')];

export function touchpoint(id: string, occurredOn: string, occurrence: string, cadenceId = 'cad1', title = `Meeting ${occurredOn}`): Touchpoint {
  return { ...at(`${occurredOn}T20:00:00.000Z`), id: id as TouchpointId, partnershipId: P, kind: 'meeting', occurredOn, title, attendeeIds: [], summary: '', internalNotes: 'INTERNAL touchpoint note', cadenceId, occurrence };
}

export function decision(id: string, decidedOn: string, statement: string, touchpointId = ''): Decision {
  return { ...at(`${decidedOn}T20:00:00.000Z`), id: id as DecisionId, partnershipId: P, decidedOn, statement, rationale: `INTERNAL why ${id}`, touchpointId };
}

export function commitment(id: string, fields: Partial<Commitment> & Pick<Commitment, 'owedBy' | 'dueOn'>): Commitment {
  return { ...STAMP, id: id as CommitmentId, partnershipId: P, title: `Commitment ${id}`, detail: '', ownerId: '', status: 'open', source: 'manual', sourceId: '', ...fields };
}

export function check(id: string, perspective: HealthCheck['perspective'], assessedOn: string, scores: Record<string, number>): HealthCheck {
  return {
    ...at(`${assessedOn}T12:00:00.000Z`),
    id: id as HealthCheckId,
    partnershipId: P,
    assessedOn,
    perspective,
    respondent: '',
    scores: Object.entries(scores).map(([dimension, score]) => ({ dimension, score, comment: '' })),
    internalNotes: '',
  };
}

export function version(n: number, agreedOn: string | undefined, content: Partial<IntentContent>): IntentVersion {
  const agreement = agreedOn ? { agreement: { agreedOn, agreedByUs: 'Dana', agreedByPartner: 'Raj' } } : {};
  return { ...STAMP, ...EMPTY_INTENT_CONTENT, ...content, id: `v${n}` as IntentVersionId, partnershipId: P, version: n, status: agreedOn ? 'agreed' : 'draft', ...agreement };
}

export function prep(id: string, fields: Partial<MeetingPrep>): MeetingPrep {
  return { ...at('2026-12-03T10:00:00.000Z'), id: id as MeetingPrepId, partnershipId: P, cadenceId: 'cad1', occurrence: NEXT, title: '', agenda: [], notes: '', ...fields };
}

export function emptyInput(): BriefInput {
  return { partnerships: [partnership], cadences: [], occurrences: [], touchpoints: [], decisions: [], commitments: [], healthChecks: [], intentVersions: [], stakeholders: [], meetingPreps: [] };
}

/** The full story: last meeting on 30 Nov with a decision and two follow-ups, things since, charter v2 agreed since. */
export function storyInput(): BriefInput {
  const last = touchpoint('t-last', '2026-11-30', LAST);
  const older = touchpoint('t-old', '2026-11-23', '2026-11-23T14:00:00.000Z');
  const call = touchpoint('t-call', '2026-12-02', '', '', 'Call with Raj');
  return {
    ...emptyInput(),
    cadences: [cadence],
    stakeholders,
    touchpoints: [older, last, call],
    decisions: [decision('d-old', '2026-11-23', 'Old decision', 't-old'), decision('d-last', '2026-11-30', 'Ship the pilot in January', 't-last'), decision('d-since', '2026-12-02', 'Add a second region', 't-call')],
    commitments: [
      commitment('c-follow-us', { owedBy: 'us', dueOn: '2026-12-10', ownerId: 's-dana', source: 'touchpoint', sourceId: 't-last', ...at('2026-11-30T20:00:00.000Z') }),
      commitment('c-follow-done', { owedBy: 'partner', dueOn: '2026-12-03', status: 'done', doneOn: '2026-12-02', source: 'touchpoint', sourceId: 't-last', ...at('2026-11-30T20:00:00.000Z') }),
      commitment('c-overdue', { owedBy: 'partner', dueOn: '2026-11-20', ownerId: 's-raj' }),
      commitment('c-later', { owedBy: 'partner', dueOn: '2027-02-01' }),
      commitment('c-joint', { owedBy: 'joint', dueOn: '2026-12-20' }),
      commitment('c-new', { owedBy: 'us', dueOn: '2026-12-31', ...at('2026-12-02T16:00:00.000Z') }),
      commitment('c-dropped', { owedBy: 'us', dueOn: '2026-11-01', status: 'dropped' }),
    ],
    healthChecks: [
      check('h-ours-1', 'ours', '2026-11-01', { trust: 4, communication: 4 }),
      check('h-ours-2', 'ours', '2026-12-01', { trust: 2, communication: 4, execution: 3 }),
      check('h-partner', 'partner', '2026-11-15', { trust: 4, communication: 4 }),
    ],
    intentVersions: [
      { ...version(1, '2026-06-01', { purpose: 'Sell together', goals: [{ statement: 'Ten joint deals', metric: 'Deals', target: '10', dueBy: '2026-12-20' }], nonNegotiables: 'INTERNAL no exclusivity' }), status: 'superseded' },
      version(2, '2026-12-01', {
        purpose: 'Sell together in Europe',
        goals: [{ statement: 'Ten joint deals', metric: 'Deals', target: '10', dueBy: '2026-12-20' }],
        nonNegotiables: 'INTERNAL no exclusivity at all',
        tradeoffs: [{ term: 'Pricing', weightUs: 5, weightThem: 2, agreedPosition: 'List price' }],
      }),
    ],
  };
}
