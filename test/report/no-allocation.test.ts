import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { solveChecked } from '../../src/pipeline/solve-checked.js';
import type { EngineResult, MipEngine } from '../../src/mip/engine.js';
import { loadRound } from '../../src/io/load-round.js';
import { htmlReport } from '../../src/report/html.js';
import { markdownReport } from '../../src/report/markdown.js';
import { smallRound } from '../support/temp-round.js';

/** An engine whose every solve stops at its limit before finding any point. */
class NothingInTime implements MipEngine {
  readonly name = 'nothing';
  readonly version = 'test';
  readonly generalIntegers = true;
  async solve(): Promise<EngineResult> {
    return { termination: 'time_limit', seconds: 0.01 };
  }
}

describe('a round stopped before any allocation was found', () => {
  it('says so in the reports instead of claiming everyone is served', async () => {
    const loaded = loadRound(join(smallRound(), 'scenario.yaml'));
    const result = await solveChecked(loaded, { engine: new NothingInTime(), timeLimitSeconds: 1 });
    expect(result.status).toBe('time_limit');
    expect(result.tiers).toEqual([]);
    for (const [lang, text] of [
      ['en', 'No allocation was found within the time limit'],
      ['nl', 'Binnen de tijdslimiet is geen toewijzing gevonden'],
    ] as const) {
      const markdown = markdownReport(result, lang);
      expect(markdown).toContain(text);
      expect(markdown).not.toMatch(/Every request is served|Elke aanvraag wordt toegekend/);
      expect(markdown).not.toMatch(/Recruit more experts first|Werf eerst extra experts aan/);
      expect(htmlReport(result, lang)).toContain(text);
    }
  });
});
