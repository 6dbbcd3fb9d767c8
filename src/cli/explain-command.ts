import { hasNoAllocation } from '../result/result.js';
import { closest } from 'fastest-levenshtein';
import type { Argv } from 'yargs';
import { solveChecked } from '../pipeline/solve-checked.js';
import { LANGS } from '../text/lang.js';
import { SolveInterrupted } from '../engines/worker-engine.js';
import { startWorkerEngines } from '../engines/worker-engines.js';
import { loadRound } from '../io/load-round.js';
import { explanationText } from '../report/explanation-text.js';
import { explainRequest } from '../result/request-explanation.js';
import { explanationWithMessages } from '../text/result-messages.js';
import { WORDS } from '../text/words.js';
import type { Lang } from '../text/lang.js';
import { EXIT, runCommand, UsageError, writeWarnings } from './command-wrapper.js';
import { ALLOW_OUTSIDE_OPTION } from './path-options.js';
import { checkTimeLimit, ENGINE_OPTION, timeLimitOption } from './engine-options.js';
import { interruptScope } from './interrupt.js';

export interface ExplainArgs {
  scenario: string;
  request: string;
  json: boolean;
  lang: string;
  engine: string;
  timeLimit: number;
  allowOutside: boolean;
}

export const explainCommand = {
  command: 'explain <scenario>',
  describe: 'Solve a round and explain why one request is served by its expert, or why it is not served',
  builder: (yargs: Argv) =>
    yargs
      .positional('scenario', { type: 'string', demandOption: true, describe: 'Scenario file (YAML or JSON)' })
      .option('request', { type: 'string', demandOption: true, describe: 'Id of the request to explain (requests.csv `id`)' })
      .option('json', { type: 'boolean', default: false, describe: 'Print the explanation as JSON' })
      .option('lang', { type: 'string', default: 'en', choices: [...LANGS], describe: 'Language of the explanation' })
      .option('engine', ENGINE_OPTION)
      .option('time-limit', timeLimitOption('Seconds for the solve, and again for the counterfactual solve'))
      .option('allow-outside', ALLOW_OUTSIDE_OPTION)
      .example('$0 explain scenarios/round-2022/scenario.yaml --request A009', 'Why is request A009 not served?')
      .example('$0 explain round.yaml --request A007 --lang nl', 'Why does A007 get its expert, in Dutch'),
  handler: async (args: ExplainArgs) => {
    process.exitCode = await runCommand(async () => {
      checkTimeLimit(args.timeLimit);
      const interrupt = interruptScope();
      const loaded = loadRound(args.scenario, undefined, { allowOutside: args.allowOutside });
      writeWarnings(loaded.warnings, args.lang);
      const ids = loaded.round.requests.map((request) => request.id);
      if (!ids.includes(args.request)) {
        const suggestion = ids.length > 0 ? { suggestion: closest(args.request, ids) } : {};
        throw new UsageError({ id: 'request-unknown', request: args.request, ...suggestion });
      }
      const engines = startWorkerEngines(args.engine, {
        count: 1,
        signal: interrupt.signal,
        scenario: `"${loaded.round.name}" (${args.scenario})`,
      });
      // Only the asked request needs a counterfactual solve; the others keep their computed reasons.
      const result = await solveChecked(loaded, {
        engine: engines.engine,
        timeLimitSeconds: args.timeLimit,
        counterfactuals: [args.request],
      }).finally(() => engines.close());
      interrupt.dispose();
      if (interrupt.signal.aborted) throw new SolveInterrupted('the solve was interrupted');
      if (hasNoAllocation(result)) {
        process.stderr.write(`expertpool: ${WORDS[args.lang as Lang].report.explain.noAllocation(result.status)}\n`);
        return EXIT.noAllocation;
      }
      // The id was checked above and every request is either served or unserved in a result with an allocation.
      const explanation = explainRequest(result, args.request)!;
      process.stdout.write(
        args.json
          ? `${JSON.stringify(explanationWithMessages(explanation, result.round), null, 2)}\n`
          : explanationText(explanation, result.round, args.lang as Lang),
      );
      return EXIT.ok;
    }, args.lang);
  },
};
