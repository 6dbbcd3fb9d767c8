/**
 * Build step (`npm run build`, after tsc): bundles the CLI from dist/ into
 * dist/bundle/ with esbuild, which bin/expertpool.js runs.
 *
 * Why: Node loads an ES module graph file by file (resolve, read, parse,
 * link), and the CLI's graph is several hundred files once yargs, zod,
 * papaparse, yaml and ajv are counted: about 0.1 s per run, a tenth of a small
 * round's solve. One file per entry point (plus shared chunks, and one chunk
 * per command, which still loads only when that command runs) takes most of
 * it away. The library (dist/*.js) and the tests keep the unbundled modules.
 *
 * Left out of the bundle: HiGHS and javascript-lp-solver locate their own
 * files (the WASM binary) beside their modules, and load only in the engine's
 * worker anyway.
 */
import { build } from 'esbuild';
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = (path) => fileURLToPath(new URL(`../dist/${path}`, import.meta.url));
const outdir = dist('bundle');

/**
 * yargs's ES module shim takes the folder above its node_modules as the
 * program's folder (from its own import.meta.url) and looks for package.json
 * from there. Bundled, its import.meta.url is the bundle's, which has no
 * node_modules in its path, so it fell back to the working directory and read
 * every directory from there up to the root on each run (0.05 s from a busy
 * folder). The shim gets the location it has when not bundled, and with it its
 * locale files.
 */
const yargsShimLocation = {
  name: 'yargs-shim-location',
  setup(build) {
    build.onLoad({ filter: /yargs[\\/]lib[\\/]platform-shims[\\/]esm\.mjs$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const own = 'fileURLToPath(import.meta.url)';
      if (!source.includes(own)) throw new Error(`${args.path} no longer computes its folder from ${own}; update scripts/bundle-cli.mjs`);
      const unbundled = "fileURLToPath(new URL('../../node_modules/yargs/lib/platform-shims/esm.mjs', import.meta.url))";
      return { contents: source.replace(own, unbundled), loader: 'js' };
    });
  },
};

rmSync(outdir, { recursive: true, force: true });
await build({
  // The engine worker is an entry point too: engine-thread.ts starts it from beside itself.
  entryPoints: {
    main: dist('cli/main.js'),
    'engine-worker': dist('engines/engine-worker.js'),
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['highs', 'javascript-lp-solver'],
  // Bundled CommonJS dependencies (ajv, papaparse) call require() for Node's built-ins; an ES module has none.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  legalComments: 'linked',
  plugins: [yargsShimLocation],
  logLevel: 'warning',
});
// The precompiled scenario validator is looked up beside the module that uses it (see scenario-validator.ts).
copyFileSync(dist('io/scenario-validator.generated.cjs'), dist('bundle/scenario-validator.generated.cjs'));
