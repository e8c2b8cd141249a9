// The readable table printed after the JSON: each figure beside its target and what it compares
// with (the Automerge peer, the machine's floor).
import type { BenchResult } from './bench';

const fmt = (x: number | null | undefined, unit = 'ms') => (x === null || x === undefined ? 'n/a' : `${x.toLocaleString('en-US')} ${unit}`);

export function formatTable(r: BenchResult): string {
  const f = r.figures;
  const t = r.targets;
  const fl = r.floor;
  const n = (r.workload.merge as { institutions: number }).institutions;
  const rows: Array<[string, string, string, string]> = [
    ['parse_seed_ms', fmt(f.parse_seed_ms), `< ${t.parse_seed_ms} ms`, ''],
    ['open_full_ms', fmt(f.open_full_ms), `< ${t.open_full_ms} ms`, ''],
    ['typing_p95_ms', fmt(f.typing_p95_ms), `< ${t.typing_p95_ms} ms`, 'one frame at 60 Hz is 16.7 ms'],
    ['bundle_export_ms', fmt(f.bundle_export_ms), '', `scrypt key unlock alone ${fmt(fl.scrypt_passphrase_ms)}`],
    ['bundle_bytes', fmt(f.bundle_bytes, 'B'), '', ''],
    ['merge_40_ms', fmt(f.merge_40_ms), `< ${t.merge_40_ms} ms`, `peer ${fmt(f.merge_40_peer_ms)} (x${f.merge_40_ratio_to_peer}); the ${n} files in one call, as the app and the CLI take files chosen together`],
    ['merge_40_serial_ms', fmt(f.merge_40_serial_ms), '', `peer x${f.merge_40_serial_ratio_to_peer}; one call and one transaction per file; floor ${fmt(fl.merge_40_floor_ms)}, a transaction per file`],
    ['merge_40_cold_ms', fmt(f.merge_40_cold_ms), `< ${t.merge_40_cold_ms} ms`, `peer x${f.merge_40_cold_ratio_to_peer}; one process for the ${n} files`],
    ['merge_40_peer_ms', fmt(f.merge_40_peer_ms), '', 'Automerge, one list item per paragraph'],
    ['cli_noop_ms', fmt(f.cli_noop_ms), `< ${t.cli_noop_ms} ms`, `node start ${fmt(fl.node_start_ms)}`],
    ['docx_full_ms', fmt(f.docx_full_ms), `< ${t.docx_full_ms} ms`, ''],
    ['rss_peak_mb merge_40', fmt(f.rss_peak_mb.merge_40, 'MB'), '', `one call per file ${fmt(f.rss_peak_mb.merge_40_serial, 'MB')}; cold ${fmt(f.rss_peak_mb.merge_40_cold, 'MB')}; peer ${fmt(f.rss_peak_mb.merge_40_peer, 'MB')}`],
    ['rss_peak_mb docx_full', fmt(f.rss_peak_mb.docx_full, 'MB'), '', `bundle export ${fmt(f.rss_peak_mb.bundle_export, 'MB')}`],
  ];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => row[i].length), ['figure', 'measured', 'target', 'beside it'][i].length));
  const line = (cells: string[]) => cells.map((c, i) => (i === 1 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  const m = r.machine as { cpu: string; cores: number; memoryGb: number; node: string; loadAverageAtStart: number[] };
  const o = (r.detail.mergeWarm as { outcome: { merged: number; conflicts: number; openConflicts: number } }).outcome;
  return [
    line(['figure', 'measured', 'target', 'beside it']),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    `floor: Ed25519 verify ${fl.ed25519_verify_us} us, BLAKE2b-512 ${fl.blake2b512_mb_s} MB/s, JSON.parse ${fl.json_parse_mb_s} MB/s, ` +
      `SQLite 350 x 4 KB FULL transaction ${fl.sqlite_tx_350x4kb_ms} ms, node start ${fl.node_start_ms} ms`,
    `merge: ${o.merged} answers merged, ${o.conflicts} with conflicts, ${o.openConflicts} open conflicts afterwards`,
    `machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, Node ${m.node}, load average at start ${m.loadAverageAtStart.join(' ')}; ${r.seconds} s in all`,
  ].join('\n');
}
