import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { HOSTILE, MARKDOWN_PAYLOAD, writeHostileRound } from '../support/hostile-round.js';

/** The few browser globals the page functions use; the project compiles without the DOM library. */
interface PageElement {
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  getAttributeNames(): string[];
}
declare const document: {
  readonly title: string;
  readonly body: { readonly innerText: string };
  querySelectorAll(selector: string): ArrayLike<PageElement> & Iterable<PageElement>;
  getElementById(id: string): PageElement | null;
};
declare function getComputedStyle(element: PageElement): { readonly color: string; readonly backgroundColor: string };

/** Debian's chromium, never a downloaded browser; flags keep it offline and quiet. */
const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
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
};

/** Every hostile value as the loader keeps it (cells are trimmed, so the leading tab goes). */
const EXPECTED_TEXT = [
  HOSTILE.scenarioName,
  ...HOSTILE.municipalityNames,
  ...HOSTILE.provinces,
  ...HOSTILE.expertIds,
  ...HOSTILE.expertNames,
  ...HOSTILE.domains,
  ...HOSTILE.requestIds.map((id) => id.trim()),
];

/** A what-if of the hostile round, itself with a hostile name, for the comparison report. */
const VARIANT_NAME = '"><svg onload=alert(11)> **bold** `code`';

let browser: Browser;
let out: string;
let compareOut: string;
/** Every Markdown output of the hostile round, by where it comes from. */
const markdownOutputs: Record<string, string> = {};

beforeAll(async () => {
  const scenario = writeHostileRound();
  out = join(mkdtempSync(join(tmpdir(), 'expertpool-hostile-out-')), 'out');
  const run = runCli(['solve', scenario, '--out', out, '--format', 'html,json,md']);
  expect(run.stderr).not.toContain('internal error');
  expect(run.status).toBe(0);
  const variant = join(scenario, '..', 'variant.yaml');
  writeFileSync(variant, `extends: scenario.yaml\nname: ${JSON.stringify(VARIANT_NAME)}\nbudget: 35000\n`);
  compareOut = join(out, '..', 'compare');
  expect(runCli(['compare', scenario, variant, '--out', compareOut]).status).toBe(0);
  const sweepOut = join(out, '..', 'sweep');
  expect(runCli(['sweep', scenario, '--vary', 'budget=35000,50000', '--jobs', '1', '--out', sweepOut]).status).toBe(0);
  const solved = runCli(['solve', scenario]);
  // +A004 asks for help in the municipality named with Markdown link and emphasis syntax.
  const explained = runCli(['explain', scenario, '--request=+A004']);
  expect([solved.status, explained.status]).toEqual([0, 0]);
  Object.assign(markdownOutputs, {
    'report.md': readFileSync(join(out, 'report.md'), 'utf8'),
    'solve on stdout': solved.stdout,
    'compare.md': readFileSync(join(compareOut, 'compare.md'), 'utf8'),
    'sweep.md': readFileSync(join(sweepOut, 'sweep.md'), 'utf8'),
    'explain on stdout': explained.stdout,
  });
  browser = await chromium.launch(CHROMIUM);
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

/** What a page did while it was open: dialogs (a payload ran) and requests besides the page itself. */
interface Visit {
  readonly page: Page;
  readonly dialogs: string[];
  readonly requests: string[];
}

/** Opens `file` as a reader would (file://); `bypassCSP` tests the escaping without the CSP's help. */
async function visit(file: string, options: { bypassCSP: boolean }): Promise<Visit> {
  const context = await browser.newContext({ bypassCSP: options.bypassCSP, offline: true });
  const page = await context.newPage();
  const dialogs: string[] = [];
  const requests: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const url = pathToFileURL(file).href;
  page.on('request', (request) => {
    if (request.url() !== url) requests.push(request.url());
  });
  await page.goto(url, { waitUntil: 'load' });
  // An image's onerror fires after its load fails; give such handlers a moment to show themselves.
  await page.waitForTimeout(300);
  return { page, dialogs, requests };
}

/** Elements a payload would have created, if it had become markup. */
const injectedElements = (page: Page) =>
  page.evaluate(() => ({
    images: document.querySelectorAll('img').length,
    bold: document.querySelectorAll('b').length,
    scripts: [...document.querySelectorAll('script')].map((script) => script.getAttribute('type') ?? 'javascript'),
    handlers: [...document.querySelectorAll('*')].flatMap((element) => element.getAttributeNames().filter((name) => name.startsWith('on'))),
  }));

/** The text a reader sees: the page's rendered text and the text of its SVG charts. */
const visibleText = (page: Page) =>
  page.evaluate(() =>
    [document.title, document.body.innerText, ...[...document.querySelectorAll('svg')].map((svg) => svg.textContent ?? '')].join('\n'),
  );

/** Whether the page's own sort script runs: clicking a header marks the sort order. */
async function sortScriptRuns(page: Page): Promise<boolean> {
  await page.locator('table.sortable th').first().click();
  return (await page.locator('table.sortable th').first().getAttribute('aria-sort')) === 'ascending';
}

describe('report.html of a round with hostile names', () => {
  it('runs no payload, creates no element from one and shows every value literally', async () => {
    const { page, dialogs, requests } = await visit(join(out, 'report.html'), { bypassCSP: false });
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
    expect(await injectedElements(page)).toEqual({ images: 0, bold: 0, scripts: ['application/json', 'javascript'], handlers: [] });
    const text = await visibleText(page);
    for (const value of EXPECTED_TEXT) expect(text, value).toContain(value);
    expect(await page.title()).toBe(HOSTILE.scenarioName);
    expect(await sortScriptRuns(page)).toBe(true);
    await page.context().close();
  });

  it('embeds the result as JSON that reads back exactly, names included', async () => {
    const { page } = await visit(join(out, 'report.html'), { bypassCSP: false });
    const embedded = await page.evaluate(() => JSON.parse(document.getElementById('expertpool-result')!.textContent!));
    expect(embedded).toEqual(JSON.parse(readFileSync(join(out, 'result.json'), 'utf8')));
    await page.context().close();
  });

  it('stays inert even with the Content Security Policy switched off: escaping alone holds', async () => {
    const { page, dialogs } = await visit(join(out, 'report.html'), { bypassCSP: true });
    expect(dialogs).toEqual([]);
    expect((await injectedElements(page)).handlers).toEqual([]);
    expect(await sortScriptRuns(page)).toBe(true);
    await page.context().close();
  });

  it('has a policy that blocks script the report did not write itself', async () => {
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    const tampered = join(out, '..', 'tampered.html');
    writeFileSync(
      tampered,
      html.replace(
        '<body>',
        '<body>\n<script>alert("inline")</script><img src=x onerror="alert(\'handler\')"><div style="color:red" id="styled">styled</div>',
      ),
    );
    const { page, dialogs } = await visit(tampered, { bypassCSP: false });
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => getComputedStyle(document.getElementById('styled')!).color)).not.toBe('rgb(255, 0, 0)');
    expect(await sortScriptRuns(page)).toBe(true);
    await page.context().close();
    // The same page without the policy runs both, so the checks above can see a payload that runs.
    const unprotected = await visit(tampered, { bypassCSP: true });
    expect(unprotected.dialogs.sort()).toEqual(['handler', 'inline']);
    expect(await unprotected.page.evaluate(() => getComputedStyle(document.getElementById('styled')!).color)).toBe('rgb(255, 0, 0)');
    await unprotected.page.context().close();
  });
});

describe('compare.html of hostile scenarios', () => {
  it('runs no payload, shows the names literally and applies only its own style', async () => {
    const { page, dialogs, requests } = await visit(join(compareOut, 'compare.html'), { bypassCSP: false });
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
    const injected = await injectedElements(page);
    expect(injected.scripts).toEqual([]);
    expect(injected.handlers).toEqual([]);
    const text = await visibleText(page);
    for (const value of [HOSTILE.scenarioName, VARIANT_NAME]) expect(text).toContain(value);
    expect(readFileSync(join(compareOut, 'compare.html'), 'utf8')).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-/,
    );
    // The policy allows the report's own stylesheet (report.html's kit) by its hash: the table header gets its background.
    expect(await page.evaluate(() => getComputedStyle(document.querySelectorAll('th')[0]!).backgroundColor)).toBe('rgb(243, 245, 248)');
    await page.context().close();
  });
});

describe('report.md and compare.md of hostile names', () => {
  /** A tag a Markdown viewer that renders inline HTML would turn into markup. */
  const RAW_TAG = /<\/?(script|img|svg|b)\b/i;

  it('carry no input text as HTML, yet show it (as entities)', () => {
    const report = readFileSync(join(out, 'report.md'), 'utf8');
    const comparison = readFileSync(join(compareOut, 'compare.md'), 'utf8');
    expect(report).not.toMatch(RAW_TAG);
    expect(comparison).not.toMatch(RAW_TAG);
    expect(report).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(comparison).toContain('&lt;svg onload=alert(11)&gt;');
  });
});

describe('every Markdown output of hostile names', () => {
  /** The payload with its Markdown escaped: shown literally by any Markdown viewer. */
  const LITERAL = '\\[click me\\](https\\://evil.example) \\*\\*x\\*\\*';

  it.each(['report.md', 'solve on stdout', 'compare.md', 'sweep.md', 'explain on stdout'])(
    '%s shows a name with Markdown link and emphasis syntax literally, never as a link or emphasis',
    (output) => {
      const markdown = markdownOutputs[output]!;
      expect(markdown).toContain(LITERAL);
      // No link destination, no autolinked URL and no emphasis survive from the input.
      expect(markdown).not.toMatch(/\]\(https?:/);
      expect(markdown).not.toContain('https://evil.example');
      expect(markdown).not.toContain('**x**');
      expect(markdown).not.toContain(MARKDOWN_PAYLOAD);
    },
  );
});
