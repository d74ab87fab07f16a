// Settings → Team, from the server's access list: the team's members, and the partnerships this
// member has on the server with who holds each (an owner can stop sharing one with a member),
// and the partnerships on this machine the server does not give them (kept here, not synced).
import type { Partnership } from '@shared/domain';
import type { AccessList } from '@shared/sync/protocol';
import { ROLES } from '@shared/sync/protocol';
import type { TeamConnection } from '../../db/sync/connection';
import { StopSharing } from './StopSharing';

export const nameOf = (partnerships: readonly Partnership[], id: string) => partnerships.find((p) => p.id === id)?.name ?? `Partnership ${id.slice(0, 8)}…`;

/** Who has a partnership, owners first, then editors, then viewers. */
const holders = (members: AccessList['partnerships'][number]['members']) => [...members].sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role));

interface Props {
  readonly access: AccessList;
  readonly partnerships: readonly Partnership[];
  readonly connection: TeamConnection;
}

function Members({ access }: Pick<Props, 'access'>) {
  return (
    <table className="team-table">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Email</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {access.members.map((m) => (
          <tr key={m.id}>
            <td>
              {m.name}
              {m.id === access.member.id ? ' (you)' : ''}
            </td>
            <td>{m.email}</td>
            <td>{m.revokedAt ? 'Removed' : 'Active'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Holders({ access, partnership, name, connection }: Pick<Props, 'access' | 'connection'> & { readonly partnership: AccessList['partnerships'][number]; readonly name: string }) {
  const member = (id: string) => access.members.find((m) => m.id === id);
  return (
    <ul className="team-holders">
      {holders(partnership.members).map((h) => {
        const who = member(h.memberId);
        return (
          <li key={h.memberId}>
            <span>
              {who?.name ?? 'a former member'} ({h.role})
            </span>
            {partnership.role === 'owner' && who && who.id !== access.member.id && <StopSharing connection={connection} partnershipId={partnership.id} partnershipName={name} member={who} />}
          </li>
        );
      })}
    </ul>
  );
}

export function TeamAccess({ access, partnerships, connection }: Props) {
  const connected = new Set(connection.connected());
  const kept = partnerships.filter((p) => !access.partnerships.some((a) => a.id === p.id) && !connected.has(p.id));
  return (
    <>
      <h3>Members</h3>
      <Members access={access} />
      <h3>Your partnerships on the server</h3>
      {access.partnerships.length === 0 ? (
        <p className="muted">None yet.</p>
      ) : (
        <table className="team-table">
          <thead>
            <tr>
              <th scope="col">Partnership</th>
              <th scope="col">You</th>
              <th scope="col">Who has it</th>
            </tr>
          </thead>
          <tbody>
            {access.partnerships.map((p) => (
              <tr key={p.id}>
                <td>{nameOf(partnerships, p.id)}</td>
                <td>{p.role}</td>
                <td>
                  <Holders access={access} partnership={p} name={nameOf(partnerships, p.id)} connection={connection} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {kept.length > 0 && (
        <p className="muted">
          On this machine only, not shared with you on the team server (kept here, no longer synced): {kept.map((p) => `“${p.name}”`).join(', ')}.
        </p>
      )}
    </>
  );
}
