// Spreadsheet cell names in messages ("C7"), so an official finds the cell in Excel at once.

/** Zero-based row and column to "A1" style. */
export function cellAddress(row: number, col: number): string {
  let name = '';
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return `${name}${row + 1}`;
}

