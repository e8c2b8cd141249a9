// `report-settings <db> [--title ...] [--due-year Y|none] [--submitted-year Y|none] [--language en|ru]
// [--annex yes|no] [--json]`: shows the report's title-page settings, changing the ones given.
// The title is only the user's once --title gives it: until then it is the one suggested from the list
// of issues, which the core keeps in step with --language (a Russian report gets a Russian title).
import { parseArgs } from 'node:util';
import { isSuggestedTitle } from '../../../shared/export/title';
import type { ReportSettings } from '../../../shared/export/types';
import { UserError } from '../../../shared/result';
import { type Command, EXIT } from '../command';
import { withCore } from '../open';

function year(flag: string, v: string | undefined, current: number | null): number | null {
  if (v === undefined) return current;
  if (v === 'none') return null;
  if (!/^\d{4}$/.test(v)) throw new UserError(`usage: ${flag} takes a four-digit year or "none" (got "${v}").`);
  return Number(v);
}

export const reportSettings: Command = {
  name: 'report-settings',
  usage: 'report-settings <db> [--title "<text>"] [--due-year <year|none>] [--submitted-year <year|none>] [--language en|ru] [--annex yes|no] [--json]',
  summary: "Show or change the report's title page and the statistical-annex option.",
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        title: { type: 'string' },
        'due-year': { type: 'string' },
        'submitted-year': { type: 'string' },
        language: { type: 'string' },
        annex: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      allowPositionals: true,
    });
    if (positionals.length !== 1) throw new UserError(`usage: ${this.usage}`);
    if (values.annex !== undefined && !['yes', 'no'].includes(values.annex)) throw new UserError('usage: --annex takes yes or no.');
    if (values.language !== undefined && !['en', 'ru'].includes(values.language)) throw new UserError('usage: --language takes en or ru.');
    return withCore(positionals[0], io.now, async (api) => {
      const current = await api['report.getSettings']({});
      if (!current.ok) throw new UserError(current.error, current.code);
      const c = current.value;
      const changes = ['title', 'due-year', 'submitted-year', 'language', 'annex'].some((k) => values[k as keyof typeof values] !== undefined);
      let shown = c;
      if (changes) {
        const next: ReportSettings = {
          title: values.title ?? c.title,
          dueYear: year('--due-year', values['due-year'], c.dueYear),
          submittedYear: year('--submitted-year', values['submitted-year'], c.submittedYear),
          language: (values.language as ReportSettings['language'] | undefined) ?? c.language,
          statisticalAnnex: values.annex === undefined ? c.statisticalAnnex : values.annex === 'yes',
        };
        const saved = await api['report.saveSettings'](next);
        if (!saved.ok) throw new UserError(saved.error, saved.code);
        shown = saved.value;
      }
      if (values.json) io.out(JSON.stringify(shown));
      else {
        const info = await api['workspace.info']({});
        const suggested = !shown.saved || (info.ok && isSuggestedTitle(info.value.document, shown.title));
        io.out(`Title: ${shown.title}${suggested ? ' (derived from the list of issues)' : ''}`);
        io.out(`Due: ${shown.dueYear ?? '-'}; submitted: ${shown.submittedYear ?? '-'}; language: ${shown.language}; statistical annex: ${shown.statisticalAnnex ? 'yes' : 'no'}`);
      }
      return EXIT.ok;
    });
  },
};
