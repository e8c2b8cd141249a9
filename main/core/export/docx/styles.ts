// The look of a UN document in Word: A4, Times New Roman 10 pt, a text block indented 2 cm from
// each margin, reply paragraphs numbered "1." flush with the text, bold headings that keep with
// what follows. Built-in heading styles are used so Word's navigation pane and tables of contents work.
import { AlignmentType, type INumberingOptions, type IStylesOptions, LevelFormat, LineRuleType } from 'docx';
import type { ReportLanguage } from '../../../../shared/export/types';

/** Twentieths of a point. 567 is one centimetre. */
export const CM = 567;
export const PAGE = { width: 11906, height: 16838, margin: { top: 1701, bottom: 1701, left: 1134, right: 1134, header: 850, footer: 850 } };
export const TEXT_INDENT = 2 * CM;
/** The width between the text block's indents, where tables sit. */
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right - 2 * TEXT_INDENT;

export const NUMBERING = { paragraphs: 'reply-paragraphs', bullets: 'reply-bullets', letters: 'reply-letters' } as const;

const FONT = 'Times New Roman';
const body = { line: 240, lineRule: LineRuleType.AUTO, after: 120 };
const heading = (size: number, extra: { italics?: boolean; bold?: boolean }, before: number, after: number, outlineLevel: number) => ({
  run: { font: FONT, size, bold: extra.bold ?? true, italics: extra.italics ?? false, color: '000000' },
  paragraph: {
    keepNext: true,
    keepLines: true,
    outlineLevel,
    spacing: { before, after, line: 240 },
    indent: { left: TEXT_INDENT, right: TEXT_INDENT },
  },
});

export function reportStyles(language: ReportLanguage): IStylesOptions {
  const lang = { value: language === 'ru' ? 'ru-RU' : 'en-GB' };
  return {
    default: {
      document: { run: { font: FONT, size: 20, language: lang }, paragraph: { spacing: { line: 240, after: 0 } } },
      heading1: heading(28, {}, 360, 240, 0),
      heading2: heading(24, {}, 360, 240, 1),
      heading3: heading(20, {}, 240, 120, 2),
      heading4: heading(20, { italics: true }, 240, 120, 3),
      heading5: heading(20, {}, 240, 120, 4),
      heading6: heading(20, { bold: false, italics: true }, 120, 120, 5),
      hyperlink: { run: { color: '1F3E8C', underline: {} } },
      footnoteText: { run: { font: FONT, size: 18 }, paragraph: { indent: { left: TEXT_INDENT, hanging: 170 }, spacing: { line: 220, after: 0 } } },
      footnoteReference: { run: { superScript: true } },
    },
    paragraphStyles: [
      {
        id: 'ReplyText',
        name: 'Reply Text',
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { left: TEXT_INDENT, right: TEXT_INDENT }, spacing: body },
      },
      {
        id: 'ReplyQuote',
        name: 'Reply Quote',
        basedOn: 'ReplyText',
        paragraph: { indent: { left: TEXT_INDENT + CM, right: TEXT_INDENT + CM } },
      },
      { id: 'ReportTitle', name: 'Report Title', basedOn: 'Normal', run: { size: 28, bold: true }, paragraph: { indent: { left: TEXT_INDENT, right: TEXT_INDENT }, spacing: { before: 480, after: 240 } } },
      { id: 'TitleLine', name: 'Title Line', basedOn: 'Normal', paragraph: { indent: { left: TEXT_INDENT, right: TEXT_INDENT }, spacing: { after: 120 } } },
      { id: 'Committee', name: 'Committee', basedOn: 'Normal', run: { size: 24, bold: true }, paragraph: { spacing: { after: 240 } } },
      { id: 'Draft', name: 'Draft Mark', basedOn: 'Normal', run: { bold: true, color: 'A00000', size: 22 }, paragraph: { indent: { left: TEXT_INDENT, right: TEXT_INDENT }, spacing: { before: 120, after: 60 } } },
      { id: 'Pending', name: 'Pending Reply', basedOn: 'ReplyText', run: { italics: true, color: 'A00000' } },
      // An open merge conflict in a draft or review copy: highlighted so that no one reads two versions as one text.
      { id: 'ConflictNote', name: 'Conflict Note', basedOn: 'ReplyText', run: { bold: true, color: '7F3F00' }, paragraph: { shading: { fill: 'FFE699', type: 'clear', color: 'auto' }, spacing: { before: 60, after: 60 } } },
      { id: 'Question', name: 'Question', basedOn: 'ReplyText', run: { italics: true, color: '333333' }, paragraph: { shading: { fill: 'EEF1F6', type: 'clear', color: 'auto' } } },
      { id: 'Caption', name: 'caption', basedOn: 'Normal', quickFormat: true, paragraph: { keepNext: true, keepLines: true, indent: { left: TEXT_INDENT, right: TEXT_INDENT }, spacing: { before: 240, after: 0 } } },
      { id: 'TableTitle', name: 'Table Title', basedOn: 'Caption', run: { bold: true }, paragraph: { spacing: { before: 0, after: 60 } } },
      { id: 'TableText', name: 'Table Text', basedOn: 'Normal', run: { size: 18 }, paragraph: { spacing: { before: 40, after: 40, line: 220 } } },
      { id: 'TableNote', name: 'Table Note', basedOn: 'Normal', run: { size: 18 }, paragraph: { indent: { left: TEXT_INDENT, right: TEXT_INDENT }, spacing: { before: 60, after: 0, line: 220 } } },
      { id: 'Status', name: 'Reply Status', basedOn: 'Normal', run: { size: 18, color: '555555' }, paragraph: { keepNext: true, indent: { left: TEXT_INDENT, right: TEXT_INDENT }, spacing: { before: 40, after: 120 } } },
      { id: 'CrossRef', name: 'Cross Reference', basedOn: 'ReplyText', run: { italics: true } },
      { id: 'WordCount', name: 'Word Count', basedOn: 'Normal', run: { size: 18 }, paragraph: { alignment: AlignmentType.RIGHT, indent: { right: TEXT_INDENT }, spacing: { before: 480 } } },
      { id: 'Rule', name: 'End Rule', basedOn: 'Normal', paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 120 } } },
    ],
  };
}

export function reportNumbering(): INumberingOptions {
  return {
    config: [
      {
        // UN reports number the paragraphs of the reply text 1, 2, 3… across the whole document;
        // the number sits flush with the text and the first line continues after a tab.
        reference: NUMBERING.paragraphs,
        levels: [
          {
            level: 0,
            format: LevelFormat.DECIMAL,
            text: '%1.',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: TEXT_INDENT, firstLine: 0 }, leftTabStop: TEXT_INDENT + CM } },
          },
        ],
      },
      {
        reference: NUMBERING.bullets,
        levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: TEXT_INDENT + CM + 284, hanging: 284 } } } }],
      },
      {
        reference: NUMBERING.letters,
        levels: [{ level: 0, format: LevelFormat.LOWER_LETTER, text: '(%1)', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: TEXT_INDENT + 2 * CM, hanging: CM } } } }],
      },
    ],
  };
}
