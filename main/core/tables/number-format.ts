// A workbook cell's number or date as a table cell string, read from its Excel number format. exceljs
// reads formats but cannot apply them, so this knows just enough of them to keep the value whole:
// fixed decimals for plain numbers and percentages (as the cell shows them), the plain number for
// scientific, fraction and text formats (whose shown value would lose digits), and dates and times
// as ISO dates and 24-hour times.

/** The parts of a format that say what it shows: its first section without literal text, colours or locale tags. */
function pattern(numFmt: string | undefined): string {
  return (numFmt ?? '')
    .split(';')[0]
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '');
}

/** 0.125 with "0.0%" -> "12.5%"; 1234.5 with "#,##0" -> "1235"; 0.00012 with "0.00E+00" or 1.25 with "# ?/?" -> themselves. */
export function formatNumber(v: number, numFmt: string | undefined): string {
  const fmt = pattern(numFmt);
  const whole = String(Number(v.toPrecision(15)));
  // Scientific, fraction and scaled ("0.0,," for millions) formats show a rounded or rescaled value
  // ("1.20E-04", "1 1/4", "1.2"): keep the number itself instead.
  if (/e[+-]/i.test(fmt) || fmt.includes('/') || /[0#?],+(?![0#?,])/.test(fmt)) return whole;
  // "General", text ("@") and formats without digit places show the number as it is.
  if (!/[0#?]/.test(fmt)) return whole;
  // "0.00" always shows two decimals, "0.0#" one or two.
  const places = /\.([0#?]+)/.exec(fmt)?.[1] ?? '';
  const min = places.replace(/[^0]/g, '').length;
  const percent = fmt.includes('%');
  const [int, frac = ''] = (percent ? v * 100 : v).toFixed(places.length).split('.');
  const shown = frac.slice(0, min) + frac.slice(min).replace(/0+$/, '');
  return `${shown ? `${int}.${shown}` : int}${percent ? '%' : ''}`;
}

// Serial day 0 of each date system, as exceljs maps serials to JavaScript dates.
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A date the workbook holds (exceljs turns a serial under a date or time format into a Date, its
 * wall-clock time in UTC): "2024-03-31", a time "12:00", both "2024-03-31 12:00", with seconds when
 * the format shows them; an elapsed time ("[h]:mm") as the hours it adds up to, "36:30".
 */
export function formatDate(d: Date, numFmt: string | undefined, date1904 = false): string {
  const fmt = pattern(numFmt);
  // Round to the second, so 11:59:59.9997 from a serial's last binary digit shows as 12:00:00.
  const ms = Math.round(d.getTime() / 1000) * 1000;
  const seconds = /s/i.test(fmt);
  const elapsed = /\[([hms])/i.exec(fmt)?.[1].toLowerCase();
  if (elapsed) {
    const total = Math.round((ms - (date1904 ? EPOCH_1904 : EPOCH_1900)) / 1000);
    const sign = total < 0 ? '-' : '';
    const s = Math.abs(total);
    if (elapsed === 's') return `${sign}${s}`;
    if (elapsed === 'm') return `${sign}${Math.floor(s / 60)}:${pad(s % 60)}`;
    return `${sign}${Math.floor(s / 3600)}:${pad(Math.floor(s / 60) % 60)}${seconds ? `:${pad(s % 60)}` : ''}`;
  }
  const at = new Date(ms);
  const date = at.toISOString().slice(0, 10);
  const time = `${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}${seconds ? `:${pad(at.getUTCSeconds())}` : ''}`;
  const hasDate = /[ydb]|m{3,}/i.test(fmt);
  const hasTime = /[hs]|am\/pm|a\/p/i.test(fmt);
  if (hasTime && !hasDate) return time;
  if (hasTime) return `${date} ${time}`;
  return date;
}
