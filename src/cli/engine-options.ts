import { DEFAULT_ENGINE, ENGINE_NAMES } from '../engines/engine-info.js';
import { UsageError } from './command-wrapper.js';

/** The `--engine` option of every command that solves. */
export const ENGINE_OPTION = { type: 'string', default: DEFAULT_ENGINE, choices: [...ENGINE_NAMES], describe: 'MIP engine' } as const;

/**
 * The longest `--time-limit`: one day. Rounds that need more are not solved
 * by waiting; a limit far beyond it is a typo (or, like 1e400, a number that
 * reads as infinite) and would overflow the runner's timers.
 */
export const MAX_TIME_LIMIT_SECONDS = 86_400;

/** The `--time-limit` option of every command that solves; `describe` says what the seconds are for. */
export const timeLimitOption = (describe: string) =>
  ({ type: 'number', default: 60, describe: `${describe} (more than 0, at most ${MAX_TIME_LIMIT_SECONDS})` }) as const;

/** Checks a `--time-limit` value, which yargs reads as any number (NaN, Infinity and 1e400 included). */
export function checkTimeLimit(seconds: number): void {
  if (seconds > 0 && seconds <= MAX_TIME_LIMIT_SECONDS) return;
  throw new UsageError({ id: 'time-limit', seconds, max: MAX_TIME_LIMIT_SECONDS });
}
