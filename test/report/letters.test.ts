import { describe, expect, it } from 'vitest';
import { fileNamePart, letterFileNames } from '../../src/report/letter-files.js';
import { letterFiles } from '../../src/report/letters.js';
import { exampleResult } from '../support/example-result.js';
import { expectNoEnglish, visibleHtmlText } from '../support/english-in-dutch.js';
import { lettersResult } from '../support/letters-result.js';
import { HighsEngine } from '../../src/engines/highs-engine.js';
import { loadRound } from '../../src/io/load-round.js';
import { solveChecked } from '../../src/pipeline/solve-checked.js';

// The golden letters of the example round are the golden case test/golden/letters.

/** Words of solver machinery a letter never uses, in either language. */
const JARGON = /\b(tier|counterfactual|optima\w*|MIP|solver|integer program|criteri\w*|niveau|geheeltallig|outranked|lexicographic)\b/i;

describe('decision letters of the example round', () => {
  it('write one letter (HTML and Markdown) per municipality that asked or lends, and an index linking each', async () => {
    const result = await lettersResult();
    const files = letterFiles(result, { lang: 'nl' });
    const involved = new Set([
      ...result.assignments.map((a) => a.municipality),
      ...result.unserved.map((u) => u.municipality),
      ...result.round.experts.map((e) => e.municipality),
    ]);
    const html = Object.keys(files).filter((name) => name.endsWith('.html') && name !== 'letters/index.html');
    expect(html).toHaveLength(involved.size);
    expect(Object.keys(files).filter((name) => name.endsWith('.md'))).toHaveLength(involved.size);
    for (const name of html) expect(files['letters/index.html']).toContain(`href="${name.slice('letters/'.length)}"`);
  });

  it("name every request in its municipality's letter, granted with its expert and months, or not granted with a reason", async () => {
    const result = await lettersResult();
    const files = letterFiles(result, { lang: 'nl' });
    const letterOf = (nis: string) =>
      Object.entries(files).find(([name]) => name.startsWith(`letters/${nis}-`) && name.endsWith('.md'))![1];
    const experts = new Map(result.round.experts.map((e) => [e.id, e.name]));
    for (const a of result.assignments) {
      expect(letterOf(a.municipality)).toContain(`Aanvraag ${a.request} (${a.domain}): toegekend.`);
      expect(letterOf(a.municipality)).toContain(`U krijgt de expert ${experts.get(a.expert)}`);
      // The lending municipality's letter names the trajectory too.
      expect(letterOf(a.supplier)).toContain(`aanvraag ${a.request}, ${a.domain}`);
    }
    for (const u of result.unserved)
      expect(letterOf(u.municipality)).toMatch(new RegExp(`Aanvraag ${u.request} \\(${u.domain}\\): niet toegekend\\.\\*\\* Reden(en)?: `));
    expect(letterOf('11002')).toContain('P1 (januari-april 2022)');
    expect(letterOf('11002')).toContain('1 maart 2022');
  });

  it('speak plain Dutch and plain English: no solver jargon, no English in the Dutch letters', async () => {
    const result = await lettersResult();
    for (const lang of ['nl', 'en'] as const) {
      for (const [name, text] of Object.entries(letterFiles(result, { lang }))) {
        const visible = name.endsWith('.html') ? visibleHtmlText(text) : text;
        expect(visible, name).not.toMatch(JARGON);
        // The scenario's own words (its name, the contact's name) are left out: only the program's words count.
        if (lang === 'nl') expectNoEnglish(visible.replace(/Round 2022|An Peeters/g, ''), name);
      }
    }
  });

  it("give a strict order's own proof as the ground, in plain words, under the first-come rule", async () => {
    const loaded = loadRound('scenarios/round-2022/rule-first-come.yaml');
    const result = await solveChecked(loaded, { engine: new HighsEngine(), timeLimitSeconds: 60, counterfactuals: 'auto' });
    const grounds = { nl: 'toegekend zolang er plaats is', en: 'granted in the order of submission as long as there is room' };
    for (const lang of ['nl', 'en'] as const) {
      const letters = Object.entries(letterFiles(result, { lang })).filter(([name]) => name.endsWith('.md'));
      expect(letters.some(([, text]) => text.includes(grounds[lang]))).toBe(true);
      for (const [name, text] of letters) {
        expect(text, name).not.toMatch(JARGON);
        if (lang === 'nl') expectNoEnglish(text.replace(/Round 2022, rule first-come/g, ''), name);
      }
    }
  });

  it('carry no date when the scenario gives none, and sign with the default sender', async () => {
    const { result } = await exampleResult();
    const letter = letterFiles(result, { lang: 'nl' })['letters/11002-antwerpen.md']!;
    expect(letter.startsWith('De coördinatie van de uitwisseling van expertise\n\nAan het college')).toBe(true);
    expect(letter).not.toMatch(/\b20\d\d-\d\d-\d\d\b|\d+ (januari|februari|maart) 20/);
  });

  it('call the allocation the best possible only when it is proven so, never for the hand matching of the greedy rule', async () => {
    const result = await lettersResult();
    expect(letterFiles(result, { lang: 'nl' })['letters/11002-antwerpen.md']).toContain(
      'de best mogelijke toewijzing volgens die regel (bewezen)',
    );
    const greedy = { ...result, priority: { rule: 'greedy', orderRule: 'score' } };
    expect(letterFiles(greedy, { lang: 'nl' })['letters/11002-antwerpen.md']).not.toContain('best mogelijke');
  });

  it('write only the letters asked for, e.g. the municipalities a revised allocation changed', async () => {
    const files = letterFiles(await lettersResult(), { lang: 'en', only: new Set(['44021', '33021']) });
    expect(Object.keys(files).sort()).toEqual([
      'letters/33021-poperinge.html',
      'letters/33021-poperinge.md',
      'letters/44021-gent.html',
      'letters/44021-gent.md',
      'letters/index.html',
    ]);
  });
});

describe('letters with hostile names', () => {
  const BIDI = '\u202eA013\u202c';
  const hostile = ['<img src=x onerror=alert(1)>', '[click me](https://evil.example) **x** _y_', `Gent${BIDI}\u2066`];

  it('keep HTML, Markdown and bidi controls in names as plain text, in the letters and their file names', async () => {
    const result = await lettersResult();
    const municipalities = result.round.municipalities.map((m) =>
      m.nis === '11002'
        ? { ...m, name: hostile[0]! }
        : m.nis === '44021'
          ? { ...m, name: hostile[2]! }
          : m.nis === '46021'
            ? { ...m, name: hostile[1]! }
            : m,
    );
    const experts = result.round.experts.map((e) => (e.id === 'X009' ? { ...e, name: hostile[1]! } : e));
    const files = letterFiles({ ...result, round: { ...result.round, municipalities, experts } }, { lang: 'nl' });
    expect(Object.keys(files)).toContain('letters/11002-img-src-x-onerror-alert-1.html');
    expect(Object.keys(files)).toContain('letters/44021-gent-a013.md');
    for (const [name, text] of Object.entries(files)) {
      expect(name).toMatch(/^letters\/(index|\d{5}(-[a-z0-9]+)*)\.(html|md)$/);
      expect(text, name).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
      if (name.endsWith('.html')) expect(text, name).not.toMatch(/<img|<a href="http/);
      else expect(text, name).not.toMatch(/(?<!\\)\]\(https|(?<!\\)\*\*x|<img/);
    }
    // Antwerpen's own letter: the expert from Sint-Niklaas is named by the hostile name, as text.
    expect(files['letters/11002-img-src-x-onerror-alert-1.md']).toContain(
      'Aan het college van burgemeester en schepenen van &lt;img src=x onerror=alert(1)&gt;',
    );
    expect(files['letters/11002-img-src-x-onerror-alert-1.html']).toContain(
      'U krijgt de expert [click me](https://evil.example) **x** _y_ van',
    );
  });
});

describe('letter file names', () => {
  it.each([
    ['Sint-Niklaas', 'sint-niklaas'],
    ['Écaussinnes', 'ecaussinnes'],
    ["'s-Gravenwezel", 's-gravenwezel'],
    ['Sint-Gillis / Saint-Gilles', 'sint-gillis-saint-gilles'],
    ['Ærøskøbing Straße', 'aeroskobing-strasse'],
    ['<script>alert(1)</script>', 'script-alert-1-script'],
    ['[click me](https://evil.example) **x**', 'click-me-https-evil-example-x'],
    ['\u202Egnp.exe\u202C', 'gnp-exe'],
    ['..', ''],
    ['CON', 'con'],
    ['日本', ''],
  ])('%j becomes %j', (name, part) => {
    expect(fileNamePart(name)).toBe(part);
  });

  it('are unique, case-insensitively too, and the same for the same input', () => {
    const decisions = [
      { nis: '11002', name: 'Gent' },
      { nis: '11002 ', name: 'GENT' },
      { nis: '', name: 'index' },
      { nis: '44021', name: '日本' },
    ];
    const names = letterFileNames(decisions);
    expect([...names.values()].sort()).toEqual(['11002-gent', '11002-gent-2', '44021', 'index-2']);
    expect(letterFileNames([...decisions].reverse())).toEqual(names);
    expect(new Set([...names.values()].map((name) => name.toLowerCase())).size).toBe(names.size);
  });
});
