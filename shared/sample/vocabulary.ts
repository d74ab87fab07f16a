// Names and phrases for generated portfolios: fictional people and companies, charter
// templates per partnership type, and the notes an alliance manager actually writes.
// Pure data, so it runs longer than most modules. Placeholders in braces — {partner},
// {territory}, {ourLead}, {theirLead}, {n} — are filled in by the generator.
import type { CadenceKind, PartnershipType, StakeholderFunction } from '../domain';

export const FIRST_NAMES = [
  'Amara', 'Ben', 'Chloé', 'Dev', 'Elena', 'Farid', 'Grace', 'Hiroshi', 'Ingrid', 'Jonas', 'Kavya', 'Liam',
  'Mei', 'Nikolai', 'Olivia', 'Pablo', 'Priya', 'Quentin', 'Rosa', 'Sanjay', 'Tomás', 'Uma', 'Valentina', 'Wei',
  'Xavier', 'Yara', 'Zoltan', 'Aisha', 'Bastian', 'Carmen', 'Daniel', 'Esther', 'Felix', 'Hannah', 'Isaac', 'Julia',
  'Kenji', 'Lena', 'Marcus', 'Nadia', 'Oscar', 'Petra', 'Rahul', 'Sofia', 'Thomas', 'Ursula', 'Victor', 'Wen',
  'Aoife', 'Bruno', 'Claire', 'Diego', 'Emeka', 'Freya', 'Gustav', 'Helen', 'Ivan', 'Jasmine', 'Karin', 'Lucas',
] as const;

export const LAST_NAMES = [
  'Okafor', 'Schneider', 'Tan', 'Müller', 'Fernández', 'Nakamura', 'Patel', 'Lindqvist', 'Haddad', 'Brennan',
  'Kowalski', 'Chen', 'Rossi', 'Iyer', 'Dubois', 'Novak', 'Andersen', 'Wright', 'Sato', 'Costa', 'Weber', 'Lim',
  'Hughes', 'Berger', 'Adeyemi', 'Moreau', 'Kaur', 'Van Dijk', 'Yilmaz', 'Horvat', 'Fischer', 'Ong', 'Gallagher',
  'Santos', 'Keller', 'Mensah', 'Larsen', 'Reyes', 'Takahashi', 'Nguyen', 'Hoffmann', 'Ahmed', 'Murphy', 'Ito',
  'Petrova', 'Zimmermann', 'Banerjee', 'Walsh', 'Da Silva', 'Koh', 'Richter', 'Sørensen', 'Abara', 'Quinn',
] as const;

/** Alliance managers on our side who own partnerships. */
export const OUR_OWNERS = ['Hannah Lindqvist', 'Marcus Adeyemi', 'Priya Raman', 'Tom Gallagher', 'Sofia Reyes', 'Jonas Keller'] as const;

/** The fictional domain our own people's addresses use. */
export const OUR_DOMAIN = 'our-company.example';

export const ORG_STEMS = [
  'Northwind', 'Brightwater', 'Kestrel', 'Meridian', 'Halcyon', 'Tidewater', 'Corvane', 'Lumen', 'Ostara', 'Bramble',
  'Vantage', 'Cobalt', 'Fernhill', 'Arden', 'Sable', 'Ironbridge', 'Marlow', 'Solent', 'Elmstead', 'Pinecrest',
  'Redwater', 'Silverline', 'Harrow', 'Aldgate', 'Juniper', 'Westmark', 'Blue Heron', 'Granite Peak', 'Copperleaf',
  'Brandt & Vogel', 'Orchid Bay', 'Skyline', 'Quayside', 'Nordlicht', 'Kairos', 'Alder', 'Stratus', 'Mistral',
] as const;

export const ORG_SECTORS: Readonly<Record<PartnershipType, readonly string[]>> = {
  technology: ['Analytics', 'Software', 'Labs', 'Data', 'Security'],
  'co-sell': ['Cloud', 'Digital', 'Consulting', 'Platforms'],
  reseller: ['IT', 'Systems', 'Solutions', 'Technologies'],
  distribution: ['Distribution', 'Trading', 'Logistics', 'Supply'],
  'joint venture': ['Ventures', 'Energy', 'Health', 'Maritime'],
  supplier: ['Components', 'Hardware', 'Manufacturing', 'Materials'],
  other: ['Group', 'Partners', 'Media', 'Institute'],
};

/** Zones the generator uses, with a legal form and the territories each is likely to cover. */
export const REGIONS = [
  { zone: 'Europe/London', legalForms: ['Ltd', 'plc'], territories: ['UK & Ireland', 'Northern Europe'] },
  { zone: 'America/New_York', legalForms: ['Inc.', 'LLC'], territories: ['North America', 'US East'] },
  { zone: 'Europe/Berlin', legalForms: ['GmbH', 'AG', 'B.V.'], territories: ['DACH', 'Benelux', 'Nordics'] },
  { zone: 'Asia/Singapore', legalForms: ['Pte. Ltd.', 'Pty Ltd'], territories: ['South-East Asia', 'ANZ', 'Japan'] },
] as const;

export const PARTNERSHIP_NAME_PATTERNS: Readonly<Record<PartnershipType, readonly string[]>> = {
  technology: ['{partner} integration', '{partner} connector', '{partner} embedded analytics'],
  'co-sell': ['{partner} co-sell', '{partner} marketplace co-sell', '{partner} co-sell — {territory}'],
  reseller: ['{partner} reseller — {territory}', '{partner} value-added reseller'],
  distribution: ['{partner} distribution — {territory}', '{partner} channel distribution'],
  'joint venture': ['{partner} joint venture', '{partner} JV — {territory}'],
  supplier: ['{partner} supply agreement', '{partner} managed services supply'],
  other: ['{partner} referral programme', '{partner} research collaboration'],
};

export const TAGS: Readonly<Record<PartnershipType, readonly string[]>> = {
  technology: ['integration', 'product-led', 'API'],
  'co-sell': ['co-sell', 'marketplace', 'strategic'],
  reseller: ['channel', 'resale', 'tier 2'],
  distribution: ['channel', 'distribution', 'volume'],
  'joint venture': ['JV', 'board-level', 'strategic'],
  supplier: ['procurement', 'supply chain', 'SLA'],
  other: ['referral', 'experimental'],
};

export const TITLES: Readonly<Record<StakeholderFunction, readonly string[]>> = {
  executive: ['Chief Executive Officer', 'Chief Revenue Officer', 'SVP Partnerships', 'Managing Director', 'General Manager'],
  legal: ['General Counsel', 'Senior Commercial Counsel', 'Contracts Manager'],
  finance: ['Finance Director', 'Head of Commercial Finance', 'Partner Finance Analyst'],
  product: ['VP Product', 'Product Manager, Integrations', 'Head of Platform'],
  operations: ['Alliance Manager', 'Partner Operations Lead', 'Head of Partner Success'],
  sales: ['Partner Sales Director', 'Channel Account Manager', 'Head of Alliances'],
  marketing: ['Partner Marketing Manager', 'Head of Field Marketing'],
  engineering: ['Solutions Architect', 'Engineering Manager', 'Principal Engineer'],
  other: ['Programme Manager', 'Chief of Staff'],
};

export const APPROVAL_AUTHORITY = [
  'Signs up to $250k',
  'Signs up to €100k; above that needs the board',
  'Approves joint marketing spend up to $50k',
  'Approves price exceptions up to 15%',
  'Can commit engineering time, not budget',
  'No signing authority',
  'Signs contract amendments',
] as const;

export const STAKEHOLDER_NOTES = [
  'Prefers a one-page written pre-read before any meeting.',
  'Responds fastest on Teams; email tends to sit for a week.',
  'Was sceptical of the deal at signing; won over by the first joint win.',
  'Moving to a new role next quarter — find out who replaces them.',
  'Strong internal champion; keep them briefed before the steering committee.',
  'Cares most about margin, less about logo placement.',
  '',
  '',
] as const;

export interface GoalTemplate {
  readonly statement: string;
  readonly metric: string;
  /** Targets for successive versions of the charter: later versions raise the bar. */
  readonly targets: readonly [string, string, string];
}

export interface TradeoffTemplate {
  readonly term: string;
  /** The agreed position in early versions, then after renegotiation. */
  readonly positions: readonly [string, string];
}

export interface CharterTemplate {
  readonly purpose: string;
  readonly goals: readonly GoalTemplate[];
  readonly valueExchange: { readonly weGive: string; readonly weGet: string; readonly theyGive: string; readonly theyGet: string };
  /** In-scope items, one more is included with each version. */
  readonly inScope: readonly string[];
  readonly outOfScope: string;
  readonly tradeoffs: readonly TradeoffTemplate[];
  readonly nonNegotiables: string;
  readonly successCriteria: string;
  readonly exitConditions: string;
  readonly internalNotes: readonly string[];
}

export const CHARTERS: Readonly<Record<PartnershipType, CharterTemplate>> = {
  'co-sell': {
    purpose: 'Win mid-market and enterprise customers in {territory} together by selling our platform through {partner} marketplace listings and joint account plans, so customers buy once and get one support path.',
    goals: [
      { statement: 'Grow co-sold pipeline in {territory}', metric: 'Qualified co-sell pipeline (USD)', targets: ['$2.5M', '$4M', '$6M'] },
      { statement: 'Close marketplace transactions', metric: 'Closed-won deals via the marketplace', targets: ['12 deals', '20 deals', '30 deals'] },
      { statement: 'Certify field sellers on the joint solution', metric: 'Certified sellers on both sides', targets: ['40 sellers', '75 sellers', '120 sellers'] },
      { statement: 'Publish a referenceable joint customer story', metric: 'Published case studies', targets: ['2', '4', '6'] },
      { statement: 'Keep joint deal registration fast', metric: 'Median days from registration to acceptance', targets: ['5 days', '3 days', '2 days'] },
    ],
    valueExchange: {
      weGive: 'Marketplace-ready listing, co-sell incentives for their field, solution engineers on joint pursuits.',
      weGet: 'Access to their enterprise account teams, marketplace spend commitments counting toward our deals.',
      theyGive: 'Account mapping, co-sell prioritisation in target accounts, marketplace fee reduction for private offers.',
      theyGet: 'Consumption on their platform from every deal, a differentiated workload for their strategic accounts.',
    },
    inScope: ['Enterprise and mid-market accounts in {territory}', 'Private offers through the {partner} marketplace', 'Joint account planning for the top 50 named accounts'],
    outOfScope: 'Public sector, resale outside the marketplace, and any professional services delivery.',
    tradeoffs: [
      { term: 'Marketplace fee', positions: ['3% on private offers', '1.5% on private offers above $500k'] },
      { term: 'Lead ownership when both sides source the deal', positions: ['First registration wins', 'Joint ownership with split credit'] },
      { term: 'Exclusivity against their native service', positions: ['None; they may still position their native service', 'No active displacement in named accounts'] },
    ],
    nonNegotiables: 'We keep the direct customer relationship and the support contract. No discounting below the floor price agreed with finance.',
    successCriteria: 'Co-sold pipeline and closed deals on track for two consecutive quarters; both field organisations name the partnership in their account plans.',
    exitConditions: 'Either side may exit with 90 days notice if pipeline stays below half of target for two consecutive quarters.',
    internalNotes: [
      'Their alliance team changes every 12–18 months; keep the relationship wider than one person.',
      'The real lever is their seller incentive; push for it at every QBR.',
      'We over-invested in enablement in year one — focus on named accounts now.',
    ],
  },
  reseller: {
    purpose: '{partner} resells and implements our software for mid-sized customers in {territory}, giving us local language sales, invoicing and first-line support we cannot staff ourselves.',
    goals: [
      { statement: 'Grow annual recurring revenue through {partner}', metric: 'Net new ARR (EUR)', targets: ['€600k', '€900k', '€1.3M'] },
      { statement: 'Keep customers renewing', metric: 'Gross renewal rate of resold customers', targets: ['88%', '90%', '92%'] },
      { statement: 'Build a certified delivery team', metric: 'Certified consultants at {partner}', targets: ['6', '10', '14'] },
      { statement: 'Resolve first-line tickets at the partner', metric: 'Tickets resolved without escalation', targets: ['60%', '70%', '75%'] },
    ],
    valueExchange: {
      weGive: 'Reseller discount, not-for-resale licences, partner enablement, a named channel manager.',
      weGet: 'Local sales coverage, localised onboarding, first-line support, and quarterly forecasts.',
      theyGive: 'A dedicated sales team, certified consultants, marketing events in {territory}.',
      theyGet: 'Margin on licences, implementation revenue, and leads we pass on for the region.',
    },
    inScope: ['Customers with 100–2,000 employees in {territory}', 'Licence resale and implementation services', 'First-line support in the local language'],
    outOfScope: 'Enterprise named accounts (direct), public tenders above €1M, and customers outside the territory.',
    tradeoffs: [
      { term: 'Reseller discount', positions: ['25% off list', '30% off list above €500k annual volume'] },
      { term: 'Minimum annual commitment', positions: ['€400k', '€550k'] },
      { term: 'Territory exclusivity', positions: ['Non-exclusive', 'Exclusive for the mid-market segment'] },
    ],
    nonNegotiables: 'Our standard EULA applies to every customer. Pricing to end customers never undercuts our own list by more than 10%.',
    successCriteria: 'Minimum commitment met, renewal rate at target, and fewer than five escalations per quarter.',
    exitConditions: 'Termination for convenience with six months notice; immediate termination if the minimum is missed two years running.',
    internalNotes: [
      'Their forecast is optimistic by about 30% — discount it in our plan.',
      'The founder is the real decision maker whatever the org chart says.',
      'If the minimum slips again, prepare a second reseller for the region.',
    ],
  },
  technology: {
    purpose: 'Build and maintain a certified integration between our platform and {partner}, so shared customers can sync data both ways without custom code.',
    goals: [
      { statement: 'Ship and certify the two-way connector', metric: 'Connector GA and certification', targets: ['GA on both marketplaces', 'v2 with bulk sync', 'v3 with event streaming'] },
      { statement: 'Drive adoption among shared customers', metric: 'Active connector installs', targets: ['150 installs', '400 installs', '800 installs'] },
      { statement: 'Keep the integration reliable', metric: 'Sync success rate', targets: ['99.0%', '99.5%', '99.9%'] },
      { statement: 'Co-market the integration', metric: 'Joint webinars and launch posts', targets: ['2 per year', '4 per year', '6 per year'] },
    ],
    valueExchange: {
      weGive: 'Engineering time to build and maintain the connector, sandbox licences, roadmap previews.',
      weGet: 'API access and rate-limit exemptions, a listing in their app directory, joint launch support.',
      theyGive: 'Partner API tier, a technical contact, early access to breaking API changes.',
      theyGet: 'A stickier product for shared customers and a certified connector they do not maintain.',
    },
    inScope: ['Two-way data sync through public APIs', 'Listing in both app directories', 'Joint technical documentation'],
    outOfScope: 'Custom integrations for single customers, white-labelling, and reselling each other’s products.',
    tradeoffs: [
      { term: 'Who maintains the connector', positions: ['We build and maintain it', 'We maintain it; they fund one engineer for v2'] },
      { term: 'Notice of breaking API changes', positions: ['90 days', '180 days for deprecations'] },
      { term: 'Data residency of synced data', positions: ['Customer chooses the region', 'EU data stays in the EU by default'] },
    ],
    nonNegotiables: 'No shared customer data leaves the customer’s tenant. We keep the right to deprecate the connector with 12 months notice.',
    successCriteria: 'Connector certified, install target met, and sync success at target for three consecutive months.',
    exitConditions: 'Either side may end the partnership with 6 months notice; the connector stays supported for existing installs for 12 months.',
    internalNotes: [
      'Their API rate limits are the real risk; escalate early if the bulk sync hits them.',
      'Product wants this integration more than sales does; keep the sales story simple.',
      'Their CTO has hinted at building a native version — watch for it.',
    ],
  },
  distribution: {
    purpose: '{partner} distributes our products to a network of regional resellers in {territory}, handling credit, logistics and local compliance so we can scale without an entity in every market.',
    goals: [
      { statement: 'Grow distribution revenue in {territory}', metric: 'Sell-through revenue (USD)', targets: ['$1.8M', '$2.6M', '$3.5M'] },
      { statement: 'Recruit and activate resellers', metric: 'Resellers with a sale in the last 90 days', targets: ['25', '40', '60'] },
      { statement: 'Keep stock healthy', metric: 'Weeks of inventory in the channel', targets: ['≤ 8 weeks', '≤ 6 weeks', '≤ 5 weeks'] },
      { statement: 'Report sell-through on time', metric: 'Monthly POS reports delivered by the 10th', targets: ['10 of 12 months', '12 of 12 months', '12 of 12 months'] },
    ],
    valueExchange: {
      weGive: 'Distributor pricing, market development funds, price protection and a regional partner manager.',
      weGet: 'Reach into {territory} resellers, local invoicing and credit risk taken by the distributor.',
      theyGive: 'Reseller recruitment, credit lines, logistics, monthly sell-through data.',
      theyGet: 'Distributor margin, MDF, and a product line their resellers ask for.',
    },
    inScope: ['Reseller recruitment and enablement in {territory}', 'Stock holding and fulfilment', 'Monthly sell-through and inventory reporting'],
    outOfScope: 'Direct sales to end customers, markets outside {territory}, and support beyond first line.',
    tradeoffs: [
      { term: 'Distributor margin', positions: ['12%', '14% above $3M annual volume'] },
      { term: 'Market development funds', positions: ['2% of purchases, claimed quarterly', '3% of purchases, pre-approved plan'] },
      { term: 'Price protection window', positions: ['30 days', '45 days'] },
    ],
    nonNegotiables: 'Monthly sell-through data by reseller. No grey-market exports outside the territory.',
    successCriteria: 'Revenue and reseller activation at target with inventory inside the agreed band.',
    exitConditions: '90 days notice; on exit we buy back unsold stock at cost less 10%.',
    internalNotes: [
      'Their POS data is always late in Q4 — chase it in November.',
      'Two of their top resellers also carry a competitor.',
      'Credit terms are their main lever in negotiation, not margin.',
    ],
  },
  'joint venture': {
    purpose: 'Run a jointly owned venture with {partner} that brings a combined analytics service to {territory}, sharing investment, risk and returns according to the shareholder agreement.',
    goals: [
      { statement: 'Reach operating break-even', metric: 'JV EBITDA', targets: ['Break-even by year 3', 'Break-even by year 2', '10% margin'] },
      { statement: 'Sign anchor customers', metric: 'Customers on multi-year contracts', targets: ['5', '9', '15'] },
      { statement: 'Staff the venture independently', metric: 'JV headcount not seconded from parents', targets: ['60%', '75%', '90%'] },
      { statement: 'Hold board meetings on schedule', metric: 'Quarterly board meetings held', targets: ['4 per year', '4 per year', '4 per year'] },
    ],
    valueExchange: {
      weGive: '50% of the capital, our analytics platform under licence, two seconded leaders.',
      weGet: '50% of profits, access to {partner} industrial customers, a reference in a new sector.',
      theyGive: '50% of the capital, domain experts, customer introductions and site access.',
      theyGet: '50% of profits, a digital service line, and licence rights for their own operations.',
    },
    inScope: ['Analytics services for industrial customers in {territory}', 'Shared go-to-market under the JV brand', 'A joint delivery team'],
    outOfScope: 'Either parent’s existing customer contracts, and markets outside {territory}.',
    tradeoffs: [
      { term: 'Board composition', positions: ['Two seats each, chair rotates yearly', 'Two seats each plus one independent'] },
      { term: 'Additional capital calls', positions: ['Pro rata, unanimous approval', 'Pro rata, approval by 75%'] },
      { term: 'IP created by the venture', positions: ['Owned by the JV, licensed to both parents', 'Owned by the JV; parents get a free perpetual licence'] },
    ],
    nonNegotiables: 'Our platform IP stays ours and is only licensed. Deadlock resolution through the agreed escalation ladder, not litigation.',
    successCriteria: 'Business plan revenue met within 15%, anchor customers signed, and a board that decides without escalation.',
    exitConditions: 'Shotgun clause after year 3; either parent may buy the other out at independent valuation on deadlock.',
    internalNotes: [
      'Their board members defer to the CFO on anything with capex.',
      'The JV CEO is seconded from them — check the reporting lines are really neutral.',
      'Our CFO wants a path to full ownership by year 5.',
    ],
  },
  supplier: {
    purpose: '{partner} supplies hardware and managed services we bundle into our offering, with the capacity, quality and price stability we need to promise delivery dates to our customers.',
    goals: [
      { statement: 'Deliver on time', metric: 'Orders delivered by the committed date', targets: ['95%', '97%', '98%'] },
      { statement: 'Keep quality high', metric: 'Defect rate on delivered units', targets: ['< 1.0%', '< 0.7%', '< 0.5%'] },
      { statement: 'Reduce unit cost', metric: 'Year-on-year unit cost reduction', targets: ['3%', '5%', '5%'] },
      { statement: 'Secure capacity for growth', metric: 'Reserved capacity for the next two quarters', targets: ['120% of forecast', '130% of forecast', '130% of forecast'] },
    ],
    valueExchange: {
      weGive: 'Rolling 12-month forecasts, volume commitments, and early involvement in product design.',
      weGet: 'Reserved capacity, stable pricing, priority in shortages and a named service manager.',
      theyGive: 'Capacity reservation, quality reports, and 60 days notice of any price change.',
      theyGet: 'Predictable volume, a multi-year contract and a reference customer.',
    },
    inScope: ['Hardware units for the bundled offering', 'Managed installation and RMA handling', 'Quarterly capacity planning'],
    outOfScope: 'Software development, and supply to our resellers directly.',
    tradeoffs: [
      { term: 'Volume commitment', positions: ['80% of forecast is binding', '70% of forecast is binding, 12-month rolling'] },
      { term: 'Price adjustment', positions: ['Fixed for 12 months', 'Indexed to component costs, capped at 4%'] },
      { term: 'Penalties for late delivery', positions: ['1% per week, capped at 10%', 'Service credits instead of penalties'] },
    ],
    nonNegotiables: 'Dual sourcing stays allowed. Any change of sub-supplier for critical components needs our written approval.',
    successCriteria: 'On-time delivery and defect rate at target for four consecutive quarters, and no stock-out affecting our customers.',
    exitConditions: '12 months notice for convenience; immediate termination after three consecutive months below 90% on-time delivery.',
    internalNotes: [
      'Their margins are thin this year; do not push price and capacity at the same time.',
      'Second source qualification is 60% done — keep it quiet for now.',
      'Their plant manager is the person who actually solves problems.',
    ],
  },
  other: {
    purpose: 'A referral and research collaboration with {partner}: each side introduces suitable customers and we run one joint study a year on topics both audiences care about.',
    goals: [
      { statement: 'Exchange qualified referrals', metric: 'Referrals accepted by the other side', targets: ['10 per year', '16 per year', '24 per year'] },
      { statement: 'Publish joint research', metric: 'Reports published', targets: ['1 per year', '2 per year', '2 per year'] },
      { statement: 'Convert referrals', metric: 'Referral-to-customer conversion', targets: ['15%', '20%', '25%'] },
    ],
    valueExchange: {
      weGive: 'Referral fees, data for joint research, speakers for their events.',
      weGet: 'Introductions to their client base, research credibility.',
      theyGive: 'Introductions, analyst time for the joint study.',
      theyGet: 'Referral fees and co-branded research they can sell on.',
    },
    inScope: ['Customer referrals in both directions', 'One co-branded research report a year', 'Joint events'],
    outOfScope: 'Resale, shared pricing and any delivery on the other side’s behalf.',
    tradeoffs: [
      { term: 'Referral fee', positions: ['10% of first-year contract value', '8% of first-year value, capped at $20k'] },
      { term: 'Research data ownership', positions: ['Shared', 'Shared; raw data stays with the collecting side'] },
    ],
    nonNegotiables: 'No customer data changes hands without the customer’s consent.',
    successCriteria: 'Referral and research targets met for the year, with positive feedback from referred customers.',
    exitConditions: 'Either side may end with 30 days notice; referrals in flight are honoured.',
    internalNotes: ['Low effort, low expectation — revisit at renewal whether it is worth it.', 'Their analysts are excellent; the sales side less so.'],
  },
};

export interface CadenceTemplate {
  readonly kind: CadenceKind;
  readonly name: string;
  readonly channel: string;
  readonly agenda: string;
}

export const CADENCE_TEXT = {
  weeklyOps: { kind: 'ops sync', name: 'Weekly ops sync', channel: 'Teams', agenda: '1. Open actions\n2. Pipeline and escalations\n3. Anything blocked\n4. Next steps and owners' },
  biweeklyOps: { kind: 'ops sync', name: 'Fortnightly ops sync', channel: 'Zoom', agenda: '1. Actions from last time\n2. Deals and delivery status\n3. Risks\n4. Decisions needed' },
  steering: { kind: 'steering committee', name: 'Monthly steering committee', channel: 'Google Meet', agenda: '1. Scorecard against goals\n2. Escalations\n3. Decisions\n4. Asks of each sponsor' },
  qbr: { kind: 'quarterly business review', name: 'Quarterly business review', channel: 'On site, alternating offices', agenda: '1. Quarter in numbers\n2. Goals and commitments by side\n3. Health check results\n4. Plan for next quarter' },
  executive: { kind: 'executive review', name: 'Executive sponsor check-in', channel: 'Phone', agenda: '1. Relationship temperature\n2. Strategic changes on either side\n3. What we need from each other' },
  partnerUpdate: { kind: 'partner update', name: 'Partner newsletter and update', channel: 'Email', agenda: 'Release notes, programme changes, upcoming events, asks.' },
} as const satisfies Record<string, CadenceTemplate>;

/** Sentences a summary of a meeting of each kind is composed from. */
export const MEETING_POINTS: Readonly<Record<CadenceKind, readonly string[]>> = {
  'ops sync': [
    'Walked through open actions; {n} closed since last time.',
    'Reviewed joint pipeline: two deals moved to commit, one slipped to next quarter.',
    '{theirLead} flagged a delay on the partner side and will confirm a new date by Friday.',
    'Escalation on a shared customer resolved; root cause was a misrouted support ticket.',
    'Agreed to tighten the deal registration process before the quarter end push.',
    'Enablement session for their new sellers is booked.',
    'Discussed the forecast gap; {theirLead} thinks it recovers next month.',
    'No blockers this week. Short call.',
    '{ourLead} shared the updated partner portal guide; feedback due next sync.',
    'Marketing calendar reviewed; the joint webinar needs a customer speaker.',
    'Integration error rate up slightly after their release; engineering looking into it.',
    'Two new contacts joined from their side; added them to the stakeholder map.',
  ],
  'steering committee': [
    'Scorecard reviewed against the charter goals: {n} of 4 on track.',
    'Sponsors agreed to revisit the regional targets next month.',
    'Discussed resourcing: their side is short one solutions architect until next quarter.',
    '{theirLead} presented the reseller recruitment plan; approved with changes.',
    'Escalated the contract amendment to legal on both sides.',
    'Reviewed health check results; communication scored lowest on both sides.',
    'Budget for joint marketing confirmed for the next half.',
    'Agreed the priorities for the next 90 days and who owns each.',
  ],
  'quarterly business review': [
    'Quarter in numbers: pipeline up, win rate flat, renewals on target.',
    'Reviewed commitments by side; both sides had late items, theirs mostly in reporting.',
    'Sponsors reaffirmed the purpose; no change to the charter needed this quarter.',
    'Presented the joint customer story; {theirLead} will get customer approval to publish.',
    'Agreed the plan for next quarter with three priorities and named owners.',
    'Discussed the renewal approach; both sides want to extend, terms to be negotiated.',
    'Health trend reviewed; trust improved, execution still the weakest dimension.',
  ],
  'executive review': [
    'Sponsors aligned on the strategic direction; no surprises on either side.',
    'Their sponsor asked for a clearer view of the revenue we attribute to them.',
    'Discussed their reorganisation and what it means for the partnership.',
    'Agreed to bring the renewal conversation forward.',
  ],
  'health check': ['Ran the joint health check; results shared with both teams.'],
  'partner update': [
    'Sent the monthly update: release notes, programme changes and upcoming events.',
    'Update sent with the new co-marketing guidelines and the event calendar.',
    'Shared the quarterly programme changes and asked for their forecast.',
  ],
  other: ['Catch-up on open topics.'],
};

export const SKIP_NOTES = [
  'Skipped: public holiday on their side.',
  'Skipped: nothing on the agenda, actions handled by email.',
  'Skipped: both leads travelling for the sales kick-off.',
  'Skipped: their team at a company offsite.',
  'Skipped: clashed with quarter-end close.',
] as const;

export const MOVE_NOTES = ['Moved to fit their sponsor’s travel.', 'Moved by two days for a customer escalation.', 'Moved: room booking clash.'] as const;

export interface AdHocTemplate {
  readonly kind: 'call' | 'email' | 'partner update';
  readonly title: string;
  readonly summary: string;
}

export const AD_HOC_TOUCHPOINTS: readonly AdHocTemplate[] = [
  { kind: 'call', title: 'Call with {theirLead} about a stuck deal', summary: 'A joint deal is stuck in their procurement. {theirLead} will ask their sponsor to call the customer’s CIO.' },
  { kind: 'call', title: 'Escalation call: shared customer outage', summary: 'Customer outage traced to a configuration change on the partner side. Post-mortem agreed within 5 working days.' },
  { kind: 'call', title: 'Quick sync on the renewal terms', summary: 'First informal read of renewal expectations. They want better margin; we want a higher minimum commitment.' },
  { kind: 'call', title: 'Intro call with their new channel lead', summary: 'Walked through the charter, the cadence and open commitments. Good energy, wants a plan for the first 90 days.' },
  { kind: 'email', title: 'Sent the quarterly scorecard', summary: 'Scorecard sent to both sponsors with the goals, commitments by side and the latest health check.' },
  { kind: 'email', title: 'Follow-up on the forecast', summary: 'Asked {theirLead} for the updated forecast with named accounts; reminder that it is due before the QBR.' },
  { kind: 'email', title: 'Confirmed the joint event budget', summary: 'Confirmed our half of the event budget and the split of lead follow-up.' },
  { kind: 'email', title: 'Contract amendment sent for review', summary: 'Sent the draft amendment covering the new territory to their legal team.' },
  { kind: 'partner update', title: 'Partner programme update', summary: 'Sent programme changes for the next half: new certification track, updated deal registration rules.' },
  { kind: 'partner update', title: 'Release notes for partners', summary: 'Shared the release notes and the two changes that affect the integration.' },
];

export interface DecisionTemplate {
  readonly statement: string;
  readonly rationale: string;
}

export const DECISIONS: readonly DecisionTemplate[] = [
  { statement: 'Focus joint selling on the top 30 named accounts for the next two quarters.', rationale: 'Spreading across the whole territory produced pipeline that never closed.' },
  { statement: 'Move the ops sync from weekly to fortnightly.', rationale: 'Most weeks had no new items; both leads prefer fewer, better prepared calls.' },
  { statement: 'Fund a shared solutions architect 50/50 for one year.', rationale: 'Technical validation was the bottleneck in most joint deals.' },
  { statement: 'Postpone the second territory until the first hits its target.', rationale: 'Neither side has the capacity to launch both this year.' },
  { statement: 'Adopt a single deal registration form for both sides.', rationale: 'Duplicate registrations caused three channel conflicts last quarter.' },
  { statement: 'Publish the joint case study without the revenue figures.', rationale: 'The customer approved the story but not the numbers.' },
  { statement: 'Escalate pricing exceptions to the steering committee only above 20%.', rationale: 'Smaller exceptions were slowing down deals for little benefit.' },
  { statement: 'Run the health check with the partner every quarter, not every half.', rationale: 'The last gap surprised both sponsors; we want earlier signals.' },
  { statement: 'Keep the current margin structure through renewal.', rationale: 'Margin is not the issue; enablement and lead flow are.' },
  { statement: 'Sunset the legacy connector by the end of next quarter.', rationale: 'Fewer than 20 customers still use it and all have a migration path.' },
  { statement: 'Add their head of product to the steering committee.', rationale: 'Roadmap decisions kept being deferred for lack of a product voice.' },
  { statement: 'Agree on monthly sell-through reporting by the 10th.', rationale: 'Quarterly data was too late to act on.' },
];

export interface CommitmentTemplate {
  readonly title: string;
  readonly detail: string;
}

export const COMMITMENTS: Readonly<Record<'us' | 'partner' | 'joint', readonly CommitmentTemplate[]>> = {
  us: [
    { title: 'Send the updated partner pricing sheet', detail: 'Include the new bundle SKUs and the volume tiers.' },
    { title: 'Book the enablement session for their new sellers', detail: 'Two hours, recorded, with the demo environment ready.' },
    { title: 'Share the integration roadmap for next half', detail: 'Partner-safe version only; no dates on unannounced features.' },
    { title: 'Fix the co-branding on the joint landing page', detail: 'Their logo is outdated and the CTA points to our direct form.' },
    { title: 'Provide sandbox licences for their solution team', detail: 'Five licences, 12 months.' },
    { title: 'Approve the MDF claim for last quarter', detail: 'Check receipts against the agreed plan before approving.' },
    { title: 'Draft the renewal proposal', detail: 'Options with and without the new territory; review with finance first.' },
    { title: 'Introduce their team to our support leads', detail: 'So escalations go straight to the right person.' },
    { title: 'Send the quarterly scorecard to both sponsors', detail: 'Goals, commitments by side, health trend.' },
    { title: 'Publish the joint solution brief', detail: 'Final copy approved by their marketing; needs our legal sign-off.' },
  ],
  partner: [
    { title: 'Deliver the pipeline forecast with named accounts', detail: 'Needed before the QBR to compare against our view.' },
    { title: 'Certify two more consultants', detail: 'Exams booked for the end of the month.' },
    { title: 'Send the monthly sell-through report', detail: 'By reseller and SKU, in the agreed template.' },
    { title: 'Confirm the customer reference for the case study', detail: 'Customer approval in writing.' },
    { title: 'Fix the sync failures on large accounts', detail: 'Rate limit on their side; they will raise it for partner traffic.' },
    { title: 'Nominate a replacement day-to-day lead', detail: 'Current lead leaves at the end of next month.' },
    { title: 'Return the signed contract amendment', detail: 'Covers the new territory and the revised minimum.' },
    { title: 'Share their event calendar for next half', detail: 'So we can plan joint presence.' },
    { title: 'Complete the partner health survey', detail: 'Five dimensions, comments welcome.' },
    { title: 'Run the joint webinar registration campaign', detail: 'Target 150 registrations from their list.' },
  ],
  joint: [
    { title: 'Agree the joint business plan for next year', detail: 'Targets, investments and owners on both sides.' },
    { title: 'Run the post-mortem on the customer escalation', detail: 'Blameless; actions owned by each side.' },
    { title: 'Update the charter goals after the review', detail: 'Propose the new targets as a draft version.' },
    { title: 'Plan the customer advisory session', detail: 'Five shared customers, half a day, on site.' },
  ],
};

/** Comments by dimension for a low (1–2), middling (3) and high (4–5) score. */
export const HEALTH_COMMENTS: Readonly<Record<string, readonly [string, string, string]>> = {
  'strategic value': [
    'Hard to see what the partnership contributes to either strategy right now.',
    'Valuable in a few accounts, not yet across the territory.',
    'Clearly part of both sides’ growth plans for next year.',
  ],
  trust: [
    'Surprises on both sides this quarter; information is being held back.',
    'Good working trust at lead level, less so between the sponsors.',
    'Open about problems early; no hidden agendas.',
  ],
  communication: [
    'Meetings skipped and follow-ups missing; we learn things late.',
    'Regular, but too much status and not enough discussion.',
    'Cadence works; the right people hear things quickly.',
  ],
  execution: [
    'Several commitments late on both sides; reporting still missing.',
    'Most commitments kept, a few slipping quarter after quarter.',
    'Commitments kept on time, almost without chasing.',
  ],
  'executive sponsorship': [
    'Sponsor has not attended a meeting in months.',
    'Sponsors engaged when asked, not proactively.',
    'Both sponsors visibly champion the partnership internally.',
  ],
};

export const HEALTH_NOTES = [
  'Scores discussed with the sponsor before entering.',
  'Partner scores collected through the shared survey.',
  'Execution dragged down by late reporting, not by delivery.',
  '',
  '',
] as const;

export const TOUCHPOINT_NOTES = [
  'Their lead seemed distracted — reorganisation rumours on their side?',
  'Do not raise the second reseller yet; wait until the renewal talks.',
  'Sponsor joined unannounced for ten minutes: a good sign.',
  'They are clearly under pressure on their own quarter numbers.',
  'Our side was under-prepared; send the pre-read a day earlier next time.',
] as const;

/** A first action for a weak dimension, captured as a commitment from the health check. */
export const HEALTH_ACTIONS: Readonly<Record<string, CommitmentTemplate>> = {
  'strategic value': { title: 'Re-state the joint value proposition with both sponsors', detail: 'One page: why this partnership, for whom, and what each side gets this year.' },
  trust: { title: 'Hold an open retrospective with both leads', detail: 'What surprised each side this quarter and what we will share earlier from now on.' },
  communication: { title: 'Reset the meeting cadence and share notes within a day', detail: 'Agree who writes notes, where they live and the 24-hour rule.' },
  execution: { title: 'Review every open commitment with its owner', detail: 'Confirm, re-date or drop each item; report the list at the next steering committee.' },
  'executive sponsorship': { title: 'Set up a sponsor-to-sponsor call this month', detail: 'Brief our sponsor first on the three asks we need from theirs.' },
};
