// The schema of a parsed list of issues as it comes back from the import preview, possibly edited
// by the user (merged, split, renumbered): validated before it may replace a workspace's questions.
import { z } from 'zod';
import type { ParsedLoi } from './types';
import { WARNING_CODES } from './warnings';

const text = (max: number) => z.string().max(max);
const heading = z.object({
  kind: z.enum(['section', 'heading', 'articles']),
  label: text(20),
  title: text(1000),
  articles: z.array(z.number().int().min(1).max(999)).max(500).optional(),
  intro: text(20_000).optional(),
}).strict();

type Item = { label: string; text: string; subitems: Item[] };
const item: z.ZodType<Item> = z.lazy(() =>
  z.object({ label: z.string().regex(/^[a-z]{1,6}$/, 'item labels are letters such as "a" or "ii"'), text: text(50_000), subitems: z.array(item).max(200) }).strict(),
);

const paragraph = z.object({
  number: z.string().regex(/^[1-9]\d{0,2}$/, 'paragraph numbers are 1 to 999'),
  text: text(100_000),
  headings: z.array(heading).max(12),
  articles: z.array(z.number().int().min(1).max(999)).max(500),
  subitems: z.array(item).max(200),
  footnotes: z.array(text(10)).max(100),
  references: z.array(text(200)).max(200),
}).strict();

export const parsedLoiSchema = z.object({
  document: z.object({
    symbol: text(100).nullable(),
    committee: text(20).nullable(),
    stateParty: text(200).nullable(),
    title: text(2000),
    language: z.string().regex(/^[a-z]{2}$/),
    note: text(2000).nullable(),
    adoption: z.object({ session: z.number().int().nullable(), dates: text(200) }).strict().nullable(),
    report: z.object({ kind: z.enum(['initial', 'periodic']), numbers: z.array(z.number().int().min(1).max(99)).max(6) }).strict().nullable(),
  }).strict(),
  paragraphs: z.array(paragraph).min(1, 'a list of issues needs at least one paragraph').max(999),
  footnotes: z.array(z.object({ marker: text(10), text: text(10_000), paragraph: z.string().nullable() }).strict()).max(500),
  limits: z.array(z.object({
    unit: z.enum(['words', 'pages']),
    value: z.number().int().positive(),
    scope: z.union([
      z.object({ kind: z.literal('document') }).strict(),
      z.object({ kind: z.literal('section'), label: text(20) }).strict(),
      z.object({ kind: z.literal('paragraph'), number: text(3) }).strict(),
    ]),
    source: text(500),
  }).strict()).max(50),
  warnings: z.array(z.object({ line: z.number().int(), code: z.enum(WARNING_CODES).optional(), params: z.record(text(20), text(500)).refine((p) => Object.keys(p).length <= 4).optional(), message: text(500) }).strict()).max(5000),
}).strict().superRefine((loi, ctx) => {
  const numbers = new Set<string>();
  for (const p of loi.paragraphs) {
    if (numbers.has(p.number)) ctx.addIssue({ code: 'custom', message: `paragraph ${p.number} appears twice; renumber one of them` });
    numbers.add(p.number);
    const labels = (items: Item[], where: string) => {
      const seen = new Set<string>();
      for (const i of items) {
        if (seen.has(i.label)) ctx.addIssue({ code: 'custom', message: `item (${i.label}) appears twice in ${where}` });
        seen.add(i.label);
        labels(i.subitems, `${where} (${i.label})`);
      }
    };
    labels(p.subitems, `paragraph ${p.number}`);
  }
  for (const f of loi.footnotes) {
    if (f.paragraph !== null && !numbers.has(f.paragraph)) ctx.addIssue({ code: 'custom', message: `footnote ${f.marker} is attached to paragraph ${f.paragraph}, which is not in the list` });
  }
}) satisfies z.ZodType<ParsedLoi>;
