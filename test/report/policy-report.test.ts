import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { solveChecked } from '../../src/pipeline/solve-checked.js';
import type { AllocationResult } from '../../src/result/result.js';
import type { Round } from '../../src/domain/types.js';
import { HighsEngine } from '../../src/engines/highs-engine.js';
import { loadRound } from '../../src/io/load-round.js';
import { htmlReport } from '../../src/report/html.js';
import { markdownReport } from '../../src/report/markdown.js';
import { ORDER_SHOWN } from '../../src/report/policy-sections.js';
import { writeRoundFolder } from '../support/temp-round.js';
import { exampleResult, normalised } from '../support/example-result.js';

// Reports of rounds that use the policy fields of the result: an infeasible
// round's diagnosis, strict-order and class rules, the greedy baseline. Their
// golden reports are the golden case test/golden/policy.
const EXAMPLE_FOLDER = 'scenarios/round-2022';

/** The example round's files in a temp folder, plus a variant scenario that extends it. */
function exampleVariant(name: string, yaml: string): string {
  const files = Object.fromEntries(
    ['scenario.yaml', 'municipalities.csv', 'experts.csv', 'requests.csv'].map((file) => [file, readFileSync(join(EXAMPLE_FOLDER, file))]),
  );
  return join(writeRoundFolder({ ...files, [name]: yaml }), name);
}

/** Solves a scenario in process, without the counterfactual solves (their text is covered by the example golden files). */
async function solved(scenario: string): Promise<{ result: AllocationResult; round: Round }> {
  const loaded = loadRound(scenario);
  const result = await solveChecked(loaded, { engine: new HighsEngine(), timeLimitSeconds: 60, counterfactuals: 'none' });
  return { result: normalised(result), round: loaded.round };
}

/** The text between a Markdown heading and the next heading of the same or a higher level. */
function markdownSection(markdown: string, heading: string): string {
  const start = markdown.indexOf(`${heading}\n`);
  expect(start, `no section ${heading}`).toBeGreaterThanOrEqual(0);
  const level = heading.split(' ')[0]!;
  const rest = markdown.slice(start + heading.length);
  const end = rest.search(new RegExp(`\\n#{1,${level.length}} `));
  return end < 0 ? rest : rest.slice(0, end);
}

describe('report of an infeasible round', () => {
  // The golden case's variant: a Limburg minimum that no allocation meets.
  const infeasible = () => solved(exampleVariant('infeasible.yaml', readFileSync('test/golden/policy/infeasible.yaml', 'utf8')));

  it('shows the diagnosis right after the round at a glance, in Markdown and HTML, English and Dutch', async () => {
    const { result, round } = await infeasible();
    expect(result.status).toBe('infeasible');
    expect(result.diagnosis?.map((d) => d.constraint)).toEqual(['constraints.provinces.Limburg.min']);
    const english = markdownReport(result, 'en');
    const glance = english.split('\n').slice(2, 10);
    expect(glance).toEqual([
      '## At a glance',
      '',
      '- No request is granted: there is no allocation (see below why).',
      '',
      expect.stringMatching(/^Method: .*\(infeasible: no allocation meets every constraint\)/),
      '',
      '## Why the round is infeasible',
      '',
    ]);
    expect(markdownSection(english, '## Why the round is infeasible')).toContain(
      '| constraints.provinces.Limburg.min | Limburg min 9, but only 6 eligible requests',
    );
    expect(english).toContain('No allocation was made, so no request is served');
    expect(english).not.toContain('Every request is served');
    const html = htmlReport(result, 'nl');
    expect(html).toMatch(/<h2>In het kort<\/h2>[^]*?<\/section>\n<section class="diagnosis">\n<h2>Waarom de ronde onhaalbaar is<\/h2>/);
    expect(html).toContain('<td>constraints.provinces.Limburg.min</td>');
  });
});

describe('report of a strict-order rule', () => {
  it('first-come: the request order with the served requests marked, and the baseline', async () => {
    const { result, round } = await solved(join(EXAMPLE_FOLDER, 'rule-first-come.yaml'));
    const order = result.priority!.order!;
    expect(order.length).toBeGreaterThan(ORDER_SHOWN);
    const served = new Set(result.assignments.map((a) => a.request));
    const markdown = markdownReport(result, 'en');
    const rule = markdownSection(markdown, '## Priority rule');
    expect(rule).toContain('Rule: first-come.');
    const expected = order
      .slice(0, ORDER_SHOWN)
      .map((id) => (served.has(id) ? `${id} ✓` : id))
      .join(', ');
    expect(rule).toContain(`first ${ORDER_SHOWN} of ${order.length} (✓ served): ${expected} … and ${order.length - ORDER_SHOWN} more`);
    // The baseline's gain is the optimiser's tier value minus the hand-matching's.
    const baseline = result.baseline!;
    const gainRow = `| served | ${baseline.objective.served} | ${result.objective.served} | ${baseline.gain!.served > 0 ? '+' : ''}${baseline.gain!.served} |`;
    expect(markdownSection(markdown, '## Against hand-matching')).toContain(gainRow);
  });

  it('lottery: the seed and the drawn order; tiers: the classes with their served counts', async () => {
    const lottery = await solved(join(EXAMPLE_FOLDER, 'rule-lottery.yaml'));
    const lotteryRule = markdownSection(markdownReport(lottery.result, 'nl'), '## Voorrangsregel');
    expect(lotteryRule).toContain(`Startgetal van de loting: ${lottery.result.run.seed}`);
    const drawnServed = new Set(lottery.result.assignments.map((a) => a.request));
    const firstThree = lottery.result.priority!.order!.slice(0, 3).map((id) => (drawnServed.has(id) ? `${id} ✓` : id));
    expect(lotteryRule).toContain(`(✓ toegekend): ${firstThree.join(', ')}, `);
    const tiers = await solved(join(EXAMPLE_FOLDER, 'rule-tiers.yaml'));
    const served = new Set(tiers.result.assignments.map((a) => a.request));
    const classes = markdownSection(markdownReport(tiers.result, 'en'), '## Priority rule');
    for (const cls of tiers.result.priority!.classes!) {
      const count = cls.requests.filter((id) => served.has(id)).length;
      expect(classes).toContain(`| ${cls.name} | ${cls.requests.length} | ${count} | `);
    }
  });
});

describe('report of the greedy baseline', () => {
  it('under the greedy rule, names the order it follows; without a gain or with unmet rules, says so', async () => {
    const greedy = await solved(join(EXAMPLE_FOLDER, 'rule-greedy.yaml'));
    const markdown = markdownReport(greedy.result, 'en');
    expect(markdownSection(markdown, '## Priority rule')).toContain('The hand-matching follows the order of the score rule.');
    // Under the greedy rule the allocation is the hand-matching itself: its values are the summary's.
    expect(markdownSection(markdown, '## Against hand-matching')).toContain(`| served | ${greedy.result.objective.served} |`);

    const { result, round } = await exampleResult();
    const { gain: _gain, ...noGain } = result.baseline!;
    const unmet = { rule: 'province-quota', name: 'Limburg | <b>', count: 1, bound: 'min', limit: 2 } as const;
    const broken = { ...result, baseline: { ...noGain, violations: [unmet] } };
    const report = markdownReport(broken, 'en');
    const section = markdownSection(report, '## Against hand-matching');
    expect(section).toContain('| figure | hand-matching |\n');
    expect(section).toContain('The optimiser found no allocation in time, so there is no gain to show.');
    expect(section).toContain(
      'The hand-matching breaks these rules:\n\n- Limburg \\| &lt;b&gt; receives 1 trajectory, fewer than its min 2',
    );
    expect(htmlReport(broken, 'nl')).toContain('<li>Limburg | &lt;b&gt; krijgt 1 traject, minder dan het minimum 2</li>');
  });
});

describe('policy sections escape what comes from the input', () => {
  it('class names, request ids, settings and domains', async () => {
    const { result, round } = await exampleResult();
    const hostile = '<img src=x onerror=alert(1)>|*x*';
    const tampered: AllocationResult = {
      ...result,
      priority: { rule: 'tiers', classes: [{ name: hostile, requests: [hostile] }] },
      diagnosis: [
        { constraint: `constraints.provinces.${hostile}.min`, code: 'quota-over-budget', name: hostile, min: 3, budgetTrajectories: 1 },
      ],
      shortfalls: [{ domain: hostile, demand: 3, supply: 1 }],
    };
    const html = htmlReport(tampered, 'en');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('<td>&lt;img src=x onerror=alert(1)&gt;|*x*</td>');
    const markdown = markdownReport(tampered, 'en');
    expect(markdown).not.toContain('<img');
    expect(markdown).toContain('| &lt;img src=x onerror=alert(1)&gt;\\|\\*x\\* | whole round | 3 | 1 | 2 |');
  });
});
