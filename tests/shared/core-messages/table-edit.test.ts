// A table edit or a grid the table model refuses carries its message key, so the grid and the
// import say it in the interface language; the English stays as it was.
import { describe, expect, it } from 'vitest';
import { messageText } from '../../../shared/core-messages';
import { deleteColumn, deleteRow, newTable } from '../../../shared/tables/edit';
import { randomIds } from '../../../shared/tables/ids';
import { tableFromGrid } from '../../../shared/tables/infer';
import { refusalOf } from '../../helpers/refusal';


describe('refused table edits in every language', () => {
  it('the last row and the last column', () => {
    const ids = randomIds();
    const row = refusalOf(() => deleteRow(newTable(ids, 0, 2), 0));
    expect(row.message).toBe('A table keeps at least one row; delete the table instead.');
    expect(messageText(row.i18n!, 'ru')).toBe('В таблице должна остаться хотя бы одна строка; удалите вместо этого всю таблицу.');
    const column = refusalOf(() => deleteColumn(newTable(ids, 2, 1), 0));
    expect(messageText(column.i18n!, 'ky')).toBe('Таблицада жок дегенде бир мамыча калышы керек; анын ордуна таблицаны толугу менен өчүрүңүз.');
  });

  it('a grid with no data and one too wide', () => {
    const ids = randomIds();
    const empty = refusalOf(() => tableFromGrid([[{ text: ' ' }, { text: '' }]], ids));
    expect(empty.message).toBe('There is no data to make a table from: every cell is empty.');
    expect(messageText(empty.i18n!, 'ru')).toBe('Нет данных для таблицы: все ячейки пусты.');
    const wide = refusalOf(() => tableFromGrid([Array.from({ length: 1234 }, () => ({ text: '1' }))], ids));
    expect(wide.message).toMatch(/^The table has 1,234 columns; a table holds at most \d+\.$/);
    expect(messageText(wide.i18n!, 'ru')).toMatch(/^В таблице 1\u00A0234 столбца; таблица вмещает не больше \d+\.$/);
  });
});
