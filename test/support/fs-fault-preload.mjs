/**
 * Preloaded with `node --import` by the output fault tests (see fs-faults.ts):
 * counts the file system calls that change something under
 * EXPERTPOOL_TEST_FS_ROOT and, at call number EXPERTPOOL_TEST_FS_STEP, does
 * EXPERTPOOL_TEST_FS_FAULT before the call:
 *
 * - `kill`: SIGKILL to itself, so the process ends at that very point, as
 *   with `kill -9` or a power cut, with no chance to tidy up;
 * - `SIGINT`, `SIGTERM`, `SIGHUP`: that signal to itself, and the call goes on;
 * - an error code such as `ENOSPC` or `EROFS`: the call fails with it, as the
 *   file system would.
 *
 * With EXPERTPOOL_TEST_FS_LOG set it prints each counted call on stderr
 * (`fs-step 3 renameSync /path`). Node's built-in modules are patched and the
 * ES module bindings synced, so the production code runs unchanged and no
 * fault code ships in it. Worker threads are left alone.
 */
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { isMainThread } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const fs = require('node:fs');

const root = process.env.EXPERTPOOL_TEST_FS_ROOT;
const faultStep = Number(process.env.EXPERTPOOL_TEST_FS_STEP ?? 0);
const fault = process.env.EXPERTPOOL_TEST_FS_FAULT ?? '';
const log = process.env.EXPERTPOOL_TEST_FS_LOG !== undefined;
const MUTATING = ['mkdirSync', 'writeFileSync', 'renameSync', 'rmSync', 'rmdirSync', 'unlinkSync', 'linkSync', 'openSync'];
const ERRNO = { ENOSPC: -28, EROFS: -30, EACCES: -13, EIO: -5, EDQUOT: -122 };

/** True for a call that would change the file system: an open for reading changes nothing. */
const changes = (name, flags) => name !== 'openSync' || /[wax+]/.test(String(flags ?? 'r'));

function inject(name, path) {
  if (fault === 'kill') {
    process.kill(process.pid, 'SIGKILL');
    // SIGKILL to oneself is delivered before the call returns; wait should it not be.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10_000);
  } else if (fault.startsWith('SIG')) {
    process.kill(process.pid, fault);
  } else {
    const syscall = name.replace(/Sync$/, '');
    throw Object.assign(new Error(`${fault}: injected fault, ${syscall} '${path}'`), {
      code: fault,
      errno: ERRNO[fault] ?? -1,
      syscall,
      path,
    });
  }
}

if (root && isMainThread) {
  let step = 0;
  for (const name of MUTATING) {
    const original = fs[name];
    fs[name] = function counted(path, ...rest) {
      if (changes(name, rest[0]) && String(path).startsWith(root)) {
        step += 1;
        if (log) process.stderr.write(`fs-step ${step} ${name} ${path}\n`);
        if (step === faultStep) inject(name, String(path));
      }
      return original.call(this, path, ...rest);
    };
  }
  syncBuiltinESMExports();
}
