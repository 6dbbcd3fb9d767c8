/**
 * The import rules of expertpool's rooms (one folder per concern). Rooms are
 * layered: a room may import only the rooms listed below it, never one above,
 * and no file or folder may take part in an import cycle. `npm test` runs this
 * check (npm run lint:imports); docs/architecture.md explains each room.
 *
 *   cli        commands and shared options; the only room that touches process and exit codes
 *   api        the library's functions (load, solve, explain, compare, sweep, replan, render), for src/index.ts
 *   report     render a result (and what it carries): markdown, html, csv, json, xlsx, letters
 *   text       every sentence of every output, en and nl
 *   what-if    compare, sweep, sensitivity, replan's change sets
 *   pipeline   one round from loaded input to a checked, explained result
 *   explain    reasons per request, counterfactuals, stability
 *   diagnose   infeasibility diagnosis, supply and demand summaries
 *   result     the result contract (types of result.json) and its assembly
 *   check      the independent checker: domain only, nothing of the MIP
 *   solve      round -> formulation -> tiers -> allocation; the greedy allocator
 *   engines    HiGHS and javascript-lp-solver behind one interface; workers, pool, hard stop
 *   mip        the engine-neutral model and the engine interface
 *   io         scenario and CSV reading, safe paths, limits, atomic writes
 *   domain     types and pure functions of the problem
 */
const ROOMS = [
  'domain',
  'io',
  'mip',
  'engines',
  'solve',
  'check',
  'result',
  'diagnose',
  'explain',
  'pipeline',
  'what-if',
  'text',
  'report',
  'api',
  'cli',
];

/** What each room may import besides itself (and node and npm packages). */
const ALLOWED = {
  domain: [],
  io: ['domain'],
  mip: [],
  engines: ['mip'],
  solve: ['domain', 'mip'],
  check: ['domain'],
  result: ['domain', 'io', 'mip', 'solve', 'check'],
  diagnose: ['domain', 'io', 'mip', 'engines', 'solve', 'check', 'result'],
  explain: ['domain', 'io', 'mip', 'engines', 'solve', 'check', 'result', 'diagnose'],
  pipeline: ['domain', 'io', 'mip', 'engines', 'solve', 'check', 'result', 'diagnose', 'explain'],
  'what-if': ['domain', 'io', 'mip', 'engines', 'solve', 'check', 'result', 'diagnose', 'explain', 'pipeline'],
  text: ['domain', 'io', 'result', 'diagnose', 'explain', 'what-if'],
  report: ['domain', 'io', 'result', 'diagnose', 'explain', 'what-if', 'text'],
  api: ROOMS.filter((room) => room !== 'api' && room !== 'cli'),
  cli: ROOMS.filter((room) => room !== 'cli'),
};

const roomRules = ROOMS.map((room) => ({
  name: `${room}-imports`,
  comment: `src/${room}/ may import only: ${ALLOWED[room].join(', ') || 'nothing of ours'}`,
  severity: 'error',
  from: { path: `^src/${room}/` },
  to: { path: '^src/', pathNot: [`^src/(${[room, ...ALLOWED[room]].join('|')})/`] },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import cycle between files (and so none between rooms).',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...roomRules,
    {
      name: 'only-known-rooms',
      comment: `Every source file lives in a room: ${ROOMS.join(', ')} (or is src/index.ts, the library entry).`,
      severity: 'error',
      from: { path: '^src/', pathNot: [`^src/(${ROOMS.join('|')})/`, '^src/index\\.ts$'] },
      to: {},
    },
    {
      name: 'library-entry-not-cli',
      comment: 'The library entry exports no command-line code.',
      severity: 'error',
      from: { path: '^src/index\\.ts$' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'src-not-test',
      comment: 'Production code never imports test code.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(test|bench)/' },
    },
  ],
  options: {
    parser: 'swc',
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.generated\\.cjs$' },
  },
};
