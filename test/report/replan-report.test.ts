import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlReport } from '../../src/report/html.js';
import { resultJson } from '../../src/report/json.js';
import { markdownReport } from '../../src/report/markdown.js';
import { expectNoEnglish, visibleHtmlText } from '../support/english-in-dutch.js';
import { exampleReplan } from '../support/example-replan.js';

// The example round revised after scenarios/round-2022/changes.yaml; its golden reports are the golden case test/golden/replan.

describe('reports of the revised example round', () => {
  it('report.md puts the changes first, and the Dutch one holds no English', async () => {
    const result = await exampleReplan();
    const english = markdownReport(result, 'en');
    expect(english.indexOf('## Revised allocation')).toBeLessThan(english.indexOf('## At a glance'));
    const dutch = markdownReport(result, 'nl');
    expect(dutch).toContain('## Herziene toewijzing');
    // The example round's name is English; everything expertpool writes around it must not be.
    expectNoEnglish(dutch.replaceAll('Round 2022', 'Ronde 2022'), 'the Dutch report of a revised allocation');
  });

  it('report.html in Dutch holds no English', async () => {
    const html = htmlReport(await exampleReplan(), 'nl');
    expectNoEnglish(visibleHtmlText(html).replaceAll('Round 2022', 'Ronde 2022'), 'the Dutch page of a revised allocation');
  });

  it('result.json matches the result schema, replan and run record included', async () => {
    const schema = JSON.parse(readFileSync('schemas/result.schema.json', 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: true, allowMatchingProperties: true }).compile(schema);
    const json = JSON.parse(resultJson(await exampleReplan()));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.replan.dropped.map((e: { reason: { code: string; message: string } }) => e.reason)).toEqual([
      { code: 'withdrawn', message: 'Expert X001 is not available from P2 on.', expert: 'X001', from: 'P2' },
      { code: 'cancelled', message: 'The municipality withdrew the request.', request: 'A024' },
    ]);
    expect(json.run.replan).toEqual({ from: expect.stringMatching(/^sha256:/), changes: expect.stringMatching(/^sha256:/) });
  });
});
