import type { PartnershipStatus } from '@shared/domain';
import { capitalise } from '../format';

export function StatusBadge({ status }: { readonly status: PartnershipStatus }) {
  return <span className={`badge badge-${status.replace(' ', '-')}`}>{capitalise(status)}</span>;
}
