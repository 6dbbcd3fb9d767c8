import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { SCENARIO, smallRound } from '../support/temp-round.js';

/** The small test round at a budget that leaves requests waiting, so more budget and more experts add something. */
const tightRound = () => join(smallRound({ 'scenario.yaml': SCENARIO.replace('budget: 50000', 'budget: 20000') }), 'scenario.yaml');

describe('expertpool solve --sensitivity', () => {
  it('adds the sensitivity to the JSON result and the report', () => {
    const scenario = tightRound();
    const json = runCli(['solve', scenario, '--sensitivity', '--json']);
    expect(json.status).toBe(0);
    const result = JSON.parse(json.stdout);
    expect(result.sensitivity.entries.map((e: { change: string }) => e.change)).toEqual(['budget', 'expert-period']);
    const validate = new Ajv({ allErrors: true, strict: true }).compile(
      JSON.parse(readFileSync(new URL('../../schemas/result.schema.json', import.meta.url), 'utf8')) as object,
    );
    expect(validate(result), JSON.stringify(validate.errors)).toBe(true);
    const report = runCli(['solve', scenario, '--sensitivity']);
    expect(report.stdout).toContain('## Sensitivity: what one more unit would add');
    expect(runCli(['solve', scenario, '--json']).stdout).not.toContain('"sensitivity"');
  });

  it('with --out puts the sensitivity into report.md and report.html, and prints the same Markdown as report.md', () => {
    const scenario = tightRound();
    for (const lang of ['en', 'nl'] as const) {
      const out = join(mkdtempSync(join(tmpdir(), 'expertpool-sensitivity-')), 'out');
      const run = runCli(['solve', scenario, '--sensitivity', '--out', out, '--lang', lang]);
      expect(run.status, run.stderr).toBe(0);
      const markdown = readFileSync(join(out, 'report.md'), 'utf8');
      const html = readFileSync(join(out, 'report.html'), 'utf8');
      const title = lang === 'en' ? 'Sensitivity: what one more unit would add' : 'Gevoeligheid: wat één eenheid meer zou opleveren';
      const budgetRow = lang === 'en' ? 'EUR 10,000 more budget' : 'EUR 10.000 meer budget';
      // Before the run record, once, in both files.
      expect(markdown.split(`## ${title}`)).toHaveLength(2);
      expect(markdown.indexOf(`## ${title}`)).toBeLessThan(markdown.indexOf(lang === 'en' ? '## Run record' : '## Uitvoeringsgegevens'));
      expect(markdown).toContain(`| ${budgetRow} |`);
      expect(html).toContain(`<section>\n<h2>${title}</h2>`);
      expect(html).toContain(`<tr><td>${budgetRow}</td>`);
      expect(run.stdout).toBe(markdown);
    }
    const plain = runCli(['solve', scenario]);
    expect(plain.stdout).not.toContain('Sensitivity');
  });
});
