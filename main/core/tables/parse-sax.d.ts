// exceljs's own XML event reader (saxes underneath), which its workbook loader parses every part with.
declare module 'exceljs/lib/utils/parse-sax.js' {
  type Tag = { name: string; attributes: Record<string, string> };
  type SaxEvent = { eventType: 'opentag' | 'closetag'; value: Tag } | { eventType: 'text'; value: string };
  /** The events of each chunk once it is written; throws the parser's error (with line and column) at the chunk that has one. */
  export default function parseSax(chunks: Iterable<string> | AsyncIterable<string>): AsyncGenerator<SaxEvent[], void, undefined>;
}
