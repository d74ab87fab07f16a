import type { Locator, Page } from '@playwright/test';
import { APP_URL, expect, test } from './fixtures';
import { expectNoSeriousViolations } from './axe';
import { chooseRoles } from './helpers';

async function openStakeholdersOfNewPartnership(page: Page, name: string, org: string) {
  await page.goto(`${APP_URL}#/portfolio`);
  await page.getByRole('button', { name: 'New partnership' }).click();
  const dialog = page.getByRole('dialog', { name: 'New partnership' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Partner organisation').fill(org);
  await dialog.getByRole('button', { name: 'Create partnership' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await page.getByRole('navigation', { name: 'Partnership sections' }).getByRole('link', { name: 'Stakeholders' }).click();
}

async function setOrganisationName(page: Page, organisation: string) {
  await page.goto(`${APP_URL}#/settings`);
  await page.getByLabel('Organisation name').fill(organisation);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText(/saved/i).first()).toBeVisible();
}

interface Person {
  readonly name: string;
  readonly side?: 'us' | 'partner';
  readonly title?: string;
  readonly fn?: string;
  readonly roles: Parameters<typeof chooseRoles>[1];
  readonly approval?: string;
  readonly contact?: string;
  readonly notes?: string;
}

async function fillPerson(dialog: Locator, person: Person) {
  await dialog.getByLabel('Name').fill(person.name);
  if (person.side) await dialog.getByLabel('Side').selectOption(person.side);
  if (person.title) await dialog.getByLabel('Title').fill(person.title);
  if (person.fn) await dialog.getByLabel('Function').selectOption(person.fn);
  await chooseRoles(dialog, person.roles);
  if (person.approval) await dialog.getByLabel('Approval authority').fill(person.approval);
  if (person.contact) await dialog.getByLabel('Contact').fill(person.contact);
  if (person.notes) await dialog.getByLabel('Internal notes').fill(person.notes);
  await dialog.getByRole('button', { name: 'Add person' }).click();
  await expect(dialog).toBeHidden();
}

const DANA: Person = {
  name: 'Dana Reyes',
  side: 'us',
  title: 'Chief Partner Officer',
  fn: 'executive',
  roles: ['sponsor'],
  approval: 'Signs up to $250k',
  contact: 'dana@initrode.example',
  notes: 'Prefers a one-page brief before steering committees.',
};

const PRIYA: Person = { name: 'Priya Nair', title: 'Alliance Manager', fn: 'operations', roles: ['day-to-day lead'], contact: 'priya@acme.example, +44 20 7946 0000' };

/** A map cell: the row of a role, the column of a side (our side first). */
function mapCell(page: Page, role: RegExp, side: 'us' | 'partner'): Locator {
  return page.getByRole('table', { name: /Stakeholder map/ }).getByRole('row', { name: role }).getByRole('cell').nth(side === 'us' ? 0 : 1);
}

async function addDanaAndPriya(page: Page) {
  await page.getByRole('button', { name: 'Add the first person' }).click();
  await fillPerson(page.getByRole('dialog', { name: 'Add a person' }), DANA);
  await page.getByRole('button', { name: 'Add person on the partner side' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a person' });
  await expect(dialog.getByLabel('Side')).toHaveValue('partner');
  await fillPerson(dialog, PRIYA);
}

test('an empty stakeholders tab explains why both sides matter and offers the first person', async ({ page }) => {
  await openStakeholdersOfNewPartnership(page, 'Acme co-sell', 'Acme Corp');
  await expect(page.getByRole('heading', { name: 'Map the people on both sides' })).toBeVisible();
  await expect(page.getByText(/fail when that person leaves/)).toBeVisible();
  await page.getByRole('button', { name: 'Add the first person' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a person' });
  await expect(dialog.getByLabel('Name')).toBeFocused();
  await expect(dialog.getByLabel('Side')).toHaveValue('partner');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('people on both sides show in their groups and in the right cells of the map, with the gaps', async ({ page }) => {
  await setOrganisationName(page, 'Initrode');
  await openStakeholdersOfNewPartnership(page, 'Acme co-sell', 'Acme Corp');
  await addDanaAndPriya(page);

  const ours = page.getByRole('region', { name: 'Our side · Initrode' });
  const theirs = page.getByRole('region', { name: 'Partner side · Acme Corp' });
  const dana = ours.getByRole('row', { name: /Dana Reyes/ });
  await expect(dana).toContainText('Sponsor');
  await expect(dana).toContainText('Chief Partner Officer · Executive');
  await expect(dana).toContainText('Signs up to $250k');
  await expect(dana).toContainText('Prefers a one-page brief');
  await expect(dana.getByRole('link', { name: 'dana@initrode.example' })).toHaveAttribute('href', 'mailto:dana@initrode.example');
  await expect(ours.getByRole('columnheader', { name: /Internal notes/ })).toContainText('Internal');
  await expect(theirs.getByRole('row', { name: /Priya Nair/ })).toContainText('Day-to-day lead');
  await expect(theirs.getByRole('row', { name: /Priya Nair/ })).toContainText('+44 20 7946 0000');
  await expect(page.getByRole('region', { name: 'Where the relationship is thin' })).toContainText('No sponsor on the partner side');

  // An email opens through the platform, never by navigating the app away.
  const before = page.url();
  await dana.getByRole('link', { name: 'dana@initrode.example' }).click();
  expect(page.url()).toBe(before);

  await page.getByRole('button', { name: 'Map' }).click();
  await expect(page.getByRole('button', { name: 'Map' })).toHaveAttribute('aria-pressed', 'true');
  await expect(mapCell(page, /^Sponsor/, 'us')).toContainText('Dana Reyes');
  await expect(mapCell(page, /^Sponsor/, 'partner')).toContainText('No sponsor on the partner side');
  await expect(mapCell(page, /^Day-to-day lead/, 'partner')).toContainText('Priya Nair');
  await expect(mapCell(page, /^Day-to-day lead/, 'us')).toContainText('No day-to-day lead on our side');
  await expect(page.getByText('Single-threaded on the partner side')).toBeVisible();
});

test('editing a person from the map moves them to their new role', async ({ page }) => {
  await openStakeholdersOfNewPartnership(page, 'Globex reseller', 'Globex');
  await addDanaAndPriya(page);
  await page.getByRole('button', { name: 'Map' }).click();

  await mapCell(page, /^Day-to-day lead/, 'partner').getByRole('button', { name: 'Priya Nair (edit)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit Priya Nair' });
  await expect(dialog.getByLabel('Contact')).toHaveValue(PRIYA.contact ?? '');
  await chooseRoles(dialog, ['decision maker']);
  await dialog.getByLabel('Title').fill('VP Alliances');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();

  await expect(mapCell(page, /^Decision maker/, 'partner')).toContainText('VP Alliances');
  await expect(mapCell(page, /^Day-to-day lead/, 'partner')).toContainText('No day-to-day lead on the partner side');
  await page.getByRole('button', { name: 'List' }).click();
  await expect(page.getByRole('row', { name: /Priya Nair/ })).toContainText('Decision maker');
});

test('a sponsor who can also decide holds both roles: both map cells, no "No decision maker" warning', async ({ page }) => {
  await openStakeholdersOfNewPartnership(page, 'Umbrella co-sell', 'Umbrella');
  await addDanaAndPriya(page);
  await page.getByRole('button', { name: 'Map' }).click();
  await expect(mapCell(page, /^Decision maker/, 'partner')).toContainText('No decision maker on the partner side');

  await mapCell(page, /^Sponsor/, 'partner').getByRole('button', { name: /Add a sponsor/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a person' });
  const roles = dialog.getByRole('group', { name: /Alliance roles/ });
  // Added from the sponsor cell, the person starts as a sponsor; Space ticks a second role.
  await expect(roles.getByRole('checkbox', { name: 'Sponsor', exact: true })).toBeChecked();
  await dialog.getByLabel('Name').fill('Vera Holt');
  await dialog.getByLabel('Title').fill('VP Partnerships');
  await roles.getByRole('checkbox', { name: 'Decision maker', exact: true }).focus();
  await page.keyboard.press('Space');
  await expect(roles.getByRole('checkbox', { name: 'Decision maker', exact: true })).toBeChecked();
  await dialog.getByRole('button', { name: 'Add person' }).click();
  await expect(dialog).toBeHidden();

  await expect(mapCell(page, /^Sponsor/, 'partner')).toContainText('Vera Holt');
  await expect(mapCell(page, /^Sponsor/, 'partner')).toContainText('Also decision maker');
  await expect(mapCell(page, /^Decision maker/, 'partner')).toContainText('Vera Holt');
  await expect(mapCell(page, /^Decision maker/, 'partner')).toContainText('Also sponsor');
  await expect(page.getByText('No decision maker on the partner side')).toHaveCount(0);
  await expect(page.getByText('No sponsor on the partner side')).toHaveCount(0);

  await page.getByRole('button', { name: 'List' }).click();
  const vera = page.getByRole('row', { name: /Vera Holt/ });
  await expect(vera.getByRole('list', { name: 'Alliance roles' }).getByRole('listitem')).toHaveText(['Sponsor', 'Decision maker']);

  // Unticking every role is refused with the reason, and nothing typed is lost.
  await page.getByRole('button', { name: 'Edit Vera Holt' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit Vera Holt' });
  await edit.getByRole('checkbox', { name: 'Sponsor', exact: true }).uncheck();
  await edit.getByRole('checkbox', { name: 'Decision maker', exact: true }).uncheck();
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit.getByText('Choose at least one alliance role.')).toBeVisible();
  await expect(edit.getByRole('checkbox', { name: 'Sponsor', exact: true })).toBeFocused();
  await expect(edit.getByLabel('Title')).toHaveValue('VP Partnerships');
  await edit.getByRole('button', { name: 'Cancel' }).click();
  await page.reload();
  await expect(page.getByRole('row', { name: /Vera Holt/ }).getByRole('list', { name: 'Alliance roles' }).getByRole('listitem')).toHaveText(['Sponsor', 'Decision maker']);
});

test('deleting a person can be undone', async ({ page }) => {
  await openStakeholdersOfNewPartnership(page, 'Initech supplier', 'Initech');
  await addDanaAndPriya(page);
  await page.getByRole('button', { name: 'Delete Dana Reyes' }).click();
  await expect(page.getByRole('row', { name: /Dana Reyes/ })).toHaveCount(0);
  await expect(page.getByText('Deleted “Dana Reyes”.')).toBeVisible();
  await expect(page.getByText('Nobody on our side yet.')).toBeVisible();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('row', { name: /Dana Reyes/ })).toContainText('Sponsor');
  await page.reload();
  await expect(page.getByRole('row', { name: /Dana Reyes/ })).toBeVisible();
});

test('an invalid person names the missing field and keeps everything typed', async ({ page }) => {
  await openStakeholdersOfNewPartnership(page, 'Hooli tech', 'Hooli');
  await page.getByRole('button', { name: 'Add the first person' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a person' });
  await dialog.getByLabel('Title').fill('Head of Partnerships');
  await chooseRoles(dialog, ['influencer']);
  await dialog.getByLabel('Contact').fill('gavin@hooli.example');
  await dialog.getByLabel('Internal notes').fill('Met at the summit.');
  await dialog.getByRole('button', { name: 'Add person' }).click();

  await expect(dialog.getByText('Name is required.')).toBeVisible();
  await expect(dialog.getByLabel('Name')).toBeFocused();
  await expect(dialog.getByLabel('Title')).toHaveValue('Head of Partnerships');
  await expect(dialog.getByRole('checkbox', { name: 'Influencer', exact: true })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'Contributor', exact: true })).not.toBeChecked();
  await expect(dialog.getByLabel('Contact')).toHaveValue('gavin@hooli.example');
  await expect(dialog.getByLabel('Internal notes')).toHaveValue('Met at the summit.');

  await dialog.getByLabel('Name').fill('Gavin Belson');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: /Gavin Belson/ })).toContainText('Influencer');
});

test('the list and the map have no serious accessibility problems', async ({ page }) => {
  await openStakeholdersOfNewPartnership(page, 'Stark distribution', 'Stark');
  await expectNoSeriousViolations(page, 'empty list');
  await addDanaAndPriya(page);
  await expect(page.getByRole('row', { name: /Priya Nair/ })).toBeVisible();
  await expectNoSeriousViolations(page, 'list');
  await page.getByRole('button', { name: 'Map' }).click();
  await expect(mapCell(page, /^Sponsor/, 'us')).toContainText('Dana Reyes');
  await expectNoSeriousViolations(page, 'map');
  await mapCell(page, /^Sponsor/, 'us').getByRole('button', { name: 'Dana Reyes (edit)' }).click();
  await expect(page.getByRole('dialog', { name: 'Edit Dana Reyes' })).toBeVisible();
  await expectNoSeriousViolations(page, 'edit dialog');
});
