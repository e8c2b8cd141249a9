// Preloaded with `node --require` into CLI runs of the benchmark: on exit, reports the process's
// peak resident set (kB) on stderr, since a parent cannot read a finished child's peak from Node.
process.on('exit', () => {
  process.stderr.write(`BENCH_RSS_KB ${process.resourceUsage().maxRSS}\n`);
});
