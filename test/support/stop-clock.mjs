// Preloaded with `node --import` (worker threads inherit it) for the golden
// cases: performance.now() always answers 0, so every wall time the CLI
// measures (the solve, its tiers, the explanation) reads 0 s and a report is
// the same bytes on every run. Dates are left alone: reports of a round never
// show the day they were made.
performance.now = () => 0;
