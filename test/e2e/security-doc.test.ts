import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const SECURITY = readFileSync('SECURITY.md', 'utf8');

/** Every test SECURITY.md names, as `file` › "test name". */
const references = [...SECURITY.matchAll(/`(test\/[\w/.-]+\.test\.ts)` › "([^"]+)"/g)].map((match) => ({
  file: match[1]!,
  name: match[2]!,
}));

interface LockedPackage {
  readonly version: string;
  readonly dev?: boolean;
  readonly dependencies?: Readonly<Record<string, string>>;
}

/** The production tree of package-lock.json, as `npm ls --omit=dev --all` shows it: `name version required-by` per package version. */
function productionTree(): string[] {
  const packages = (JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockedPackage> }).packages;
  const nameOf = (path: string) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
  // Node's lookup: the dependency in the requirer's own node_modules, else in its parents'.
  const resolveFrom = (from: string, name: string): string | undefined => {
    for (let base = from; ; base = base.includes('/node_modules/') ? base.slice(0, base.lastIndexOf('/node_modules/')) : '') {
      const path = `${base === '' ? '' : `${base}/`}node_modules/${name}`;
      if (packages[path] !== undefined) return path;
      if (base === '') return undefined;
    }
  };
  const requiredBy = new Map<string, Set<string>>();
  for (const [path, entry] of Object.entries(packages)) {
    if (entry.dev === true) continue;
    for (const dependency of Object.keys(entry.dependencies ?? {})) {
      const found = resolveFrom(path, dependency);
      if (found === undefined || packages[found]!.dev === true) continue;
      const key = `${nameOf(found)} ${packages[found]!.version}`;
      requiredBy.set(key, (requiredBy.get(key) ?? new Set()).add(path === '' ? 'expertpool' : nameOf(path)));
    }
  }
  return [...requiredBy].map(([key, by]) => `${key} ${[...by].sort().join(', ')}`).sort();
}

describe('SECURITY.md', () => {
  it('names tests that exist, in files that exist', () => {
    expect(references.length).toBeGreaterThan(50);
    for (const { file, name } of references) {
      expect(existsSync(file), file).toBe(true);
      expect(readFileSync(file, 'utf8'), `${file} › "${name}"`).toContain(name);
    }
  });

  it('lists exactly the production dependency tree of package-lock.json', () => {
    const listed = [...SECURITY.matchAll(/^\| `([\w@/.-]+)` \| (\d+\.\d+\.\d+) \| ([\w, -]+) \|$/gm)].map(
      (match) => `${match[1]} ${match[2]} ${match[3]}`,
    );
    expect(listed.sort()).toEqual(productionTree());
  });
});
