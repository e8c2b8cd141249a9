// `npm run bench`: builds the app, then runs the benchmark of issue #10 and prints one JSON object
// (also written to bench/out/) and a readable table. Options: --reuse keeps the merge workload from
// the previous run when its parameters match; --no-browser skips open_full_ms and typing_p95_ms;
// --smoke runs the tiny sizes of the test suite.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runBench } from './bench';
import { FULL, SMOKE } from './config';
import { formatTable } from './report';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { reuse: { type: 'boolean', default: false }, 'no-browser': { type: 'boolean', default: false }, smoke: { type: 'boolean', default: false } } });
  const outDir = join(__dirname, 'out');
  const base = values.smoke ? SMOKE : FULL;
  const result = await runBench({ ...base, browser: base.browser && !values['no-browser'], reuse: values.reuse, outDir }, (l) => process.stderr.write(`bench: ${l}\n`));
  mkdirSync(outDir, { recursive: true });
  const json = JSON.stringify(result, null, 2);
  const stamp = result.startedAt.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  writeFileSync(join(outDir, `bench-${result.config}-${stamp}.json`), `${json}\n`);
  writeFileSync(join(outDir, `latest-${result.config}.json`), `${json}\n`);
  process.stdout.write(`${json}\n\n${formatTable(result)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
