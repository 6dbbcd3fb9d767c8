import { describe, expect, it } from 'vitest';
import { LAZY_COMMANDS } from '../../src/cli/lazy-commands.js';
import { runCli } from '../support/run-cli.js';

describe('lazily loaded commands', () => {
  it('lists the usage line and summary each command module defines', async () => {
    for (const lazy of LAZY_COMMANDS) {
      const definition = await lazy.load();
      expect({ command: definition.command, describe: definition.describe }).toEqual({ command: lazy.command, describe: lazy.describe });
    }
  });

  it('--help lists every command and a command --help shows its own options', () => {
    const top = runCli(['--help']);
    expect(top.status).toBe(0);
    // --help wraps long summaries over several lines.
    const listed = top.stdout.replace(/\s+/g, ' ');
    for (const lazy of LAZY_COMMANDS) expect(listed).toContain(lazy.describe);
    const solve = runCli(['solve', '--help']);
    expect(solve.status).toBe(0);
    expect(solve.stdout).toContain('--explain');
    expect(solve.stdout).toContain('--time-limit');
  });

  it('still rejects an unknown option of a lazily loaded command with exit 2', () => {
    const run = runCli(['validate', 'scenarios/round-2022/scenario.yaml', '--no-such-option']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^expertpool: Unknown argument/);
  });
});
