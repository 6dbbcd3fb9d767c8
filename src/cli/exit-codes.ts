/** Exit codes of the CLI, the contract scripts rely on; 130 (128 + SIGINT) is the shells' code for Ctrl-C. */
export const EXIT = { ok: 0, noAllocation: 1, input: 2, internal: 3, interrupted: 130 } as const;
