// What the core says when a table file (CSV or XLSX) cannot be imported, in each language of the
// interface. Drafting officials meet these most: a statistics office's export, a CSV saved by
// Russian-language Excel. The English text is also the CLI's.
import { entry, enPlural, num, ruPlural } from './format';


export const tableImportMessages = {
  notText: entry({
    en: () => 'This is not a text file (it holds NUL bytes): choose a .csv saved as text, or an .xlsx workbook.',
    ru: () => 'Это не текстовый файл (в нём есть нулевые байты): выберите .csv, сохранённый как текст, или книгу .xlsx.',
    ky: () => 'Бул текст файлы эмес (анда нөл байттар бар): текст катары сакталган .csv же .xlsx китебин тандаңыз.',
  }),
  notUtf8Cyrillic: entry<{ line: number; byte: string }>({
    en: (p) => `The file is not UTF-8 (line ${num(p.line, 'en')} has the byte ${p.byte}, which UTF-8 does not allow there). It looks like Windows-1251 Cyrillic, as Excel saves "CSV" on Russian Windows: import it as Windows-1251, or save it from Excel as "CSV UTF-8".`,
    ru: (p) => `Файл не в кодировке UTF-8 (в строке ${num(p.line, 'ru')} байт ${p.byte}, недопустимый там в UTF-8). Похоже, это кириллица Windows-1251 — так Excel сохраняет «CSV» в русской Windows: прочитайте его как Windows-1251 или сохраните из Excel как «CSV UTF-8».`,
    ky: (p) => `Файл UTF-8 коддоосунда эмес (${num(p.line, 'ky')}-сапта ${p.byte} байты бар, UTF-8 аны ал жерде уруксат бербейт). Бул Windows-1251 кириллицасына окшош — Excel орус тилиндеги Windows’то «CSV» ушундай сактайт: аны Windows-1251 катары окуңуз же Excel’ден «CSV UTF-8» катары сактаңыз.`,
  }),
  notUtf8: entry<{ line: number; byte: string }>({
    en: (p) => `The file is not UTF-8 (line ${num(p.line, 'en')} has the byte ${p.byte}, which UTF-8 does not allow there). Save it from the spreadsheet as "CSV UTF-8" and import it again.`,
    ru: (p) => `Файл не в кодировке UTF-8 (в строке ${num(p.line, 'ru')} байт ${p.byte}, недопустимый там в UTF-8). Сохраните его из электронной таблицы как «CSV UTF-8» и импортируйте снова.`,
    ky: (p) => `Файл UTF-8 коддоосунда эмес (${num(p.line, 'ky')}-сапта ${p.byte} байты бар, UTF-8 аны ал жерде уруксат бербейт). Аны электрондук таблицадан «CSV UTF-8» катары сактап, кайра импорттоңуз.`,
  }),
  tooManyRows: entry<{ max: number }>({
    en: (p) => `The file has more than ${num(p.max, 'en')} rows; a table holds at most ${num(p.max, 'en')}. Import a summary instead.`,
    ru: (p) => `В файле больше ${ruPlural(p.max, 'строки', 'строк', 'строк')}; таблица вмещает не больше ${num(p.max, 'ru')}. Импортируйте сводку.`,
    ky: (p) => `Файлда ${num(p.max, 'ky')} саптан ашык; таблица эң көп ${num(p.max, 'ky')} сапты камтыйт. Анын ордуна жыйынтыкты импорттоңуз.`,
  }),
  unclosedQuote: entry<{ row: number }>({
    en: (p) => `Row ${num(p.row, 'en')} opens a quoted cell that is never closed properly; the file is not valid CSV.`,
    ru: (p) => `В строке ${num(p.row, 'ru')} открыта кавычками ячейка, которая не закрыта как следует; файл не является корректным CSV.`,
    ky: (p) => `${num(p.row, 'ky')}-сапта тырмакча менен ачылган уяча туура жабылган эмес; файл туура CSV эмес.`,
  }),
  ragged: entry<{ row: number; fields: number; widest: number; width: number }>({
    en: (p) => `Row ${num(p.row, 'en')} has ${enPlural(p.fields, 'field')} where row ${num(p.widest, 'en')} has ${num(p.width, 'en')}: the rows are ragged (an unquoted separator or line break?). Fix the file and import it again.`,
    ru: (p) => `В строке ${num(p.row, 'ru')} — ${ruPlural(p.fields, 'поле', 'поля', 'полей')}, а в строке ${num(p.widest, 'ru')} — ${num(p.width, 'ru')}: строки разной длины (разделитель или перенос строки без кавычек?). Исправьте файл и импортируйте снова.`,
    ky: (p) => `${num(p.row, 'ky')}-сапта ${num(p.fields, 'ky')} талаа, ал эми ${num(p.widest, 'ky')}-сапта ${num(p.width, 'ky')}: саптардын узундугу ар башка (тырмакчасыз бөлгүч же сап которуу?). Файлды оңдоп, кайра импорттоңуз.`,
  }),
  csvFormula: entry<{ cell: string; formula: string }>({
    en: (p) => `Cell ${p.cell} holds a formula (${p.formula}); a CSV keeps no computed value. Copy the values (Paste Special → Values) or import the .xlsx instead.`,
    ru: (p) => `В ячейке ${p.cell} формула (${p.formula}); CSV не хранит вычисленных значений. Скопируйте значения (Специальная вставка → Значения) или импортируйте .xlsx.`,
    ky: (p) => `${p.cell} уячасында формула бар (${p.formula}); CSV эсептелген маанилерди сактабайт. Маанилерди көчүрүңүз (Атайын коюу → Маанилер) же анын ордуна .xlsx импорттоңуз.`,
  }),
  tooLarge: entry<{ mb: number; max: number }>({
    en: (p) => `The file is ${num(p.mb, 'en')} MB; Treaty Desk imports table files up to ${num(p.max, 'en')} MB.`,
    ru: (p) => `Размер файла ${num(p.mb, 'ru')} МБ; Treaty Desk импортирует файлы таблиц до ${num(p.max, 'ru')} МБ.`,
    ky: (p) => `Файлдын көлөмү ${num(p.mb, 'ky')} МБ; Treaty Desk ${num(p.max, 'ky')} МБга чейинки таблица файлдарын импорттойт.`,
  }),
  empty: entry({
    en: () => 'The file is empty.',
    ru: () => 'Файл пуст.',
    ky: () => 'Файл бош.',
  }),
  oldExcel: entry({
    en: () => 'This is an old Excel 97–2003 (.xls) file: open it in Excel or LibreOffice, save it as .xlsx and import that.',
    ru: () => 'Это старый файл Excel 97–2003 (.xls): откройте его в Excel или LibreOffice, сохраните как .xlsx и импортируйте его.',
    ky: () => 'Бул эски Excel 97–2003 (.xls) файлы: аны Excel же LibreOffice’те ачып, .xlsx катары сактап, ошону импорттоңуз.',
  }),
  ods: entry({
    en: () => 'This is an OpenDocument spreadsheet (.ods): save it as .xlsx (or CSV UTF-8) and import that.',
    ru: () => 'Это таблица OpenDocument (.ods): сохраните её как .xlsx (или CSV UTF-8) и импортируйте её.',
    ky: () => 'Бул OpenDocument таблицасы (.ods): аны .xlsx (же CSV UTF-8) катары сактап, ошону импорттоңуз.',
  }),
  notZip: entry({
    en: () => 'This is not an Excel workbook (.xlsx): the file is not a zip package.',
    ru: () => 'Это не книга Excel (.xlsx): файл не является zip-пакетом.',
    ky: () => 'Бул Excel китеби (.xlsx) эмес: файл zip-пакет эмес.',
  }),
  damagedZip: entry({
    en: () => 'This is not an Excel workbook (.xlsx): its zip package is damaged.',
    ru: () => 'Это не книга Excel (.xlsx): её zip-пакет повреждён.',
    ky: () => 'Бул Excel китеби (.xlsx) эмес: анын zip-пакети бузулган.',
  }),
  noWorkbookPart: entry({
    en: () => 'This is not an Excel workbook (.xlsx): it has no workbook part.',
    ru: () => 'Это не книга Excel (.xlsx): в ней нет части с книгой.',
    ky: () => 'Бул Excel китеби (.xlsx) эмес: анда китеп бөлүгү жок.',
  }),
  expandsTooMuch: entry<{ mb: number; max: number }>({
    en: (p) => `The workbook expands to ${num(p.mb, 'en')} MB; Treaty Desk reads workbooks up to ${num(p.max, 'en')} MB. Copy the table into a workbook of its own.`,
    ru: (p) => `Книга распаковывается в ${num(p.mb, 'ru')} МБ; Treaty Desk читает книги до ${num(p.max, 'ru')} МБ. Скопируйте таблицу в отдельную книгу.`,
    ky: (p) => `Китеп ${num(p.mb, 'ky')} МБга чейин ачылат; Treaty Desk ${num(p.max, 'ky')} МБга чейинки китептерди окуйт. Таблицаны өзүнчө китепке көчүрүңүз.`,
  }),
  sheetTooManyRows: entry<{ sheet: string; max: number }>({
    en: (p) => `Sheet "${p.sheet}" has more than ${num(p.max, 'en')} rows; a table holds at most ${num(p.max, 'en')}. Copy the summary you need into a workbook of its own.`,
    ru: (p) => `На листе «${p.sheet}» больше ${ruPlural(p.max, 'строки', 'строк', 'строк')}; таблица вмещает не больше ${num(p.max, 'ru')}. Скопируйте нужную сводку в отдельную книгу.`,
    ky: (p) => `«${p.sheet}» барагында ${num(p.max, 'ky')} саптан ашык; таблица эң көп ${num(p.max, 'ky')} сапты камтыйт. Керектүү жыйынтыкты өзүнчө китепке көчүрүңүз.`,
  }),
  sheetTooManyCells: entry<{ sheet: string; max: number }>({
    en: (p) => `Sheet "${p.sheet}" has more than ${num(p.max, 'en')} cells; a table holds at most ${num(p.max, 'en')}. Copy the summary you need into a workbook of its own.`,
    ru: (p) => `На листе «${p.sheet}» больше ${ruPlural(p.max, 'ячейки', 'ячеек', 'ячеек')}; таблица вмещает не больше ${num(p.max, 'ru')}. Скопируйте нужную сводку в отдельную книгу.`,
    ky: (p) => `«${p.sheet}» барагында ${num(p.max, 'ky')} уячадан ашык; таблица эң көп ${num(p.max, 'ky')} уячаны камтыйт. Керектүү жыйынтыкты өзүнчө китепке көчүрүңүз.`,
  }),
  sheetColumnsPastEnd: entry<{ sheet: string }>({
    en: (p) => `Sheet "${p.sheet}" sets out columns past XFD, the last column a spreadsheet has. Open the workbook in Excel or LibreOffice and save it again.`,
    ru: (p) => `На листе «${p.sheet}» заданы столбцы дальше XFD — последнего столбца электронной таблицы. Откройте книгу в Excel или LibreOffice и сохраните её заново.`,
    ky: (p) => `«${p.sheet}» барагында XFD мамычасынан — электрондук таблицанын акыркы мамычасынан — ары мамычалар белгиленген. Китепти Excel же LibreOffice’те ачып, кайра сактаңыз.`,
  }),
  unreadableWorkbook: entry<{ reason: string }>({
    en: (p) => `The workbook could not be read (${p.reason}). Open it in Excel or LibreOffice and save it again.`,
    ru: (p) => `Книгу не удалось прочитать (${p.reason}). Откройте её в Excel или LibreOffice и сохраните заново.`,
    ky: (p) => `Китепти окууга мүмкүн болгон жок (${p.reason}). Аны Excel же LibreOffice’те ачып, кайра сактаңыз.`,
  }),
  noSheet: entry<{ sheet: string; sheets: string }>({
    en: (p) => `The workbook has no sheet "${p.sheet}"; its sheets are: ${p.sheets}.`,
    ru: (p) => `В книге нет листа «${p.sheet}»; её листы: ${p.sheets}.`,
    ky: (p) => `Китепте «${p.sheet}» барагы жок; анын барактары: ${p.sheets}.`,
  }),
  noSheets: entry({
    en: () => 'The workbook has no sheets.',
    ru: () => 'В книге нет листов.',
    ky: () => 'Китепте барактар жок.',
  }),
  formulaWithoutValue: entry<{ cell: string; formula: string }>({
    en: (p) => `Cell ${p.cell} holds a formula (${p.formula}) with no saved value. Open the workbook in Excel or LibreOffice, save it, and import it again.`,
    ru: (p) => `В ячейке ${p.cell} формула (${p.formula}) без сохранённого значения. Откройте книгу в Excel или LibreOffice, сохраните её и импортируйте снова.`,
    ky: (p) => `${p.cell} уячасында сакталган мааниси жок формула бар (${p.formula}). Китепти Excel же LibreOffice’те ачып, сактап, кайра импорттоңуз.`,
  }),
  formulaError: entry<{ cell: string; error: string; formula: string }>({
    en: (p) => `Cell ${p.cell} shows the error ${p.error} (formula ${p.formula}). Correct it in the spreadsheet and import again.`,
    ru: (p) => `Ячейка ${p.cell} показывает ошибку ${p.error} (формула ${p.formula}). Исправьте её в электронной таблице и импортируйте снова.`,
    ky: (p) => `${p.cell} уячасы ${p.error} катасын көрсөтөт (формула ${p.formula}). Аны электрондук таблицада оңдоп, кайра импорттоңуз.`,
  }),
  cellError: entry<{ cell: string; error: string }>({
    en: (p) => `Cell ${p.cell} shows the error ${p.error}. Correct it in the spreadsheet and import again.`,
    ru: (p) => `Ячейка ${p.cell} показывает ошибку ${p.error}. Исправьте её в электронной таблице и импортируйте снова.`,
    ky: (p) => `${p.cell} уячасы ${p.error} катасын көрсөтөт. Аны электрондук таблицада оңдоп, кайра импорттоңуз.`,
  }),
};
