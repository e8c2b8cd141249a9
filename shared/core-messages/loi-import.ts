// What the core says when a list-of-issues file cannot be imported, in each language. Each names
// the file; a message the parser or the HTML reader gives without one gets it from read-loi.ts.
import { entry, num, tenth } from './format';

type File = { file: string };
/** "name.docx: " before a message whose thrower did not know the file. */
const of = (p: { file?: string }) => (p.file ? `${p.file}: ` : '');

export const loiImportMessages = {
  empty: entry<File>({
    en: (p) => `${p.file} is empty.`,
    ru: (p) => `Файл ${p.file} пуст.`,
    ky: (p) => `${p.file} файлы бош.`,
  }),
  tooLarge: entry<File & { mb: number; max: number }>({
    en: (p) => `${p.file} is ${tenth(p.mb, 'en')} MB; a list of issues is never larger than ${num(p.max, 'en')} MB.`,
    ru: (p) => `Файл ${p.file} занимает ${tenth(p.mb, 'ru')} МБ; перечень вопросов никогда не бывает больше ${num(p.max, 'ru')} МБ.`,
    ky: (p) => `${p.file} файлынын көлөмү ${tenth(p.mb, 'ky')} МБ; маселелердин тизмеси эч качан ${num(p.max, 'ky')} МБдан чоң болбойт.`,
  }),
  zipNotDocx: entry<File>({
    en: (p) => `${p.file} is a ZIP archive but not a Word document (.docx).`,
    ru: (p) => `Файл ${p.file} — ZIP-архив, но не документ Word (.docx).`,
    ky: (p) => `${p.file} — ZIP-архив, бирок Word документи (.docx) эмес.`,
  }),
  oldWord: entry<File>({
    en: (p) => `${p.file} is an old Word 97–2003 file: save it as .docx or PDF and import that.`,
    ru: (p) => `Файл ${p.file} — старый файл Word 97–2003: сохраните его как .docx или PDF и импортируйте его.`,
    ky: (p) => `${p.file} — эски Word 97–2003 файлы: аны .docx же PDF катары сактап, ошону импорттоңуз.`,
  }),
  rtf: entry<File>({
    en: (p) => `${p.file} is an RTF file: save it as .docx or PDF and import that.`,
    ru: (p) => `Файл ${p.file} — файл RTF: сохраните его как .docx или PDF и импортируйте его.`,
    ky: (p) => `${p.file} — RTF файлы: аны .docx же PDF катары сактап, ошону импорттоңуз.`,
  }),
  notReadable: entry<File>({
    en: (p) => `${p.file} is not a text, Word (.docx), PDF or HTML file that Treaty Desk can read.`,
    ru: (p) => `Treaty Desk не может прочитать файл ${p.file}: это не текст, не документ Word (.docx), не PDF и не HTML.`,
    ky: (p) => `${p.file} — Treaty Desk окуй ала турган текст, Word (.docx), PDF же HTML файлы эмес.`,
  }),
  docxDamaged: entry<File>({
    en: (p) => `${p.file} could not be read as a Word document (its zip package is damaged).`,
    ru: (p) => `Файл ${p.file} не удалось прочитать как документ Word (его zip-пакет повреждён).`,
    ky: (p) => `${p.file} файлын Word документи катары окууга мүмкүн болгон жок (анын zip-пакети бузулган).`,
  }),
  docxUnreadable: entry<File & { reason: string }>({
    en: (p) => `${p.file} could not be read as a Word document (${p.reason}).`,
    ru: (p) => `Файл ${p.file} не удалось прочитать как документ Word (${p.reason}).`,
    ky: (p) => `${p.file} файлын Word документи катары окууга мүмкүн болгон жок (${p.reason}).`,
  }),
  docxMarkupTooLarge: entry<File & { mb: number; max: number }>({
    en: (p) => `${p.file} unzips to ${p.mb} MB of Word markup; a list of issues has no more than ${num(p.max, 'en')} MB.`,
    ru: (p) => `Файл ${p.file} распаковывается в ${num(p.mb, 'ru')} МБ разметки Word; в перечне вопросов её не больше ${num(p.max, 'ru')} МБ.`,
    ky: (p) => `${p.file} файлы ${num(p.mb, 'ky')} МБ Word белгилөөсүнө ачылат; маселелердин тизмесинде ал ${num(p.max, 'ky')} МБдан ашпайт.`,
  }),
  docxTooLarge: entry<File & { mb: number; max: number }>({
    en: (p) => `${p.file} unzips to ${p.mb} MB; a Word list of issues unzips to no more than ${num(p.max, 'en')} MB.`,
    ru: (p) => `Файл ${p.file} распаковывается в ${num(p.mb, 'ru')} МБ; перечень вопросов в Word распаковывается не больше чем в ${num(p.max, 'ru')} МБ.`,
    ky: (p) => `${p.file} файлы ${num(p.mb, 'ky')} МБга ачылат; Word’догу маселелердин тизмеси ${num(p.max, 'ky')} МБдан ашпайт.`,
  }),
  pdfUnreadable: entry<File & { reason: string }>({
    en: (p) => `${p.file} could not be read as a PDF (${p.reason}).`,
    ru: (p) => `Файл ${p.file} не удалось прочитать как PDF (${p.reason}).`,
    ky: (p) => `${p.file} файлын PDF катары окууга мүмкүн болгон жок (${p.reason}).`,
  }),
  pdfNoText: entry<File>({
    en: (p) => `${p.file} has no text layer (is it a scanned image?); Treaty Desk cannot read it.`,
    ru: (p) => `В файле ${p.file} нет текстового слоя (это отсканированное изображение?); Treaty Desk не может его прочитать.`,
    ky: (p) => `${p.file} файлында текст катмары жок (бул сканерленген сүрөтпү?); Treaty Desk аны окуй албайт.`,
  }),
  htmlTooDeep: entry<{ file?: string; max: number }>({
    en: (p) => `${of(p)}Its elements nest more than ${num(p.max, 'en')} levels deep, which no list of issues does: save it as text and import that.`,
    ru: (p) => `${of(p)}Его элементы вложены глубже ${num(p.max, 'ru')} уровней, чего не бывает ни в одном перечне вопросов: сохраните его как текст и импортируйте его.`,
    ky: (p) => `${of(p)}Анын элементтери ${num(p.max, 'ky')} деңгээлден тереңирээк салынган, мындай маселелердин тизмеси болбойт: аны текст катары сактап, ошону импорттоңуз.`,
  }),
  noParagraphs: entry<{ file?: string }>({
    en: (p) => `${of(p)}No numbered paragraphs were found: this does not look like a list of issues.`,
    ru: (p) => `${of(p)}Пронумерованных пунктов не найдено: это не похоже на перечень вопросов.`,
    ky: (p) => `${of(p)}Номерленген пункттар табылган жок: бул маселелердин тизмесине окшобойт.`,
  }),
  tooFewParagraphs: entry<{ file?: string; count: number }>({
    en: (p) => `${of(p)}Only ${num(p.count, 'en')} numbered paragraph(s) and no UN symbol, committee or "List of issues" title were found: this does not look like a list of issues.`,
    ru: (p) => `${of(p)}Нумерованных пунктов найдено всего ${num(p.count, 'ru')}, и нет ни условного обозначения ООН, ни названия комитета, ни заголовка «Перечень вопросов»: это не похоже на перечень вопросов.`,
    ky: (p) => `${of(p)}Номерленген пункттардан болгону ${num(p.count, 'ky')} табылды, БУУнун белгиси, комитет же «Маселелердин тизмеси» аталышы жок: бул маселелердин тизмесине окшобойт.`,
  }),
};
