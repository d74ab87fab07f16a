// The hand-shaped first-run sample: seven partnerships, each described so the
// Attention screen has something of every kind to show. Offsets are days relative to `today`.
import { addDays } from '../dates';
import type { Plan } from './plan';
import { maxDay } from './plan';

const SAMPLE_YEARS = 3;

type SampleSpec = Omit<Plan, 'index' | 'signedOn' | 'termEndsOn' | 'startDay' | 'endDay'> & {
  readonly signedDaysAgo: number;
  readonly termEndsInDays?: number;
  readonly endedDaysAgo?: number;
};

const NO_SCENARIO = { missedRecent: 0, flexibleOverdue: false, extraCommitments: [] } as const;

const SAMPLE_SPECS: readonly SampleSpec[] = [
  {
    ...NO_SCENARIO,
    name: 'Skyline Cloud co-sell — North America',
    partnerOrg: 'Skyline Cloud Services Inc.',
    partner: 'Skyline',
    type: 'co-sell',
    status: 'active',
    zone: 'America/New_York',
    territory: 'North America',
    owner: 'Hannah Lindqvist',
    tags: ['co-sell', 'marketplace', 'tier 1'],
    signedDaysAgo: 770,
    termEndsInDays: 325,
    cadences: ['biweeklyOps', 'steering', 'qbr'],
    intent: 'agreed',
    agreedVersions: 2,
    health: 'improving',
    partnerSurveys: true,
    people: { ourSponsor: 'Claire Dubois', theirSponsor: 'Marcus Wright', theirLead: 'Aisha Mensah', theirSponsorDecides: true },
    extraCommitments: [
      {
        owedBy: 'us',
        dueInDays: -9,
        title: 'Publish the joint solution brief on the Skyline marketplace listing',
        detail: 'Final copy approved by Skyline marketing on the last ops sync; waiting on our legal sign-off for the logo usage.',
      },
    ],
  },
  {
    ...NO_SCENARIO,
    name: 'Brandt & Vogel reseller — DACH',
    partnerOrg: 'Brandt & Vogel IT GmbH',
    partner: 'Brandt & Vogel',
    type: 'reseller',
    status: 'at risk',
    zone: 'Europe/Berlin',
    territory: 'DACH',
    owner: 'Jonas Keller',
    tags: ['channel', 'resale', 'DACH'],
    signedDaysAgo: 1050,
    termEndsInDays: 47,
    cadences: ['weeklyOps', 'steering', 'qbr'],
    intent: 'agreed',
    agreedVersions: 3,
    health: 'dropping',
    partnerSurveys: true,
    people: { ourSponsor: 'Felix Hoffmann', theirSponsor: 'Petra Brandt', theirLead: 'Bastian Richter' },
    extraCommitments: [
      {
        owedBy: 'partner',
        dueInDays: -12,
        title: 'Deliver the pipeline forecast with named accounts',
        detail: 'Needed before the renewal talks; the last two forecasts arrived after the QBR.',
      },
      {
        owedBy: 'partner',
        dueInDays: -4,
        title: 'Name a replacement for the departing solutions consultant',
        detail: 'Two customer implementations are waiting on a certified consultant.',
      },
    ],
  },
  {
    ...NO_SCENARIO,
    name: 'Lumen Analytics connector',
    partnerOrg: 'Lumen Analytics Ltd',
    partner: 'Lumen',
    type: 'technology',
    status: 'active',
    zone: 'Europe/London',
    territory: 'UK & Ireland',
    owner: 'Priya Raman',
    tags: ['integration', 'API', 'UK & Ireland'],
    signedDaysAgo: 830,
    termEndsInDays: 630,
    cadences: ['biweeklyOps', 'qbr', 'partnerUpdate'],
    intent: 'draft after agreed',
    agreedVersions: 2,
    health: 'improving',
    partnerSurveys: false,
    people: { ourSponsor: 'Daniel Ong', theirSponsor: 'Grace Brennan', theirLead: 'Oscar Walsh', theirSponsorDecides: true },
  },
  {
    ...NO_SCENARIO,
    name: 'Meridian distribution — South-East Asia',
    partnerOrg: 'Meridian Trading Pte. Ltd.',
    partner: 'Meridian',
    type: 'distribution',
    status: 'active',
    zone: 'Asia/Singapore',
    territory: 'South-East Asia',
    owner: 'Marcus Adeyemi',
    tags: ['distribution', 'volume', 'APAC'],
    signedDaysAgo: 560,
    termEndsInDays: 535,
    cadences: ['weeklyOps', 'steering', 'executive'],
    intent: 'agreed',
    agreedVersions: 1,
    health: 'steady',
    partnerSurveys: false,
    people: { ourSponsor: 'Claire Dubois', theirSponsor: 'Wei Lim', theirLead: 'Jasmine Koh' },
    missedRecent: 2,
    flexibleOverdue: true,
    extraCommitments: [
      {
        owedBy: 'joint',
        dueInDays: -6,
        title: 'Agree the joint business plan for next year',
        detail: 'Targets by country, MDF plan and reseller recruitment; both sponsors to sign off.',
      },
    ],
  },
  {
    ...NO_SCENARIO,
    name: 'Kestrel Components supply agreement',
    partnerOrg: 'Kestrel Components Ltd',
    partner: 'Kestrel',
    type: 'supplier',
    status: 'active',
    zone: 'Europe/London',
    territory: 'UK & Ireland',
    owner: 'Tom Gallagher',
    tags: ['procurement', 'SLA'],
    signedDaysAgo: 38,
    termEndsInDays: 692,
    cadences: ['biweeklyOps', 'qbr'],
    intent: 'never agreed',
    agreedVersions: 0,
    health: 'steady',
    partnerSurveys: false,
    people: { ourSponsor: 'Felix Hoffmann', theirSponsor: 'Ingrid Larsen', theirLead: 'Emeka Abara' },
  },
  {
    ...NO_SCENARIO,
    name: 'Tidewater Insights joint venture',
    partnerOrg: 'Tidewater Maritime plc',
    partner: 'Tidewater',
    type: 'joint venture',
    status: 'active',
    zone: 'Europe/London',
    territory: 'Northern Europe',
    owner: 'Sofia Reyes',
    tags: ['JV', 'board-level', 'strategic'],
    signedDaysAgo: 1460,
    cadences: ['steering', 'qbr', 'executive'],
    intent: 'agreed',
    agreedVersions: 2,
    health: 'steady',
    partnerSurveys: true,
    gapDimension: 'strategic value',
    people: { ourSponsor: 'Claire Dubois', theirSponsor: 'Gustav Andersen', theirLead: 'Helen Quinn' },
  },
  {
    ...NO_SCENARIO,
    name: 'Ostara referral programme',
    partnerOrg: 'Ostara Research Group LLC',
    partner: 'Ostara',
    type: 'other',
    status: 'ended',
    zone: 'America/New_York',
    territory: 'US East',
    owner: 'Hannah Lindqvist',
    tags: ['referral', 'experimental'],
    signedDaysAgo: 900,
    endedDaysAgo: 150,
    cadences: ['qbr'],
    intent: 'agreed',
    agreedVersions: 1,
    health: 'steady',
    partnerSurveys: false,
    people: { ourSponsor: 'Daniel Ong', theirSponsor: 'Rosa Costa', theirLead: 'Ben Murphy' },
  },
];

export function samplePlans(today: string): Plan[] {
  const historyStart = addDays(today, -Math.round(365.25 * SAMPLE_YEARS));
  return SAMPLE_SPECS.map(({ signedDaysAgo, termEndsInDays, endedDaysAgo, ...spec }, index) => {
    const signedOn = addDays(today, -signedDaysAgo);
    const endDay = endedDaysAgo === undefined ? today : addDays(today, -endedDaysAgo);
    const termEndsOn = endedDaysAgo !== undefined ? endDay : termEndsInDays === undefined ? undefined : addDays(today, termEndsInDays);
    return { ...spec, index, signedOn, startDay: maxDay(signedOn, historyStart), endDay, ...(termEndsOn ? { termEndsOn } : {}) };
  });
}
