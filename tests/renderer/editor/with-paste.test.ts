// The editor's paste plugin on a bare Slate editor with the answer's other plugins: a Word fragment
// of text, a table and a footnote lands as paragraphs, a data table and a footnote, in place.
import { type Descendant, type Editor, createEditor } from 'slate';
import { withHistory } from 'slate-history';
import { describe, expect, it } from 'vitest';
import { withPaste } from '../../../renderer/src/editor/with-paste';
import { answerContentSchema } from '../../../shared/editor/schema';
import { withAnswerStructure } from '../../../shared/editor/transforms';
import { type AnswerContent, plainText, tables } from '../../../shared/editor/types';
import { counterIds } from '../../../shared/tables/ids';
import { withTablesUsing } from '../../../shared/tables/with-tables';

const WORD = `<html xmlns:w="urn:schemas-microsoft-com:office:word"><body lang=RU><!--StartFragment-->
<p class=MsoNormal>Данные о выдворенных лицах:</p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;mso-yfti-tbllook:1184'>
<tr><td rowspan=2><p class=MsoNormal><b>Гражданство</b></p></td><td colspan=2><p class=MsoNormal align=center><b>2023</b></p></td><td colspan=2><p class=MsoNormal align=center><b>2024</b></p></td></tr>
<tr><td><p class=MsoNormal>Жен.</p></td><td><p class=MsoNormal>Муж.</p></td><td><p class=MsoNormal>Жен.</p></td><td><p class=MsoNormal>Муж.</p></td></tr>
<tr><td><p class=MsoNormal>Узбекистан</p></td><td><p class=MsoNormal>1&nbsp;120</p></td><td><p class=MsoNormal>2&nbsp;340</p></td><td><p class=MsoNormal>980</p></td><td><p class=MsoNormal>2&nbsp;010</p></td></tr>
</table>
<p class=MsoNormal>Источник: МВД<a style='mso-footnote-id:ftn1' href="#_ftn1" name="_ftnref1"><span class=MsoFootnoteReference>[1]</span></a>.</p>
<div style='mso-element:footnote-list'><div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText><a href="#_ftnref1"><span class=MsoFootnoteReference>[1]</span></a> Данные предварительные.</p></div></div>
<!--EndFragment--></body></html>`;
// Word's plain text of the same fragment: not a spreadsheet range, so the HTML decides.
const WORD_TEXT = 'Данные о выдворенных лицах:\nГражданство\t2023\t\t2024\t\n\tЖен.\tМуж.\tЖен.\tМуж.\nУзбекистан\t1 120\t2 340\t980\t2 010\nИсточник: МВД[1].\n';

function answerEditor(children: Descendant[], offset = 0): Editor {
  const editor = withTablesUsing(counterIds())(withPaste(withAnswerStructure(withHistory(createEditor())) as Editor));
  editor.children = children;
  const end = { path: [children.length - 1, 0], offset };
  editor.selection = { anchor: end, focus: end };
  return editor;
}
const clipboard = (data: Record<string, string>) => ({ types: Object.keys(data), getData: (type: string) => data[type] ?? '' }) as unknown as DataTransfer;

describe('withPaste', () => {
  it('pastes a Word fragment with a table as paragraphs around a data table, the footnote kept', () => {
    const editor = answerEditor([{ type: 'paragraph', children: [{ text: '' }] }]);
    editor.insertData(clipboard({ 'text/html': WORD, 'text/plain': WORD_TEXT }));
    const content = editor.children as AnswerContent;
    expect(content.map((b) => b.type)).toEqual(['paragraph', 'data-table', 'paragraph']);
    // The table's numbers are not running text, so they do not count against the word budget.
    expect(plainText(content)).toBe('Данные о выдворенных лицах:\nИсточник: МВД.');
    expect(tables(content)[0].rows.map((r) => r.cells)).toEqual([['Узбекистан', '1\u00a0120', '2\u00a0340', '980', '2\u00a0010']]);
    expect(content[2]).toMatchObject({ children: [{ text: 'Источник: МВД' }, { type: 'footnote', note: 'Данные предварительные.' }, { text: '.' }] });
    expect(answerContentSchema.safeParse(content).success).toBe(true);
  });

  it('leaves a paragraph to write in after a table pasted at the end of the text', () => {
    const table = WORD.replace(/^[\s\S]*?(<table)/, '$1').replace(/(<\/table>)[\s\S]*$/, '$1');
    const editor = answerEditor([{ type: 'paragraph', children: [{ text: 'В 2024 году:' }] }], 'В 2024 году:'.length);
    editor.insertData(clipboard({ 'text/html': table, 'text/plain': WORD_TEXT }));
    expect(editor.children.map((b) => (b as { type: string }).type)).toEqual(['paragraph', 'data-table', 'paragraph']);
    expect(editor.selection?.anchor.path).toEqual([2, 0]);
  });
});
