// Conflicts the user can see (issue 17): Alice and Bob, each on a machine of their own joined
// to a real sync server, change the same commitment's detail and due date while offline. When
// they reconnect the merge keeps one value of each field; the machine whose value lost shows,
// on the partnership's Activity tab, who changed the field and when, both values in words, and
// one button that puts its own value back — which then reaches the other machine. Records
// name the member who last changed them ("you" on the machine that did), and nobody alone.
import type { Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import { APP_URL, expect, lookAt, test } from './fixtures';
import { chooseRoles, createPartnership } from './helpers';
import type { Machine, TeamServer } from './team';
import { cableTo, joinTeam, newMachine, sharePartnership, startTeamServer } from './team';

let team: TeamServer;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  team = await startTeamServer('e2e-conflicts');
});

test.afterAll(async () => {
  await team?.stop();
});

const PARTNERSHIP = 'Fabrikam co-sell';
const TITLE = 'Send the joint pricing sheet';
const ALICE_DETAIL =
  'Alice: send the sheet with the partner discount tiers for every region, the co-marketing fund rules, and the renewal uplift we agreed with their channel team last week.';
const BOB_DETAIL = 'Bob: wait for legal to approve the discount tiers first.';

async function openTab(page: Page, tab: string): Promise<void> {
  await page.goto(`${APP_URL}#/portfolio`);
  await page.getByRole('link', { name: PARTNERSHIP }).click();
  await page.getByRole('navigation', { name: 'Partnership sections' }).getByRole('link', { name: tab }).click();
}

/** Edits the commitment's detail and due date on this machine. */
async function editCommitment(page: Page, detail: string, dueOn: string): Promise<void> {
  await page.getByRole('button', { name: `Edit: ${TITLE}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit commitment' });
  await dialog.getByLabel('Detail').fill(detail);
  await dialog.getByLabel('Due on').fill(dueOn);
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
}

const commitmentOn = (page: Page) => page.getByRole('listitem', { name: TITLE });

test('a field changed offline on two machines shows both values on the Activity tab, restoring the lost one reaches the other machine, and records name who last changed them', async ({ browser }) => {
  test.setTimeout(240_000);
  const alice = await newMachine(browser);
  const bob = await newMachine(browser);
  const cables = [await cableTo(alice, team.server), await cableTo(bob, team.server)];
  // Fixed clocks (Date only: the sync's timers run) so each edit's time is known.
  await alice.page.clock.setFixedTime(new Date('2026-12-06T10:02:00Z'));
  await bob.page.clock.setFixedTime(new Date('2026-12-06T10:04:00Z'));

  await createPartnership(alice.page, PARTNERSHIP);
  // Alone, a record names nobody: the screen is as it was before teams.
  await openTab(alice.page, 'Overview');
  await expect(alice.page.getByRole('heading', { name: PARTNERSHIP, level: 1 })).toBeVisible();
  await expect(alice.page.getByText(/Last changed by/)).toHaveCount(0);
  await joinTeam(alice.page, team.server.url, 'Alice', team.tokens.alice);
  await openTab(alice.page, 'Overview');
  await expect(alice.page.locator('.screen-header')).toContainText('Last changed by you · 6 Dec 2026, 10:02');
  await sharePartnership(alice.page, 'bob@example.com', 'editor');
  await openTab(alice.page, 'Commitments');
  await alice.page.getByRole('button', { name: 'Add the first commitment' }).click();
  const dialog = alice.page.getByRole('dialog', { name: 'New commitment' });
  await dialog.getByLabel('Title').fill(TITLE);
  await dialog.getByLabel('Due on').fill('2027-02-15');
  await dialog.getByRole('button', { name: 'Add commitment' }).click();
  await expect(dialog).toBeHidden();

  await joinTeam(bob.page, team.server.url, 'Bob', team.tokens.bob);
  await openTab(bob.page, 'Commitments');
  await expect(commitmentOn(bob.page)).toBeVisible({ timeout: 10_000 });
  // Who did what: Alice's commitment says so on Bob's machine.
  await expect(commitmentOn(bob.page)).toContainText('Last changed by Alice · 6 Dec 2026, 10:02');

  // Bob adds a person; Alice's stakeholder list says who.
  await openTab(bob.page, 'Stakeholders');
  await bob.page.getByRole('button', { name: 'Add the first person' }).click();
  const person = bob.page.getByRole('dialog', { name: 'Add a person' });
  await person.getByLabel('Name').fill('Priya Nair');
  await person.getByLabel('Side').selectOption('partner');
  await chooseRoles(person, ['sponsor']);
  await person.getByRole('button', { name: 'Add person' }).click();
  await expect(person).toBeHidden();
  await openTab(alice.page, 'Stakeholders');
  await alice.page.getByRole('button', { name: 'List' }).click();
  await expect(alice.page.getByRole('row', { name: /Priya Nair/ })).toContainText('Last changed by Bob · 6 Dec 2026, 10:04', { timeout: 10_000 });
  await lookAt(alice.page, '/tmp/conflictui-stakeholders-1280.png', { fullPage: true });
  await openTab(alice.page, 'Commitments');
  await openTab(bob.page, 'Commitments');

  // Both machines lose the network and change the same two fields.
  for (const cable of cables) await cable.cut();
  for (const m of [alice, bob]) await expect(m.page.getByRole('link', { name: /^Team sync: Offline/ })).toBeVisible({ timeout: 20_000 });
  await editCommitment(alice.page, ALICE_DETAIL, '2027-03-01');
  await editCommitment(bob.page, BOB_DETAIL, '2027-03-15');
  await expect(alice.page.getByRole('link', { name: /^Team sync: Offline \([1-9]\d* changes? waiting\)/ })).toBeVisible();

  for (const cable of cables) cable.mend();
  for (const m of [alice, bob]) await expect(m.page.getByRole('link', { name: 'Team sync: Synced' })).toBeVisible({ timeout: 30_000 });
  // The two copies come to agree on one value of each field. "Synced" can show a moment before
  // the merged record reaches the screen, so the test waits for the two screens to agree rather
  // than reading one of them at once.
  const details = () => Promise.all([alice, bob].map(async (m) => (await commitmentOn(m.page).locator('.commitments-detail').textContent()) ?? ''));
  await expect.poll(async () => new Set(await details()).size, { timeout: 10_000 }).toBe(1);
  const [merged = ''] = await details();
  expect([ALICE_DETAIL, BOB_DETAIL]).toContain(merged);
  const [loser, winner, winnerName, loserDetail, winnerTime, loserTime] =
    merged === ALICE_DETAIL ? ([bob, alice, 'Alice', BOB_DETAIL, '10:02', '10:04'] as const) : ([alice, bob, 'Bob', ALICE_DETAIL, '10:04', '10:02'] as const);

  await openTab(loser.page, 'Activity');
  const conflicts = loser.page.getByRole('region', { name: /^Conflicts from team sync/ });
  await expect(conflicts.getByRole('heading', { name: /2 to review/ })).toBeVisible({ timeout: 10_000 });
  const detail = conflicts.getByRole('listitem', { name: `Detail of Commitment “${TITLE}”` });
  // Their time is the updatedAt they wrote with the value; when the server had already dropped
  // that (it merged both first), the card says when the change arrived instead.
  await expect(detail.locator('.conflict-sentence')).toHaveText(
    new RegExp(`^Changed by ${winnerName} (at 6 Dec 2026, ${winnerTime} while you were offline and had changed it too|while you were offline and had changed it too \\(it arrived here at 6 Dec 2026, ${loserTime}\\)); the merge kept ${winnerName}’s value\\.$`),
  );
  await expect(detail.getByRole('definition').first()).toContainText(merged.slice(0, 40));
  await expect(detail.getByRole('term').first()).toContainText(`${winnerName}’s value`);
  await expect(detail.getByRole('term').nth(1)).toHaveText('Your value');
  // The long one of the two is cut, with a button that shows it whole.
  await expect(detail).not.toContainText(ALICE_DETAIL);
  await detail.getByRole('button', { name: 'Show all' }).click();
  await expect(detail).toContainText(ALICE_DETAIL);
  await expect(detail.getByRole('button', { name: 'Show less' })).toHaveAttribute('aria-expanded', 'true');
  // Dates in the user's format, not as stored.
  const dueOn = conflicts.getByRole('listitem', { name: `Due on of Commitment “${TITLE}”` });
  await expect(dueOn).toContainText(winner === alice ? '1 Mar 2027' : '15 Mar 2027');
  await expect(dueOn).toContainText(winner === alice ? '15 Mar 2027' : '1 Mar 2027');
  await expectNoSeriousViolations(loser.page, 'Activity tab with conflicts');
  for (const width of [900, 1920]) {
    await loser.page.setViewportSize({ width, height: 1100 });
    await lookAt(loser.page, `/tmp/conflictui-conflicts-${width}.png`, { fullPage: true });
  }

  // One click (from the keyboard) restores this machine's value; it reaches the other machine.
  await detail.getByRole('button', { name: 'Restore your value' }).focus();
  await loser.page.keyboard.press('Enter');
  await expect(detail.getByRole('status')).toHaveText(`Restored your value at 6 Dec 2026, ${loserTime}.`);
  await expect(conflicts.getByRole('heading', { name: /1 to review/ })).toBeVisible();
  await expect(commitmentOn(winner.page).locator('.commitments-detail')).toHaveText(loserDetail, { timeout: 10_000 });

  // Restoring the due date and undoing it puts the merged one back.
  await dueOn.getByRole('button', { name: 'Restore your value' }).click();
  await expect(dueOn.getByRole('status')).toBeVisible();
  await dueOn.getByRole('button', { name: 'Undo' }).click();
  await expect(dueOn.getByRole('button', { name: 'Restore your value' })).toBeVisible();
  await openTab(loser.page, 'Commitments');
  await expect(commitmentOn(loser.page)).toContainText(winner === alice ? '1 Mar 2027' : '15 Mar 2027');
  // The restore and its undo were this machine's edits: "you" here, the member's name there.
  await expect(commitmentOn(loser.page)).toContainText(`Last changed by you · 6 Dec 2026, ${loserTime}`);
  await expect(commitmentOn(winner.page)).toContainText(`Last changed by ${loser === alice ? 'Alice' : 'Bob'} · 6 Dec 2026, ${loserTime}`, { timeout: 10_000 });
  for (const width of [900, 1920]) {
    await winner.page.setViewportSize({ width, height: 900 });
    await lookAt(winner.page, `/tmp/conflictui-lastchanged-${width}.png`, { fullPage: true });
  }
  expect([...alice.errors, ...bob.errors]).toEqual([]);
  for (const m of [alice, bob] as Machine[]) await m.context.close();
});
