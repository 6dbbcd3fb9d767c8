import { createHash } from 'node:crypto';

/** `sha256:` and the hex digest of a file's bytes: how the run record names every input. */
export const sha256 = (bytes: Buffer): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
