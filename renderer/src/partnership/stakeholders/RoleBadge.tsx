import type { AllianceRole } from '@shared/domain';
import { capitalise } from '../../format';

export function RoleBadge({ role }: { readonly role: AllianceRole }) {
  return <span className={`badge stakeholders-role stakeholders-role-${role.replaceAll(' ', '-')}`}>{capitalise(role)}</span>;
}
