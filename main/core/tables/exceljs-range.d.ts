// exceljs's cell range, which its workbook loader reads a merged range's reference ("B2:D4") with.
declare module 'exceljs/lib/doc/range.js' {
  export default class Range {
    constructor(ref: string);
    /** The cells the range covers. */
    readonly count: number;
  }
}
