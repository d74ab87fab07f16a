import { useState } from 'react';
import type { IntentVersion } from '@shared/domain';
import { diffIntent } from '@shared/intentDiff';
import { defaultComparison } from '@shared/intentView';
import { Field } from '../../components/Field';
import { capitalise } from '../../format';
import { useDateText } from '../../clock/useDateText';
import { IntentChangeList } from './IntentChangeList';

/** "v2 · Agreed 3 Mar 2027", "v1 · Superseded (agreed 2 Jan 2027)", "v3 · Draft". */
function optionLabel(v: IntentVersion, formatDay: (day: string) => string): string {
  const on = v.agreement ? formatDay(v.agreement.agreedOn) : '';
  if (v.status === 'agreed') return `v${v.version} · Agreed ${on}`;
  return `v${v.version} · ${capitalise(v.status)}${on ? ` (agreed ${on})` : ''}`;
}

/** "What changed": any two versions, section by section, optionally as the partner would see it. */
export function IntentComparison({ versions }: { readonly versions: readonly IntentVersion[] }) {
  const [picked, setPicked] = useState<{ from?: string; to?: string }>({});
  const [isPartnerSafe, setPartnerSafe] = useState(false);
  const fallback = defaultComparison(versions);
  const from = versions.find((v) => v.id === picked.from) ?? fallback?.from;
  const to = versions.find((v) => v.id === picked.to) ?? fallback?.to;
  return (
    <section className="intent-block" aria-labelledby="intent-diff-title">
      <h2 id="intent-diff-title">What changed</h2>
      {!from || !to ? (
        <p className="intent-quiet">Once there is a second version, compare any two here — for instance what changed since the last review.</p>
      ) : (
        <>
          <div className="intent-diff-controls">
            <Field label="From">
              {(a) => <VersionSelect {...a} versions={versions} value={from.id} onChange={(id) => setPicked((p) => ({ ...p, from: id }))} />}
            </Field>
            <Field label="To">
              {(a) => <VersionSelect {...a} versions={versions} value={to.id} onChange={(id) => setPicked((p) => ({ ...p, to: id }))} />}
            </Field>
            <label className="check intent-partner-safe">
              <input type="checkbox" checked={isPartnerSafe} onChange={(e) => setPartnerSafe(e.target.checked)} />
              Partner-safe view
            </label>
          </div>
          {isPartnerSafe && <p className="intent-quiet intent-safe-note">Internal sections and our tradeoff weights are hidden, as in what you send the partner.</p>}
          <ComparisonResult from={from} to={to} isPartnerSafe={isPartnerSafe} />
        </>
      )}
    </section>
  );
}

function ComparisonResult({ from, to, isPartnerSafe }: { readonly from: IntentVersion; readonly to: IntentVersion; readonly isPartnerSafe: boolean }) {
  const changes = diffIntent(from, to, { partnerSafe: isPartnerSafe });
  const between = `v${from.version} and v${to.version}`;
  if (from.id === to.id) return <p className="intent-quiet">Choose two different versions to compare.</p>;
  if (changes.length === 0) return <p className="intent-quiet">{isPartnerSafe ? `Nothing the partner would see differs between ${between}.` : `No differences between ${between}.`}</p>;
  const noun = changes.length === 1 ? 'change' : 'changes';
  return (
    <>
      <p className="intent-diff-summary" aria-live="polite">
        {changes.length} {noun} from v{from.version} to v{to.version}
      </p>
      <IntentChangeList changes={changes} />
    </>
  );
}

interface VersionSelectProps {
  readonly id: string;
  readonly versions: readonly IntentVersion[];
  readonly value: string;
  readonly onChange: (id: string) => void;
}

function VersionSelect({ versions, value, onChange, ...props }: VersionSelectProps) {
  const { formatDay } = useDateText();
  return (
    <select {...props} value={value} onChange={(e) => onChange(e.target.value)}>
      {versions.map((v) => (
        <option key={v.id} value={v.id}>
          {optionLabel(v, formatDay)}
        </option>
      ))}
    </select>
  );
}
