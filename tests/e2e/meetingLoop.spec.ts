// Issue 15's "Done when", as one user would walk it with the sample portfolio: Attention
// says Skyline's monthly steering committee (14 Jan 2027, 15:00 London) is due soon →
// Prepare → the brief lists what each side owes and what changed since the last meeting →
// the agenda is edited (added to, reordered from the keyboard, one item reworded) → the
// partner pre-read is exported without anything internal → the clock moves past the
// meeting → "Record this meeting" (two commitments updated, one decision, two follow-ups)
// → the partner recap is exported → the next occurrence's brief carries the follow-ups
// over and shows the commitments as they were updated. One page load of the sample.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import { APP_URL, expect, test } from './fixtures';

const SKYLINE = 'Skyline Cloud co-sell — North America';
const PARTNER_ORG = 'Skyline Cloud Services Inc.';
const NOTE = 'INTERNAL-NOTE: they will push on the rebate';
const RATIONALE = 'INTERNAL-RATIONALE: cheaper than a second webinar for us';
const MEETING_NOTES = 'INTERNAL-MINUTES: keep the pricing concession to ourselves';
const LONG_ITEM = 'Rebate terms for the second half: what each side needs to see in the pipeline numbers before the March pricing review, and who signs off';

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}

/** A side's group of open commitments in the brief, and the one line of it about `title`. */
const side = (brief: Locator, name: 'We owe' | 'They owe' | 'We owe together') => brief.getByRole('group', { name, exact: true });
const line = (group: Locator, title: string) => group.getByRole('listitem').filter({ hasText: title });

test('the meeting loop: prepare from Attention, send the pre-read, record the meeting, send the recap, and the next brief follows on', async ({ page }) => {
  await page.clock.install({ time: new Date('2027-01-14T08:00:00Z') });
  await page.goto(`${APP_URL}#/`);
  await page.getByRole('button', { name: 'Load a sample portfolio' }).click();

  // Attention: the steering committee is due soon; Prepare opens its brief.
  await page.locator('li', { hasText: SKYLINE }).getByRole('group', { name: 'Actions: Monthly steering committee is due soon' }).getByRole('button', { name: 'Prepare' }).click();
  const brief = page.getByRole('article', { name: 'Brief: Monthly steering committee' });
  await expect(brief.getByText('14 Jan 2027, 15:00 (Europe/London); 14 Jan 2027, 10:00 (America/New_York)')).toBeVisible();

  // What each side owes, overdue first, and what happened since the last meeting (12 Nov).
  await expect(side(brief, 'We owe').getByRole('listitem')).toHaveText([/^Send the updated partner pricing sheet.*overdue/, /^Fix the co-branding on the joint landing page/, /^Publish the joint solution brief on the Skyline marketplace listing/]);
  await expect(side(brief, 'They owe').getByRole('listitem')).toHaveText([/^Return the signed contract amendment.*Chloé Takahashi · due 28 Nov 2026 · overdue/, /^Fix the sync failures on large accounts.*Marcus Wright/]);
  await expect(side(brief, 'We owe together')).toContainText('Nothing open.');
  const since = brief.getByRole('region', { name: 'Since the last meeting (Monthly steering committee, 12 Nov 2026)' });
  await expect(since.getByRole('listitem').filter({ hasText: 'Confirm the customer reference for the case study' })).toBeVisible();
  await expect(since.getByRole('listitem').filter({ hasText: 'Agree the joint business plan for next year' })).toBeVisible();
  await expect(brief.getByRole('heading', { name: 'The previous meeting: Monthly steering committee, 12 Nov 2026' })).toBeVisible();

  // The agenda: the cadence's template, then what the record raises (dates as the user reads them).
  const items = brief.getByRole('textbox', { name: /^Agenda item \d+$/ });
  const item = (n: number) => brief.getByRole('textbox', { name: `Agenda item ${n}`, exact: true });
  await expect(items).toHaveCount(11);
  await expect(item(1)).toHaveValue('Scorecard against goals');
  await expect(item(5)).toHaveValue('Overdue: Send the updated partner pricing sheet (Hannah Lindqvist, we owe, due 26 Mar 2025)');
  // Edit one, reorder from the keyboard, drop the goal checks, and add a long one with Enter
  // at the end of the last item (it wraps and grows: nothing of it is cut).
  await item(2).fill('Escalations: the rebate dispute');
  await brief.getByRole('button', { name: 'Move item 2 up', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(brief.getByRole('button', { name: 'Move item 1 down', exact: true })).toBeFocused();
  for (let n = 11; n >= 9; n--) await brief.getByRole('button', { name: `Remove item ${n}`, exact: true }).click();
  await item(8).press('End');
  await item(8).press('Enter');
  await expect(item(9)).toBeFocused();
  await item(9).fill(LONG_ITEM);
  // Wrapped and grown to fit: no part of it is scrolled out of sight.
  expect(await item(9).evaluate((el) => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight + 1)).toBe(true);
  await brief.getByLabel(/Preparation notes/).fill(NOTE);
  await brief.getByRole('button', { name: 'Save agenda and notes' }).click();
  await expect(page.getByText('Agenda and notes saved.')).toBeVisible();
  await expect(brief.getByText('Saved with this meeting')).toBeVisible();
  await expectNoSeriousViolations(page, 'brief', 'article.brief');
  const overdue = (title: string, who: string, due: string) => `Overdue: ${title} (${who}, due ${due})`;
  const agenda = [
    'Escalations: the rebate dispute',
    'Scorecard against goals',
    'Decisions',
    'Asks of each sponsor',
    overdue('Send the updated partner pricing sheet', 'Hannah Lindqvist, we owe', '26 Mar 2025'),
    overdue('Fix the co-branding on the joint landing page', 'Hannah Lindqvist, we owe', '25 Oct 2026'),
    overdue('Publish the joint solution brief on the Skyline marketplace listing', 'Hannah Lindqvist, we owe', '5 Jan 2027'),
    overdue('Return the signed contract amendment', 'Chloé Takahashi, they owe', '28 Nov 2026'),
    LONG_ITEM,
  ];

  // The partner pre-read: the saved agenda and shared facts; no notes, attendees or health.
  const preRead = await downloaded(page, () => brief.getByRole('button', { name: 'Pre-read (Markdown)' }).click());
  expect(preRead.name).toBe(`${SKYLINE} – Monthly steering committee 2027-01-14 pre-read.md`);
  expect(preRead.text).toContain('# Pre-read: Monthly steering committee');
  expect(preRead.text).toContain(`## Agenda\n\n${agenda.map((text, i) => `${i + 1}. ${text}`).join('\n')}\n\n`);
  expect(preRead.text).toMatch(/### They owe\n\n\| Commitment \| Owner \| Due \| State \|\n\| --- \| --- \| --- \| --- \|\n\| Return the signed contract amendment \| Chloé Takahashi \| 28 Nov 2026 \| Overdue \|/);
  for (const internal of ['INTERNAL', 'Internal', 'Preparation notes', 'Who attends', 'Claire Dubois', '### Health']) expect(preRead.text).not.toContain(internal);
  const internal = await downloaded(page, () => brief.getByRole('button', { name: 'Internal brief (Markdown)' }).click());
  expect(internal.text).toContain(NOTE);
  const calendar = await downloaded(page, () => brief.getByRole('button', { name: 'Add to calendar (.ics)' }).click());
  expect(calendar.text.replace(/\r\n /g, '')).toContain('1. Escalations: the rebate dispute\\n2. Scorecard against goals');
  // The PDF is printed from the pre-read's own text: its print view holds the agenda and no note.
  await brief.getByRole('link', { name: 'Pre-read PDF…' }).click();
  const printed = page.locator('.print-doc');
  await expect(printed.getByRole('listitem').filter({ hasText: 'Escalations: the rebate dispute' })).toBeVisible();
  await expect(printed).not.toContainText('INTERNAL');
  await page.goBack();
  // Back on the brief, drawn afresh from the database: the saved agenda and notes; its
  // partner-safe view shows exactly the pre-read (no notes).
  await expect(item(1)).toHaveValue('Escalations: the rebate dispute');
  await expect(brief.getByLabel(/Preparation notes/)).toHaveValue(NOTE);
  await brief.getByRole('button', { name: 'Partner-safe' }).click();
  await expect(brief.getByRole('region', { name: 'Agenda' }).getByRole('listitem')).toHaveText(agenda);
  await expect(brief).not.toContainText('INTERNAL');
  await expect(brief.getByRole('region', { name: 'Who attends' })).toHaveCount(0);
  await brief.getByRole('button', { name: 'Internal', exact: true }).click();

  // The meeting is over: record it from the brief, prefilled from the saved agenda.
  await page.clock.fastForward('08:30:00');
  await brief.getByRole('button', { name: 'Record this meeting' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record “Monthly steering committee”' });
  await expect(dialog.getByLabel('Summary')).toHaveValue(/^Discussion points:\n- Escalations: the rebate dispute\n- Scorecard against goals\n/);
  const became = (title: string) => dialog.getByRole('radiogroup', { name: `What became of “${title}”` });
  await became('Publish the joint solution brief on the Skyline marketplace listing').getByRole('radio', { name: 'Done' }).check();
  await became('Return the signed contract amendment').getByRole('radio', { name: 'New date' }).check();
  await became('Return the signed contract amendment').getByLabel('New due date').fill('2027-02-05');
  await dialog.getByLabel('Internal notes').fill(MEETING_NOTES);
  await dialog.getByRole('button', { name: '+ Add decision' }).click();
  await dialog.getByRole('group', { name: 'Decision 1' }).getByLabel('Statement').fill('Co-fund the March partner webinar');
  await dialog.getByRole('group', { name: 'Decision 1' }).getByLabel('Rationale').fill(RATIONALE);
  await dialog.getByRole('button', { name: '+ Add follow-up' }).click();
  const ours = dialog.getByRole('group', { name: 'Follow-up 1' });
  await ours.getByLabel('What').fill('Draft the webinar invitation');
  await ours.getByLabel('Owner').selectOption({ label: 'Hannah Lindqvist' });
  await ours.getByLabel('Due on').fill('2027-01-28');
  await dialog.getByRole('button', { name: '+ Add follow-up' }).click();
  const theirs = dialog.getByRole('group', { name: 'Follow-up 2' });
  await theirs.getByLabel('What').fill('Name a speaker for the webinar');
  await theirs.getByLabel('Owed by').selectOption('partner');
  await theirs.getByLabel('Owner').selectOption({ label: 'Aisha Mensah' });
  await theirs.getByLabel('Due on').fill('2027-02-04');
  await dialog.getByRole('button', { name: 'Save meeting' }).click();
  await expect(page.getByText('Recorded “Monthly steering committee”: 1 decision, 2 follow-ups, 2 commitments updated. The meeting is marked held.')).toBeVisible();

  // The partner recap: decisions, and follow-ups by side with owners and dates; nothing internal.
  const recap = page.getByRole('dialog', { name: 'Recap of “Monthly steering committee”' });
  await expect(recap.getByRole('region', { name: 'Recap preview' })).toContainText('Name a speaker for the webinar');
  await expect(recap.getByText('The recap calls your side “Our side”: set your organisation’s name in Settings')).toBeVisible();
  await expectNoSeriousViolations(page, 'recap', 'dialog[open]');
  const recapFile = await downloaded(page, () => recap.getByRole('button', { name: 'Markdown' }).click());
  expect(recapFile.text).toMatch(/^# Recap: Monthly steering committee\n\n\*\*Partner edition\*\* · Skyline Cloud co-sell — North America · 14 Jan 2027/);
  expect(recapFile.text).toContain('## Decisions\n\n- Co-fund the March partner webinar\n');
  expect(recapFile.text).toContain(`### Our side owes\n\n| What | Owner | Due | Status |\n| --- | --- | --- | --- |\n| Draft the webinar invitation | Hannah Lindqvist | 28 Jan 2027 | open |`);
  expect(recapFile.text).toContain(`### ${PARTNER_ORG} owes\n\n| What | Owner | Due | Status |\n| --- | --- | --- | --- |\n| Name a speaker for the webinar | Aisha Mensah | 4 Feb 2027 | open |`);
  for (const hidden of ['INTERNAL', 'Internal', 'Attendees', 'Claire Dubois']) expect(recapFile.text).not.toContain(hidden);
  await recap.getByRole('button', { name: 'Done' }).click();

  // The next occurrence (11 Feb): the follow-ups carried over, the commitments as updated.
  await page.getByRole('link', { name: '← Cadences' }).click();
  await page.getByRole('article', { name: /^Monthly steering committee/ }).getByRole('link', { name: /^Prepare / }).first().click();
  const next = page.getByRole('article', { name: 'Brief: Monthly steering committee' });
  await expect(next.getByText(/^11 Feb 2027, 15:00 \(Europe\/London\)/)).toBeVisible();
  await expect(next.getByRole('heading', { name: 'The previous meeting: Monthly steering committee, 14 Jan 2027' })).toBeVisible();
  await expect(next.getByRole('region', { name: /^The previous meeting/ })).toContainText('Co-fund the March partner webinar');
  await expect(line(side(next, 'We owe'), 'Draft the webinar invitation')).toContainText('Hannah Lindqvist · due 28 Jan 2027 · open · carried over from the last meeting');
  await expect(line(side(next, 'They owe'), 'Name a speaker for the webinar')).toContainText('Aisha Mensah · due 4 Feb 2027 · open · carried over from the last meeting');
  await expect(line(side(next, 'They owe'), 'Return the signed contract amendment')).toContainText('due 5 Feb 2027 · open');
  await expect(line(side(next, 'They owe'), 'Return the signed contract amendment')).not.toContainText('carried over');
  await expect(line(side(next, 'We owe'), 'Publish the joint solution brief')).toHaveCount(0);
  const sinceJan = next.getByRole('region', { name: 'Since the last meeting (Monthly steering committee, 14 Jan 2027)' });
  await expect(sinceJan.getByRole('listitem').filter({ hasText: 'Publish the joint solution brief on the Skyline marketplace listing' })).toBeVisible();
  // Its draft agenda raises the follow-ups, after the cadence's template.
  const nextItem = (n: number) => next.getByRole('textbox', { name: `Agenda item ${n}`, exact: true });
  await expect(nextItem(5)).toHaveValue('Follow-up from the last meeting: Draft the webinar invitation (Hannah Lindqvist, we owe)');
  await expect(nextItem(6)).toHaveValue('Follow-up from the last meeting: Name a speaker for the webinar (Aisha Mensah, they owe)');
});
