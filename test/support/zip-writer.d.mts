/** A zip archive of `entries`, deflated; `declare(name)` may state another unpacked size than the real one (see zip-writer.mjs). */
export function zipArchive(entries: readonly (readonly [string, Uint8Array])[], declare?: (name: string) => number | undefined): Buffer;
