import type { IntentContent } from '@shared/domain';
import { IntentText } from './IntentText';

/** In scope and out of scope side by side: products, territories, segments. */
export function ScopeView({ scope }: { readonly scope: IntentContent['scope'] }) {
  return (
    <dl className="intent-pair">
      <div>
        <dt>In scope</dt>
        <dd>
          <IntentText text={scope.inScope} blank="Not stated." />
        </dd>
      </div>
      <div>
        <dt>Out of scope</dt>
        <dd>
          <IntentText text={scope.outOfScope} blank="Not stated." />
        </dd>
      </div>
    </dl>
  );
}
