// Team sync in the built app: a real sync server (embedded PostgreSQL) started by this file,
// two browser contexts (two members' machines) joining it through Settings → Team. Alice's
// partnership reaches Bob once shared; a commitment Alice adds shows on Bob's screen within
// two seconds; restoring a backup offers Bob (an editor) only Merge, and Alice (the owner)
// replacing the team's copy, which reaches Bob's screen; Alice stops sharing it with Bob, whose
// machine keeps its copy; the shell's indicator names the state; a mistyped form keeps what was typed.
import { readFileSync } from 'node:fs';
import { APP_URL, expect, lookAt, test } from './fixtures';
import { createPartnership } from './helpers';
import type { TeamServer } from './team';
import { joinTeam, newMachine, startTeamServer, submitJoin } from './team';

let team: TeamServer;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  team = await startTeamServer('e2e');
});

test.afterAll(async () => {
  await team?.stop();
});

test('a mistyped join form names the fields and keeps what was typed; no team, no indicator', async ({ page }) => {
  await page.goto(`${APP_URL}#/settings`);
  await expect(page.getByRole('link', { name: /^Team sync/ })).toHaveCount(0);
  // Without a team the page's policy lets it reach only itself: not even a server that is up.
  const reached = await page.evaluate(`fetch('http://127.0.0.1:${team.server.port}/access').then(() => 'reached', (error) => 'refused: ' + error.message)`);
  expect(reached).toMatch(/^refused/);
  const form = page.getByRole('form', { name: 'Join a team' });
  await form.getByLabel('Team server').fill('https://sync.example.com/team');
  await form.getByLabel('Your name in the team').fill('Alice');
  await form.getByRole('button', { name: 'Join team' }).click();
  await expect(form.getByText('Enter an address starting with ws:// or wss://, a host and maybe a port, e.g. wss://sync.example.com:1234.')).toBeVisible();
  await expect(form.getByText('Paste the invitation token the team owner sent you.')).toBeVisible();
  await expect(form.getByLabel('Team server')).toHaveValue('https://sync.example.com/team');
  await expect(form.getByLabel('Your name in the team')).toHaveValue('Alice');
});

test('a refused invitation says why in the shell and in Settings → Team', async ({ page }) => {
  await createPartnership(page, 'Tailspin co-sell');
  // Refused, it never says Synced: wait for the refusal alone.
  await submitJoin(page, team.server.url, 'Mallory', 'not-a-token');
  await expect(page.getByRole('link', { name: /^Team sync: Not syncing: This invitation token is not one this team server issued/ })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('status').filter({ hasText: 'This invitation token is not one this team server issued' })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Join again with a new invitation' })).toBeVisible();
});

test('two members: Alice’s partnership reaches Bob once shared, and her new commitment shows on his screen within two seconds', async ({ browser }) => {
  test.setTimeout(180_000);
  const alice = await newMachine(browser);
  const bob = await newMachine(browser);
  await createPartnership(alice.page, 'Contoso co-sell');
  await joinTeam(alice.page, team.server.url, 'Alice', team.tokens.alice);
  await lookAt(alice.page, '/tmp/syncwire-team-1280.png', { fullPage: true });

  // Alice shares it from Settings → Team.
  await expect(alice.page.getByRole('cell', { name: 'Alice (owner)' })).toBeVisible();
  const share = alice.page.getByRole('form', { name: 'Share a partnership' });
  await expect(share.getByLabel('Partnership')).toHaveValue(/.+/);
  await share.getByLabel('Member').selectOption('bob@example.com');
  await share.getByLabel('Role').selectOption('editor');
  await share.getByRole('button', { name: 'Share' }).click();
  await expect(share.getByRole('status')).toHaveText('Contoso co-sell is shared with bob@example.com as editor.');
  const contosoRow = alice.page.getByRole('row', { name: /^Contoso co-sell/ });
  await expect(contosoRow.getByRole('listitem')).toHaveText(['Alice (owner)', 'Bob (editor)Stop sharing']);
  await lookAt(alice.page, '/tmp/syncwire-team-share-1280.png', { fullPage: true });
  // Alice backs the portfolio up (before the commitment below).
  const [download] = await Promise.all([alice.page.waitForEvent('download'), alice.page.getByRole('button', { name: 'Back up now…' }).click()]);
  const backupFile = { name: 'contoso.json', mimeType: 'application/json', buffer: readFileSync(await download.path()) };

  await joinTeam(bob.page, team.server.url, 'Bob', team.tokens.bob);
  await bob.page.goto(`${APP_URL}#/portfolio`);
  await bob.page.getByRole('link', { name: 'Contoso co-sell' }).click();
  await bob.page.getByRole('navigation', { name: 'Partnership sections' }).getByRole('link', { name: 'Commitments' }).click();
  await expect(bob.page.getByRole('heading', { name: 'No commitments yet' })).toBeVisible();

  await alice.page.goto(`${APP_URL}#/portfolio`);
  await alice.page.getByRole('link', { name: 'Contoso co-sell' }).click();
  await alice.page.getByRole('navigation', { name: 'Partnership sections' }).getByRole('link', { name: 'Commitments' }).click();
  await alice.page.getByRole('button', { name: 'Add the first commitment' }).click();
  const dialog = alice.page.getByRole('dialog', { name: 'New commitment' });
  await dialog.getByLabel('Title').fill('Send the joint pricing sheet');
  await dialog.getByRole('button', { name: 'Add commitment' }).click();
  await expect(dialog).toBeHidden();
  await expect(bob.page.getByRole('listitem', { name: 'Send the joint pricing sheet' })).toBeVisible({ timeout: 2_000 });

  await bob.page.goto(`${APP_URL}#/settings`);
  await expect(bob.page.getByRole('row', { name: /^Contoso co-sell/ }).getByRole('listitem')).toHaveText(['Alice (owner)', 'Bob (editor)']);
  for (const width of [900, 1920]) {
    await bob.page.setViewportSize({ width, height: 1000 });
    await lookAt(bob.page, `/tmp/syncwire-team-${width}.png`, { fullPage: true });
  }

  // Bob, an editor, may merge Alice's backup into the team's portfolio but not replace the team's copy.
  await bob.page.getByLabel('Restore from a backup…').setInputFiles(backupFile);
  const bobRestore = bob.page.getByRole('dialog', { name: 'Restore a backup' });
  await expect(bobRestore.getByText('This portfolio is shared with “Northwind alliances”. Replacing it with the backup on this machine alone would be undone by the team’s copy at the next sync, so it is not offered.')).toBeVisible();
  await expect(bobRestore.getByText('Only an owner of every partnership the backup would replace can replace the team’s copy: you do not own “Contoso co-sell”.')).toBeVisible();
  await expect(bobRestore.getByRole('radio')).toHaveCount(1);
  await expect(bobRestore.getByRole('radio', { name: /Merge/ })).toBeChecked();
  await lookAt(bobRestore, '/tmp/teamadmin-restore-editor.png');
  await bobRestore.getByRole('button', { name: 'Cancel' }).click();
  await bob.page.goto(`${APP_URL}#/portfolio`);
  await bob.page.getByRole('link', { name: 'Contoso co-sell' }).click();
  await bob.page.getByRole('navigation', { name: 'Partnership sections' }).getByRole('link', { name: 'Commitments' }).click();
  await expect(bob.page.getByRole('listitem', { name: 'Send the joint pricing sheet' })).toBeVisible();

  // Alice, its owner, replaces the team's copy with her backup: the commitment added since goes on Bob's machine too.
  await alice.page.goto(`${APP_URL}#/settings`);
  await alice.page.getByLabel('Restore from a backup…').setInputFiles(backupFile);
  const aliceRestore = alice.page.getByRole('dialog', { name: 'Restore a backup' });
  await aliceRestore.getByRole('radio', { name: /Replace the team’s copy/ }).check();
  await expect(aliceRestore.getByText('This changes the portfolio on every member’s machine')).toBeVisible();
  const replace = aliceRestore.getByRole('button', { name: 'Replace the team’s copy' });
  await expect(replace).toBeDisabled();
  await aliceRestore.getByLabel('I understand that the team’s copy will be replaced on every member’s machine').check();
  for (const width of [900, 1920]) {
    await alice.page.setViewportSize({ width, height: 1000 });
    await lookAt(alice.page, `/tmp/teamadmin-restore-owner-${width}.png`);
  }
  await Promise.all([alice.page.waitForEvent('download'), replace.click()]);
  await expect(alice.page.getByText(/^Replaced the team’s copy with the backup: 1 partnership\. Every member’s Steward follows at its next sync\./)).toBeVisible();
  await expect(bob.page.getByRole('listitem', { name: 'Send the joint pricing sheet' })).toBeHidden({ timeout: 10_000 });

  // Alice stops sharing it with Bob: his machine is disconnected from it and keeps what it has.
  await alice.page.getByRole('button', { name: 'Stop sharing Contoso co-sell with Bob' }).click();
  const confirm = alice.page.getByRole('group', { name: 'Stop sharing Contoso co-sell with Bob?' });
  await expect(confirm).toContainText('It stops syncing to Bob’s machine at once and is never sent there again');
  for (const width of [900, 1920]) {
    await alice.page.setViewportSize({ width, height: 1000 });
    await lookAt(alice.page.getByRole('region', { name: 'Team' }), `/tmp/teamadmin-unshare-${width}.png`);
  }
  await confirm.getByRole('button', { name: 'Stop sharing' }).click();
  await expect(contosoRow.getByRole('listitem')).toHaveText(['Alice (owner)']);
  await bob.page.goto(`${APP_URL}#/settings`);
  await expect(bob.page.getByText('On this machine only, not shared with you on the team server (kept here, no longer synced): “Contoso co-sell”.')).toBeVisible({ timeout: 10_000 });
  await expect(bob.page.getByRole('link', { name: 'Team sync: Synced' })).toBeVisible();
  await lookAt(bob.page.getByRole('region', { name: 'Team' }), '/tmp/teamadmin-unshared-bob.png');
  expect([...alice.errors, ...bob.errors]).toEqual([]);
  await alice.context.close();
  await bob.context.close();
});
