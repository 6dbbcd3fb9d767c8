#!/usr/bin/env node
// The CLI runs from its bundle in dist/bundle/, built by `npm ci` (the `prepare` script; see scripts/bundle-cli.mjs).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/bundle/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write(
    'expertpool: the built CLI (dist/bundle/main.js) is missing; run "npm ci" (or "npm run build") in the expertpool folder first.\n',
  );
  process.exit(3);
}
try {
  const { main } = await import(entry.href);
  await main();
} catch (error) {
  // Errors the commands know are handled inside them; whatever reaches here is a bug.
  process.stderr.write(`expertpool: internal error (this is a bug; please report it with this text):\n${error?.stack ?? error}\n`);
  process.exit(3);
}
