// Settings → Team: join a team sync server with an invitation, see its members and who has
// which partnership (the server's access list, TeamAccess.tsx), share a partnership you own or
// stop sharing it with a member, and leave. Joining or leaving loads the page again: the page's connect policy names the
// team's server from its first line (narrowConnections.ts), and the sync context is made
// before the database opens.
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { FieldErrors, Partnership, Settings } from '@shared/domain';
import { ValidationError } from '@shared/domain';
import type { AccessList, Role } from '@shared/sync/protocol';
import { ROLES } from '@shared/sync/protocol';
import { describeStatus } from '@shared/sync/status';
import { appContext } from '../../db/db';
import { usePartnerships } from '../../db/hooks';
import { joinTeam, leaveTeam, parseTeamInput } from '../../db/team';
import { Field } from '../components/Field';
import { failureMessage } from '../components/failureMessage';
import { FormFooter } from '../components/FormFooter';
import { TeamAccess, nameOf } from './TeamAccess';
import { restartForTeam } from './teamBoot';
import type { TeamState } from './teamStatus';
import { useAccess, useSyncStatus, useTeam } from './useTeam';
import './team.css';

export function TeamSection({ settings }: { readonly settings: Settings }) {
  const team = useTeam();
  return (
    <section className="panel" aria-labelledby="team-title">
      <h2 id="team-title">Team</h2>
      {team ? <Joined team={team} /> : <JoinForm initial={settings.team} userName={settings.userName} />}
    </section>
  );
}

interface JoinDraft {
  readonly serverUrl: string;
  readonly memberName: string;
  readonly token: string;
}

function JoinForm({ initial, userName, again }: { readonly initial?: Settings['team']; readonly userName: string; readonly again?: boolean }) {
  const [draft, setDraft] = useState<JoinDraft>({ serverUrl: initial?.serverUrl ?? '', memberName: initial?.memberName ?? userName, token: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string>();
  const [isJoining, setJoining] = useState(false);
  const field = (key: keyof JoinDraft) => ({ value: draft[key], onChange: (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: e.target.value })) });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(undefined);
    let membership;
    try {
      membership = parseTeamInput(draft);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      setErrors(error.errors);
      return;
    }
    setErrors({});
    setJoining(true);
    try {
      await joinTeam(appContext, membership);
      restartForTeam(membership.serverUrl);
    } catch (error) {
      setFailure(failureMessage('Could not join the team', error));
      setJoining(false);
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={again ? 'Join again with a new invitation' : 'Join a team'}>
      {!again && (
        <p>
          Share your portfolio with your alliance team through a Steward sync server. Joining shares every partnership on this machine with the team’s server, where you
          become its owner and can share it with the team’s members. Steward then connects to that server only. Without a team, Steward makes no network requests.
        </p>
      )}
      <div className="form-grid">
        <Field label="Team server" error={errors.serverUrl} hint="The address the team owner gave you, e.g. wss://sync.example.com:1234." required>
          {(a) => <input {...a} {...field('serverUrl')} inputMode="url" autoComplete="off" spellCheck={false} />}
        </Field>
        <Field label="Your name in the team" error={errors.memberName} hint="Shown on your changes on the others’ machines." required>
          {(a) => <input {...a} {...field('memberName')} />}
        </Field>
      </div>
      <Field label="Invitation token" error={errors.token} hint="Kept on this machine only; never in a backup or an export." required>
        {(a) => <textarea {...a} {...field('token')} className="team-token" autoComplete="off" spellCheck={false} rows={3} />}
      </Field>
      <FormFooter failure={failure} isSaving={isJoining} submitLabel={isJoining ? 'Joining…' : again ? 'Join again' : 'Join team'} />
    </form>
  );
}

function Joined({ team }: { readonly team: TeamState }) {
  const status = useSyncStatus(team.connection);
  const access = useAccess(team.connection);
  const partnerships = usePartnerships() ?? [];
  const isStopped = status?.kind === 'error' && team.connection.connected().length === 0;
  return (
    <>
      <p className={`team-status is-${status?.kind ?? 'connecting'}`} role="status">
        {status ? describeStatus(status) : 'Connecting…'}
      </p>
      <p>
        Joined {access ? `“${access.team.name}” ` : ''}on <code>{team.membership.serverUrl}</code> as <strong>{team.membership.memberName}</strong>. Partnerships made on this
        machine are shared with the team’s server; edits made offline are sent when it is reachable again.
      </p>
      {isStopped && <JoinForm initial={team.membership} userName={team.membership.memberName} again />}
      {access ? <TeamAccess access={access} partnerships={partnerships} connection={team.connection} /> : <p className="muted">The members and who has which partnership show once the server has answered.</p>}
      {access && <SharePanel team={team} access={access} partnerships={partnerships} />}
      <LeaveTeam team={team} />
    </>
  );
}

/** An owner shares a partnership with a member (POST /share); the server's `share` command does the same. */
function SharePanel({ team, access, partnerships }: { readonly team: TeamState; readonly access: AccessList; readonly partnerships: readonly Partnership[] }) {
  const owned = access.partnerships.filter((p) => p.role === 'owner');
  const others = access.members.filter((m) => m.id !== access.member.id && !m.revokedAt);
  // What was picked, or the first choice: the lists grow after the first render (the access list is read again).
  const [picked, setPartnershipId] = useState('');
  const [pickedEmail, setEmail] = useState('');
  const partnershipId = owned.some((p) => p.id === picked) ? picked : (owned[0]?.id ?? '');
  const email = others.some((m) => m.email === pickedEmail) ? pickedEmail : (others[0]?.email ?? '');
  const [role, setRole] = useState<Role>('editor');
  const [outcome, setOutcome] = useState<{ readonly ok: boolean; readonly text: string }>();
  const [isSharing, setSharing] = useState(false);
  if (owned.length === 0 || others.length === 0) return null;
  async function share(event: FormEvent) {
    event.preventDefault();
    setSharing(true);
    const answer = await team.connection.share({ partnershipId, email, role });
    setSharing(false);
    setOutcome(answer.ok ? { ok: true, text: `${nameOf(partnerships, partnershipId)} is shared with ${email} as ${role}.` } : { ok: false, text: answer.message });
  }
  return (
    <form className="form" onSubmit={share} aria-label="Share a partnership">
      <h3>Share a partnership</h3>
      <p className="muted">You can share the partnerships you own with the team’s members; they receive it at their next connection.</p>
      <div className="team-share">
        <Field label="Partnership">
          {(a) => (
            <select {...a} value={partnershipId} onChange={(e) => setPartnershipId(e.target.value)}>
              {owned.map((p) => (
                <option key={p.id} value={p.id}>
                  {nameOf(partnerships, p.id)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Member">
          {(a) => (
            <select {...a} value={email} onChange={(e) => setEmail(e.target.value)}>
              {others.map((m) => (
                <option key={m.id} value={m.email}>
                  {m.name} ({m.email})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Role">
          {(a) => (
            <select {...a} value={role} onChange={(e) => setRole(e.target.value as Role)}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="button button-primary" disabled={isSharing}>
          {isSharing ? 'Sharing…' : 'Share'}
        </button>
      </div>
      {outcome && (
        <p className={outcome.ok ? 'team-shared' : 'field-error'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.text}
        </p>
      )}
    </form>
  );
}

function LeaveTeam({ team }: { readonly team: TeamState }) {
  const [isAsking, setAsking] = useState(false);
  const [failure, setFailure] = useState<string>();
  async function leave() {
    try {
      await team.connection.close();
      await leaveTeam(appContext);
      restartForTeam(undefined);
    } catch (error) {
      setFailure(failureMessage('Could not leave the team', error));
    }
  }
  return (
    <div className="form-actions">
      {isAsking ? (
        <>
          <span>Leave the team? Your partnerships stay on this machine, no longer synced.</span>
          <button type="button" className="button" onClick={() => setAsking(false)}>
            Stay
          </button>
          <button type="button" className="button button-primary" onClick={() => void leave()}>
            Leave the team
          </button>
        </>
      ) : (
        <button type="button" className="button" onClick={() => setAsking(true)}>
          Leave the team…
        </button>
      )}
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
    </div>
  );
}
