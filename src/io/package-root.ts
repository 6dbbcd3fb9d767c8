import { existsSync } from 'node:fs';

/**
 * The folder that holds expertpool's package.json, found by walking up from
 * this module. The same code runs from src/ (tests), from dist/ (the
 * library) and from the CLI bundle in dist/bundle/, each at its own depth, so
 * a fixed relative path would point somewhere else in one of them.
 */
function findPackageRoot(from: URL): URL {
  let folder = new URL('./', from);
  for (;;) {
    if (existsSync(new URL('package.json', folder))) return folder;
    const parent = new URL('../', folder);
    if (parent.href === folder.href) throw new Error(`expertpool's package.json was not found above ${from.href}`);
    folder = parent;
  }
}

const PACKAGE_ROOT = findPackageRoot(new URL(import.meta.url));

/** A file shipped with the package, e.g. `packageFile('schemas/scenario.schema.json')`. */
export function packageFile(path: string): URL {
  return new URL(path, PACKAGE_ROOT);
}
