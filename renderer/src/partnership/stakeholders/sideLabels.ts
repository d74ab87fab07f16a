import type { Side } from '@shared/domain';

export interface SideLabel {
  /** "Our side" / "Partner side". */
  readonly title: string;
  /** The organisation on that side, when known. */
  readonly org: string;
  /** "on our side" / "on the partner side", to finish a sentence or a button's name. */
  readonly phrase: string;
}

export type SideLabels = Readonly<Record<Side, SideLabel>>;

/** Headings for both sides: ours named after the organisation in settings, theirs after the partner. */
export function sideLabels(organisationName: string | undefined, partnerOrg: string): SideLabels {
  return {
    us: { title: 'Our side', org: organisationName?.trim() ?? '', phrase: 'on our side' },
    partner: { title: 'Partner side', org: partnerOrg.trim(), phrase: 'on the partner side' },
  };
}

/** "Our side · Initrode", or just "Our side" when the organisation is not set. */
export function sideHeading(label: SideLabel): string {
  return label.org ? `${label.title} · ${label.org}` : label.title;
}
