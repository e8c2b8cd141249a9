// Reply text in Word: marks become run properties, links real hyperlinks, and inline footnotes real
// Word footnotes (numbered by Word in reading order, which is the order the report model gave them).
import { ExternalHyperlink, FootnoteReferenceRun, Paragraph, type ParagraphChild, TextRun } from 'docx';
import type { FormattedText } from '../../../../shared/editor/types';
import type { ReportInline } from '../../../../shared/export/types';

export type FootnoteMap = Record<string, { children: Paragraph[] }>;

/** A line break typed inside a paragraph (Shift+Enter) becomes a Word line break, not a lost newline. */
const runs = (t: FormattedText, style?: string): TextRun[] =>
  t.text.split(/\r\n?|\n/).map(
    (text, i) => new TextRun({ text, break: i > 0 ? 1 : undefined, bold: t.bold, italics: t.italic, underline: t.underline ? {} : undefined, style }),
  );

export function inlineRuns(children: readonly ReportInline[], footnotes: FootnoteMap): ParagraphChild[] {
  return children.flatMap((c): ParagraphChild[] => {
    if ('text' in c) return runs(c);
    if (c.type === 'link') return [new ExternalHyperlink({ link: c.url, children: c.children.flatMap((t) => runs(t, 'Hyperlink')) })];
    footnotes[String(c.number)] = { children: [new Paragraph({ style: 'FootnoteText', children: [new TextRun(c.note)] })] };
    return [new FootnoteReferenceRun(c.number)];
  });
}
