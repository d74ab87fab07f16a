// The partner-safe guarantee reaches the PDF (DESIGN.md principle 3): a portfolio whose
// every internal field holds a unique marker is written into the page's real IndexedDB,
// each partner-edition print view is printed with Chromium's own PDF printer, and the
// PDF's text must hold no marker and no weight, while holding the partnership's name and
// a shared goal (so an empty or broken PDF cannot pass). The on-screen partner Review
// tab gets the same check.
import type { Page } from '@playwright/test';
import { charterInForce } from '../../shared/exports/intentSummary';
import { buildQuarterlyReview } from '../../shared/exports/quarterlyReview';
import { MARKER, SEEDED_TODAY, SHARED_SUMMARY_LINE, seededPortfolio, squeeze, withMeetingLinks } from '../support/seededPortfolio';
import { APP_URL, expect, test } from './fixtures';
import { writeSnapshot } from './helpers';
import { pdfText } from './pdfText';

const snapshot = seededPortfolio();
const QUARTER = '2026-Q4';

async function openSeeded(page: Page, seeded = snapshot): Promise<void> {
  await page.clock.setFixedTime(new Date(`${SEEDED_TODAY}T12:00:00Z`));
  await page.goto(`${APP_URL}#/portfolio`);
  await expect(page.getByRole('heading', { name: 'Portfolio', level: 1 })).toBeVisible();
  await writeSnapshot(page, seeded);
  await page.reload();
  await expect(page.getByRole('row', { name: new RegExp(snapshot.partnerships[0]!.partnerOrg) })).toBeVisible();
}

/** A shared goal the partner edition must show: the review's first goal, or the charter's. */
function sharedGoal(partnershipId: string, kind: 'review' | 'intent'): string | undefined {
  if (kind === 'review') return buildQuarterlyReview(snapshot, partnershipId, QUARTER, { edition: 'partner', now: SEEDED_TODAY }).goals.rows[0]?.statement;
  return charterInForce(snapshot.intentVersions.filter((v) => v.partnershipId === partnershipId))?.goals[0]?.statement;
}

async function printedText(page: Page, hash: string): Promise<string> {
  await page.goto(`${APP_URL}${hash}`);
  await expect(page.getByRole('button', { name: 'Save as PDF' })).toBeEnabled();
  await expect(page.locator('.print-doc h1')).toBeVisible();
  return pdfText(await page.pdf({ format: 'A4', printBackground: true }));
}

function expectPartnerSafe(text: string, label: string, mustShow: readonly (string | undefined)[]): number {
  const flat = squeeze(text);
  expect(flat, label).not.toContain(MARKER);
  expect(flat, label).not.toMatch(/weight/i);
  const shown = mustShow.filter((t): t is string => !!t);
  for (const t of shown) expect(flat, `${label} shows “${t}”`).toContain(squeeze(t));
  return shown.length;
}

test('partner-edition PDFs of every review and intent summary hold no internal field', async ({ page }) => {
  test.setTimeout(180_000);
  await openSeeded(page);
  let goalsSeen = 0;
  for (const p of snapshot.partnerships) {
    const review = await printedText(page, `#/print/review/${p.id}/${QUARTER}/partner`);
    expect(review).toContain('Partner-safe');
    // The saved executive summary's shared line and the value section's headings show; its internal lines do not.
    goalsSeen += expectPartnerSafe(review, `review PDF of ${p.name}`, [p.name, sharedGoal(p.id, 'review'), `${SHARED_SUMMARY_LINE} of ${p.name}`, 'Joint pipeline']) - 3;
    const intent = await printedText(page, `#/print/intent/${p.id}`);
    goalsSeen += expectPartnerSafe(intent, `intent PDF of ${p.name}`, [p.name, sharedGoal(p.id, 'intent')]) - 1;
  }
  expect(goalsSeen, 'shared goals found in the PDFs').toBeGreaterThan(snapshot.partnerships.length);
});

test('the internal edition PDF does carry the markers, so the check above is not vacuous', async ({ page }) => {
  await openSeeded(page);
  const p = snapshot.partnerships[0]!;
  expect(squeeze(await printedText(page, `#/print/review/${p.id}/${QUARTER}/internal`))).toContain(MARKER);
});

test('the partner Review tab on screen holds no internal field', async ({ page }) => {
  test.setTimeout(120_000);
  await openSeeded(page);
  for (const p of snapshot.partnerships) {
    await page.goto(`${APP_URL}#/partnerships/${p.id}/review/${QUARTER}`);
    await page.getByRole('group', { name: 'Edition' }).getByRole('button', { name: 'Partner-safe' }).click();
    const tab = page.getByRole('region', { name: 'Review' });
    await expect(tab.getByText('Partner-safe: internal fields left out')).toBeVisible();
    await expect(tab.getByRole('heading', { name: /Next quarter/ })).toBeVisible();
    expectPartnerSafe(await tab.innerText(), `Review tab of ${p.name}`, [p.partnerOrg, sharedGoal(p.id, 'review')]);
  }
});

test('partner-edition meeting recaps hold no internal field, in the PDF and on screen', async ({ page }) => {
  test.setTimeout(180_000);
  // Recaps find a meeting's decisions and follow-ups by their internal links: those are put back.
  const linked = withMeetingLinks(snapshot);
  await openSeeded(page, linked);
  const meetings = snapshot.partnerships.flatMap((p) => {
    const decided = linked.touchpoints.filter((t) => t.partnershipId === p.id && linked.decisions.some((d) => d.touchpointId === t.id && !d.deletedAt));
    return decided.slice(0, 1).map((t) => ({ p, t, decision: linked.decisions.find((d) => d.touchpointId === t.id && !d.deletedAt)!.statement }));
  });
  expect(meetings.length).toBeGreaterThan(2);
  for (const { p, t, decision } of meetings) {
    const pdf = await printedText(page, `#/print/recap/${p.id}/${t.id}/partner`);
    expectPartnerSafe(pdf, `recap PDF of ${t.title} (${p.name})`, [t.title, decision]);
  }
  // On screen: the newest meeting that took a decision, near the top of its timeline.
  const t = [...linked.touchpoints].filter((x) => linked.decisions.some((d) => d.touchpointId === x.id && !d.deletedAt)).sort((a, b) => b.occurredOn.localeCompare(a.occurredOn))[0]!;
  const p = snapshot.partnerships.find((x) => x.id === t.partnershipId)!;
  const decision = linked.decisions.find((d) => d.touchpointId === t.id && !d.deletedAt)!.statement;
  await page.goto(`${APP_URL}#/partnerships/${p.id}/touchpoints`);
  await page.locator(`#touchpoint-${t.id}`).getByRole('button', { name: `Recap of ${t.title}` }).click();
  const preview = page.getByRole('dialog', { name: `Recap of “${t.title}”` }).getByRole('region', { name: 'Recap preview' });
  await expect(preview).toContainText('Partner edition');
  expectPartnerSafe(await preview.innerText(), `recap on screen of ${t.title}`, [decision]);
  expect(squeeze(await printedText(page, `#/print/recap/${p.id}/${t.id}/internal`))).toContain(MARKER);
});

test('partner pre-reads of meeting briefs hold no internal field, in the PDF and on screen', async ({ page }) => {
  test.setTimeout(180_000);
  await openSeeded(page);
  const briefHash = (prep: (typeof snapshot.meetingPreps)[number], edition: string) =>
    `#/print/brief/${prep.partnershipId}/${encodeURIComponent(prep.cadenceId ? `${prep.cadenceId}@${prep.occurrence}` : `adhoc@${prep.id}`)}/${edition}`;
  // Each partnership's next fixed meeting, and one ad-hoc meeting: every one has our private notes (a marker).
  const preps = [...snapshot.meetingPreps.filter((p) => p.cadenceId), snapshot.meetingPreps.find((p) => !p.cadenceId)!];
  expect(preps.length).toBeGreaterThan(2);
  for (const prep of preps) {
    const p = snapshot.partnerships.find((x) => x.id === prep.partnershipId)!;
    const pdf = await printedText(page, briefHash(prep, 'partner'));
    expect(pdf).toContain('Pre-read');
    expectPartnerSafe(pdf, `pre-read PDF of ${prep.id} (${p.name})`, [p.name, ...prep.agenda]);
  }
  // On screen: the brief's partner-safe view is exactly what the pre-read holds.
  const prep = preps[0]!;
  await page.goto(`${APP_URL}#/partnerships/${prep.partnershipId}/brief/${encodeURIComponent(`${prep.cadenceId}@${prep.occurrence}`)}`);
  const brief = page.getByRole('article', { name: /^Brief: / });
  await brief.getByRole('group', { name: 'Edition' }).getByRole('button', { name: 'Partner-safe' }).click();
  await expect(brief.getByText('Partner-safe view: exactly what the pre-read holds', { exact: false })).toBeVisible();
  expectPartnerSafe(await brief.innerText(), `brief on screen of ${prep.id}`, prep.agenda);
  // The internal edition does carry the notes, so the checks above are not vacuous.
  expect(squeeze(await printedText(page, briefHash(prep, 'internal')))).toContain(MARKER);
});
