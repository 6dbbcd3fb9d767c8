import { describe, expect, it } from 'vitest';
import type { ReasonFacts } from '../../src/result/explanation.js';
import { placeNamer, reasonText } from '../../src/text/explain-text.js';
import { expectNoEnglish } from '../support/english-in-dutch.js';

const subject = { municipality: '44021', domain: 'wonen' };
const namer = placeNamer([{ nis: '44021', name: 'Gent' }]);
const displaced = [
  { request: 'A160', priority: 79.4 },
  { request: 'A200', priority: 5 },
];

const bounded: ReasonFacts = {
  code: 'outranked',
  counterfactual: { status: 'bounded', displaced, bounds: { tier: 'priority', value: 1751.9, lowest: 1690.1, highest: 1736.2 } },
};
const tie: ReasonFacts = {
  code: 'outranked',
  counterfactual: { status: 'tie', displaced: [], bounds: { tier: 'priority', value: 1212, lowest: 1212, highest: 1212 } },
};

/** The reason's sentence in English and in Dutch, and no English in the Dutch one. */
function expectSentences(reason: ReasonFacts, english: string, dutch: string): void {
  expect(reasonText(reason, subject, 'en', namer)).toBe(english);
  expect(reasonText(reason, subject, 'nl', namer)).toBe(dutch);
  expectNoEnglish(dutch, `a reason proven ${reason.code === 'outranked' ? reason.counterfactual.status : ''}`);
}

describe('the sentences of proven reasons', () => {
  it('state a bounded reason with its interval and its example, in English and Dutch', () => {
    expectSentences(
      bounded,
      'Serving it would take the summed priority from 1,751.9 to between 1,690.1 and 1,736.2 (proven bounds), for example by displacing A160 (79.4) and A200 (5).',
      'Deze aanvraag toekennen zou de totale prioriteit van 1.751,9 naar een waarde tussen 1.690,1 en 1.736,2 brengen (bewezen grenzen), bijvoorbeeld door A160 (79,4) en A200 (5) te verdringen.',
    );
  });

  it('state a tie with the value it keeps and what decided, in English and Dutch', () => {
    expectSentences(
      tie,
      'Serving it can keep the summed priority at 1,212, for example without displacing any request: the later criteria decided.',
      'Deze aanvraag toekennen kan de totale prioriteit op 1.212 houden, bijvoorbeeld zonder een andere aanvraag te verdringen: de volgende criteria gaven de doorslag.',
    );
  });
});
