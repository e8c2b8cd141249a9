// What a data table says when an edit or a grid would break its limits (a paste, a new row, a file
// read into a table), in each language. Thrown in shared/tables, on either side of a door.
import { entry, num, ruPlural } from './format';

export const tableEditMessages = {
  tooManyColumns: entry<{ columns: number; max: number }>({
    en: (p) => `The table has ${num(p.columns, 'en')} columns; a table holds at most ${p.max}.`,
    ru: (p) => `В таблице ${ruPlural(p.columns, 'столбец', 'столбца', 'столбцов')}; таблица вмещает не больше ${num(p.max, 'ru')}.`,
    ky: (p) => `Таблицада ${num(p.columns, 'ky')} мамыча бар; таблица эң көп ${num(p.max, 'ky')} мамычаны камтыйт.`,
  }),
  tooManyRows: entry<{ rows: number; max: number }>({
    en: (p) => `The table has ${num(p.rows, 'en')} rows; a table holds at most ${num(p.max, 'en')}. Attach a summary instead.`,
    ru: (p) => `В таблице ${ruPlural(p.rows, 'строка', 'строки', 'строк')}; таблица вмещает не больше ${num(p.max, 'ru')}. Приложите вместо неё сводку.`,
    ky: (p) => `Таблицада ${num(p.rows, 'ky')} сап бар; таблица эң көп ${num(p.max, 'ky')} сапты камтыйт. Анын ордуна жыйынтыкты тиркеңиз.`,
  }),
  tooManyCells: entry<{ cells: number; max: number }>({
    en: (p) => `The table has ${num(p.cells, 'en')} cells; a table holds at most ${num(p.max, 'en')}. Attach a summary instead.`,
    ru: (p) => `В таблице ${ruPlural(p.cells, 'ячейка', 'ячейки', 'ячеек')}; таблица вмещает не больше ${num(p.max, 'ru')}. Приложите вместо неё сводку.`,
    ky: (p) => `Таблицада ${num(p.cells, 'ky')} уяча бар; таблица эң көп ${num(p.max, 'ky')} уячаны камтыйт. Анын ордуна жыйынтыкты тиркеңиз.`,
  }),
  noData: entry({
    en: () => 'There is no data to make a table from: every cell is empty.',
    ru: () => 'Нет данных для таблицы: все ячейки пусты.',
    ky: () => 'Таблица түзүү үчүн маалымат жок: бардык уячалар бош.',
  }),
  cellTooLong: entry<{ chars: number; max: number }>({
    en: (p) => `A cell holds ${num(p.chars, 'en')} characters; a table cell holds at most ${num(p.max, 'en')}.`,
    ru: (p) => `В ячейке ${ruPlural(p.chars, 'символ', 'символа', 'символов')}; ячейка таблицы вмещает не больше ${num(p.max, 'ru')}.`,
    ky: (p) => `Уячада ${num(p.chars, 'ky')} белги бар; таблицанын уячасы эң көп ${num(p.max, 'ky')} белгини камтыйт.`,
  }),
  pastedCellTooLong: entry<{ chars: number; max: number }>({
    en: (p) => `A pasted cell holds ${p.chars} characters; a table cell holds at most ${p.max}.`,
    ru: (p) => `Во вставленной ячейке ${ruPlural(p.chars, 'символ', 'символа', 'символов')}; ячейка таблицы вмещает не больше ${num(p.max, 'ru')}.`,
    ky: (p) => `Коюлган уячада ${num(p.chars, 'ky')} белги бар; таблицанын уячасы эң көп ${num(p.max, 'ky')} белгини камтыйт.`,
  }),
  tooManyHeaderRows: entry<{ max: number }>({
    en: (p) => `A table has at most ${p.max} header rows.`,
    ru: (p) => `В таблице может быть не больше ${ruPlural(p.max, 'строки', 'строк', 'строк')} заголовка.`,
    ky: (p) => `Таблицада эң көп ${num(p.max, 'ky')} баш сап болот.`,
  }),
  lastRow: entry({
    en: () => 'A table keeps at least one row; delete the table instead.',
    ru: () => 'В таблице должна остаться хотя бы одна строка; удалите вместо этого всю таблицу.',
    ky: () => 'Таблицада жок дегенде бир сап калышы керек; анын ордуна таблицаны толугу менен өчүрүңүз.',
  }),
  lastColumn: entry({
    en: () => 'A table keeps at least one column; delete the table instead.',
    ru: () => 'В таблице должен остаться хотя бы один столбец; удалите вместо этого всю таблицу.',
    ky: () => 'Таблицада жок дегенде бир мамыча калышы керек; анын ордуна таблицаны толугу менен өчүрүңүз.',
  }),
  onlyLastHeaderRow: entry({
    en: () => 'Only the last header row can become a body row.',
    ru: () => 'Строкой данных может стать только последняя строка заголовка.',
    ky: () => 'Маалымат сабы болуп баш саптардын акыркысы гана өтө алат.',
  }),
  onlyFirstBodyRow: entry({
    en: () => 'Only the first body row can become a header row.',
    ru: () => 'Строкой заголовка может стать только первая строка данных.',
    ky: () => 'Баш сап болуп маалымат саптарынын биринчиси гана өтө алат.',
  }),
};
