// `reimport <db> --loi <file> [--dry-run] [--json]`: puts a revised or other-language version of the
// list of issues into a workspace, keeping every answer by paragraph and sub-item number, and says
// which question texts changed and which approved answers went back to drafting because of it.
// --dry-run only reports what would change.
import { parseArgs } from 'node:util';
import type { ImportPlan, QuestionChange } from '../../../shared/loi/import-types';
import { UserError } from '../../../shared/result';
import { readLoiFileBytes } from '../../core/import/read-file';
import { type Command, EXIT, type Io } from '../command';
import { withCore } from '../open';

const short = (t: string | null) => (t === null ? '—' : t.length > 100 ? `${t.slice(0, 99)}…` : t);

function describe(plan: ImportPlan, io: Io, done: boolean): void {
  const answered = (list: QuestionChange[]) => list.filter((c) => c.answered).length;
  io.out(`${plan.paragraphs} paragraphs, ${plan.subitems} sub-items; ${plan.changed.length} question texts changed (${answered(plan.changed)} answered), ` +
    `${plan.added.length} added, ${plan.retired.length} retired with their answers, ${plan.restored.length} restored, ${plan.removed} removed, ${plan.unchanged} unchanged.`);
  const moved = (c: QuestionChange) => (c.movedTo ? ` (its old text is now ${c.movedTo})` : '');
  for (const c of plan.changed) io.out(`  changed ${c.ref}${c.answered ? ' (answered)' : ''}${moved(c)}: "${short(c.before)}" -> "${short(c.after)}"`);
  for (const c of plan.retired) io.out(`  retired ${c.ref} (kept with its answer under "No longer in the list of issues")${moved(c)}: "${short(c.before)}"`);
  for (const c of plan.restored) io.out(`  restored ${c.ref}: "${short(c.after)}"`);
  if (plan.reopened.length > 0) {
    io.out(`${plan.reopened.length} ready or approved answers ${done ? 'went' : 'go'} back to drafting, their question having changed: ${plan.reopened.map((r) => `${r.ref} (was ${r.status})`).join(', ')}.`);
    io.out('  Read each against its new question and approve it again. Answers stay with their number: where a question moved, copy the text across.');
  }
}

export const reimport: Command = {
  name: 'reimport',
  usage: 'reimport <db> --loi <file> [--dry-run] [--json]',
  summary: 'Re-import a revised list of issues, keeping every answer; report changed questions.',
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { loi: { type: 'string' }, 'dry-run': { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
      allowPositionals: true,
    });
    if (positionals.length !== 1 || !values.loi) throw new UserError(`usage: ${this.usage}`);
    const file = readLoiFileBytes(values.loi);
    return withCore(positionals[0], io.now, async (api) => {
      const read = await api['loi.read']({ fileName: file.name, data: Buffer.from(file.bytes).toString('base64') });
      if (!read.ok) throw new UserError(read.error, read.code);
      let outcome: ImportPlan = read.value.plan;
      if (!values['dry-run']) {
        const done = await api['loi.commit']({ loi: read.value.loi, sourceName: file.name });
        if (!done.ok) throw new UserError(done.error, done.code);
        outcome = done.value;
      }
      if (values.json) io.out(JSON.stringify(outcome));
      else {
        io.out(`${values['dry-run'] ? 'Would import' : 'Imported'} ${read.value.loi.document.symbol ?? file.name} (${read.value.format}, ${read.value.loi.document.language}) as a ${outcome.mode === 'replace' ? 'new list (no answers yet)' : 're-import'}:`);
        describe(outcome, io, !values['dry-run']);
        for (const w of read.value.loi.warnings) io.out(`  warning: ${w.message}`);
      }
      return EXIT.ok;
    });
  },
};
