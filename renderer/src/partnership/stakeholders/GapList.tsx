import { useId } from 'react';
import type { StakeholderGap } from '@shared/stakeholderMap';
import { describeGap } from '@shared/stakeholderMap';

interface Props {
  readonly gaps: readonly StakeholderGap[];
  readonly title: string;
}

/** Gaps in the relationship, each with why it matters. Renders nothing when there are none. */
export function GapList({ gaps, title }: Props) {
  const headingId = useId();
  if (gaps.length === 0) return null;
  return (
    <section className="stakeholders-gaps" aria-labelledby={headingId}>
      <h2 id={headingId} className="stakeholders-gaps-title">
        {title}
      </h2>
      <ul>
        {gaps.map((gap) => {
          const text = describeGap(gap);
          return (
            <li key={`${gap.kind}:${gap.side}:${gap.kind === 'missing role' ? gap.role : ''}`}>
              <strong>{text.title}.</strong> {text.why}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
