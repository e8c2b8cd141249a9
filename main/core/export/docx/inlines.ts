// Reply text in Word: marks become run properties, links real hyperlinks, and inline footnotes real
// Word footnotes (numbered by Word in reading order, which is the order the report model gave them).
import { ExternalHyperlink, FootnoteReferenceRun, Paragraph, type ParagraphChild, TextRun } from 'docx';
import type { FormattedText } from '../../../../shared/editor/types';
import type { ReportInline } from '../../../../shared/export/types';

export type FootnoteMap = Record<string, { children: Paragraph[] }>;

const run = (t: FormattedText, style?: string) =>
  new TextRun({ text: t.text, bold: t.bold, italics: t.italic, underline: t.underline ? {} : undefined, style });

export function inlineRuns(children: readonly ReportInline[], footnotes: FootnoteMap): ParagraphChild[] {
  return children.map((c): ParagraphChild => {
    if ('text' in c) return run(c);
    if (c.type === 'link') return new ExternalHyperlink({ link: c.url, children: c.children.map((t) => run(t, 'Hyperlink')) });
    footnotes[String(c.number)] = { children: [new Paragraph({ style: 'FootnoteText', children: [new TextRun(c.note)] })] };
    return new FootnoteReferenceRun(c.number);
  });
}
