import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlReport } from '../../src/report/html.js';
import { letterFiles } from '../../src/report/letters.js';
import { exampleResult } from '../support/example-result.js';
import { lettersResult } from '../support/letters-result.js';

// The report in a real browser: Debian's chromium, which .ci/run installs. Never downloaded here.
const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = resolve('test/artifacts');

let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: install Debian's chromium (apt-get install -y --no-install-recommends chromium), as .ci/run does`,
    );
  }
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
});

/** Opens an HTML file and records console errors, page errors, dialogs and any request that leaves the file. */
async function open(html: string, name: string): Promise<{ page: Page; problems: string[] }> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, name);
  writeFileSync(file, html);
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    if (!request.url().startsWith('file:')) problems.push(`network request: ${request.url()}`);
  });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, problems };
}

describe('report.html in chromium', () => {
  it('renders with no console errors, shows the map and charts, sorts tables, and leaves a screenshot', async () => {
    const { result, round } = await exampleResult();
    const { page, problems } = await open(htmlReport(result, 'nl'), 'report.nl.html');

    const map = page.locator('#map');
    await expect(map.isVisible()).resolves.toBe(true);
    const box = await map.boundingBox();
    expect(box!.width).toBeGreaterThan(500);
    expect(box!.height).toBeGreaterThan(300);
    await expect(page.locator('#map g.arrows line.trajectory').count()).resolves.toBe(result.assignments.length);
    await expect(page.locator('#map circle.point').count()).resolves.toBeGreaterThanOrEqual(round.municipalities.length);
    for (const selector of ['#timeline', '#budget']) await expect(page.locator(selector).isVisible()).resolves.toBe(true);
    const charts = page.locator('svg.chart');
    await expect(charts.count()).resolves.toBe(2);
    for (const index of [0, 1]) {
      await expect(charts.nth(index).isVisible()).resolves.toBe(true);
      await expect(charts.nth(index).locator('rect').count()).resolves.toBeGreaterThan(4);
    }

    // The inline script runs (its CSP hash matches): sorting by priority, ascending then descending.
    const priorities = () =>
      page
        .locator('#unserved tbody tr td:nth-child(4)')
        .evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-sort'))));
    const header = page.locator('#unserved th', { hasText: 'prioriteit' });
    await header.click();
    const ascending = await priorities();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await header.click();
    const descending = await priorities();
    expect(descending).toEqual([...ascending].reverse());

    await page.screenshot({ path: join(ARTIFACTS, 'report.nl.png'), fullPage: true });

    // Printed, the pictures stay and the sort hint goes.
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['#map', '#timeline', '#budget']) await expect(page.locator(selector).isVisible()).resolves.toBe(true);
    await expect(page.locator('.hint').first().isVisible()).resolves.toBe(false);
    await page.pdf({ path: join(ARTIFACTS, 'report.nl.pdf'), format: 'A4' });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows hostile names as text: no markup, no script, no dialog', async () => {
    const { result, round } = await exampleResult();
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>"\'&';
    const renamed = { ...result.round, municipalities: result.round.municipalities.map((m) => ({ ...m, name: `${m.name}${hostile}` })) };
    const { page, problems } = await open(
      htmlReport({ ...result, scenario: { name: hostile }, round: renamed }, 'en'),
      'report.hostile.html',
    );
    await expect(page.locator('img').count()).resolves.toBe(0);
    await expect(page.locator('h1').textContent()).resolves.toBe(hostile);
    // Only the page's own sort script and the JSON data block exist.
    await expect(page.locator('script').count()).resolves.toBe(2);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("sets the diagnosis of an infeasible round apart with the page's own style, allowed by its hash", async () => {
    const { result, round } = await exampleResult();
    const diagnosis = [
      {
        constraint: 'constraints.provinces.Limburg.min',
        code: 'quota-unreachable' as const,
        name: 'Limburg',
        min: 9,
        eligible: 6,
        reachable: 6,
        maxPerMunicipality: 1,
      },
    ];
    const { page, problems } = await open(
      htmlReport({ ...result, status: 'infeasible', assignments: [], diagnosis }, 'en'),
      'report.infeasible.html',
    );
    const box = page.locator('section.diagnosis');
    await expect(box.isVisible()).resolves.toBe(true);
    await expect(box.locator('h2').textContent()).resolves.toBe('Why the round is infeasible');
    await expect(page.evaluate("getComputedStyle(document.querySelector('section.diagnosis')).borderTopColor")).resolves.toBe(
      'rgb(214, 39, 40)',
    );
    expect(problems).toEqual([]);
    await page.close();
  });
});

/** The few browser globals the page functions below use; the project compiles without the DOM library. */
interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}
declare const document: {
  readonly documentElement: { readonly scrollWidth: number };
  querySelectorAll(selector: string): ArrayLike<{ getBoundingClientRect(): Rect; readonly textContent: string | null }>;
};

const overlapping = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('the first screen, the map and the letters in chromium', () => {
  it('shows the round at a glance on the first screen of a 760 px window, without sideways scrolling', async () => {
    const { result } = await exampleResult();
    const { page, problems } = await open(htmlReport(result, 'nl'), 'report.760.html');
    await page.setViewportSize({ width: 760, height: 900 });
    const summary = page.locator('ul.summary');
    const box = (await summary.boundingBox())!;
    expect(box.y + box.height).toBeLessThan(900);
    await expect(summary.textContent()).resolves.toContain('15 van de 34 aanvragen worden toegekend');
    await expect(page.locator('p.method').isVisible()).resolves.toBe(true);
    await expect(page.locator('h2').first().textContent()).resolves.toBe('In het kort');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(760);
    await page.screenshot({ path: join(ARTIFACTS, 'report.first-screen.760.png') });
    expect(problems).toEqual([]);
    await page.close();
  });

  it("draws the map's names where they do not overlap, as the browser lays them out", async () => {
    const { result } = await exampleResult();
    const { page, problems } = await open(htmlReport(result, 'en'), 'report.map.html');
    const boxes = await page.evaluate(() =>
      Array.from(document.querySelectorAll('#map g.labels text')).map((text) => {
        const { x, y, width, height } = text.getBoundingClientRect();
        return { x, y, width, height, text: text.textContent };
      }),
    );
    expect(boxes.length).toBeGreaterThan(15);
    const clashes = boxes.flatMap((a, i) =>
      boxes
        .slice(i + 1)
        .filter((b) => overlapping(a, b))
        .map((b) => `${a.text} / ${b.text}`),
    );
    expect(clashes).toEqual([]);
    await page.locator('#map').screenshot({ path: join(ARTIFACTS, 'report.map.png') });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('prints a typical letter on one A4 page, under the same policy as the reports', async () => {
    const result = await lettersResult();
    for (const stem of ['11002-antwerpen', '44021-gent', '71053-sint-truiden']) {
      const { page, problems } = await open(letterFiles(result, { lang: 'nl' })[`letters/${stem}.html`]!, `letter.${stem}.html`);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ path: join(ARTIFACTS, `letter.${stem}.pdf`), format: 'A4', preferCSSPageSize: true });
      // Chromium writes one /Type /Page object per page; /Pages is the page tree.
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g), stem).toHaveLength(1);
      expect(problems).toEqual([]);
      await page.close();
    }
  });
});
