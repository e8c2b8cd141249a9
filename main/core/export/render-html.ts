// The report as one self-contained, printable HTML file (no scripts, no outside resources): the same
// layout as the Word document, with footnotes gathered under "Notes" and linked both ways.
import type { DataTableElement } from '../../../shared/editor/types';
import { refLabel } from '../../../shared/export/refs';
import { REPORT_STRINGS, formatCount } from '../../../shared/export/strings';
import { groupLabel, headerLayout, isCaptionRow, isNumeric, periodUnits, usesMissingMarks } from '../../../shared/export/table-layout';
import { committeeName } from '../../../shared/export/title';
import type { ReportInline, ReportModel, ReportPart } from '../../../shared/export/types';
import { HTML_STYLE } from './html-style';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c]);

function inline(children: readonly ReportInline[], notes: string[]): string {
  return children
    .map((c) => {
      if ('text' in c) {
        let h = esc(c.text).replace(/\r\n?|\n/g, '<br>');
        if (c.bold) h = `<strong>${h}</strong>`;
        if (c.italic) h = `<em>${h}</em>`;
        if (c.underline) h = `<u>${h}</u>`;
        return h;
      }
      if (c.type === 'link') return `<a href="${esc(c.url)}">${inline(c.children, notes)}</a>`;
      notes.push(`<li id="fn${c.number}" value="${c.number}">${esc(c.note)} <a href="#fnref${c.number}" aria-label="back">↩</a></li>`);
      return `<sup class="fnref"><a id="fnref${c.number}" href="#fn${c.number}">${c.number}</a></sup>`;
    })
    .join('');
}

function table(t: DataTableElement, n: number, m: ReportModel, annexRef?: string): string {
  const s = REPORT_STRINGS[m.language];
  const align = (i: number) => (isNumeric(t.columns[i]) ? ' class="num"' : '');
  const head = headerLayout(t.header)
    .map((row) => `<tr>${row.map((c) => `<th${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : align(c.col)}${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}>${esc(c.text)}</th>`).join('')}</tr>`)
    .join('');
  const body = t.rows
    .map((r) =>
      isCaptionRow(r)
        ? `<tr class="group"><td colspan="${t.columns.length}">${esc(groupLabel(r.cells))}</td></tr>`
        : `<tr${r.role === 'data' ? '' : ` class="${r.role}"`}>${r.cells.map((c, i) => `<td${align(i)}>${esc(c.trim())}</td>`).join('')}</tr>`,
    )
    .join('');
  const notes = t.notes.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const pu = periodUnits(t);
  return [
    `<figure class="table" id="table-${n}">`,
    `<figcaption><span class="caption">${esc(s.table(String(n)))}</span>${t.title.trim() ? `<br><strong>${esc(t.title.trim())}</strong>` : ''}${pu ? `<br>${esc(pu)}` : ''}</figcaption>`,
    annexRef ? `<p class="table-note"><em>${esc(s.annexRelates(annexRef))}</em></p>` : '',
    `<table>${head ? `<thead>${head}</thead>` : ''}<tbody>${body}</tbody></table>`,
    t.source.trim() ? `<p class="table-note"><em>${esc(s.source)}:</em> ${esc(t.source.trim())}</p>` : '',
    ...notes.map((l, i) => `<p class="table-note">${i === 0 ? `<em>${esc(s.notes)}:</em> ` : ''}${esc(l)}</p>`),
    usesMissingMarks(t) ? `<p class="table-note">${esc(s.symbols)}</p>` : '',
    '</figure>',
  ].join('');
}

function part(p: ReportPart, m: ReportModel, notes: string[]): string {
  const s = REPORT_STRINGS[m.language];
  switch (p.type) {
    case 'heading':
      return `<h${p.level}>${esc(p.text)}</h${p.level}>`;
    case 'reply-heading':
      return `<h5 id="reply-${esc(p.ref)}">${esc(p.text)}</h5>`;
    case 'subitem-heading':
      return `<h6 class="depth-${p.depth}" id="reply-${esc(p.ref)}">${esc(p.text)}</h6>`;
    case 'question':
      return `<blockquote class="question">${esc(p.text)}${p.status ? `<span class="status">${esc(s.status(p.status))}</span>` : ''}</blockquote>`;
    case 'pending':
      return `<p class="pending">${esc(s.pending)}</p>`;
    case 'conflict-note':
      return `<p class="conflict-note">${esc(p.text)}</p>`;
    case 'paragraph':
      return `<p class="numbered"><span class="no">${p.number}.</span>${inline(p.children, notes)}</p>`;
    case 'quote':
      return `<blockquote>${inline(p.children, notes)}</blockquote>`;
    case 'list': {
      const items = p.items.map((i) => `<li>${inline(i, notes)}</li>`).join('');
      return p.ordered ? `<ol class="letters">${items}</ol>` : `<ul>${items}</ul>`;
    }
    case 'table':
      return table(p.table, p.number, m);
    case 'table-ref':
      return `<p class="cross-ref"><a href="#table-${p.number}">${esc(s.seeAnnex(String(p.number), p.title))}</a></p>`;
  }
}

export function renderHtml(m: ReportModel): string {
  const s = REPORT_STRINGS[m.language];
  const notes: string[] = [];
  const committee = committeeName(m.committee, m.language);
  const title = m.layout === 'review' ? s.reviewTitle : `${m.title}${m.dueYear ? s.dueIn(m.dueYear) : ''}`;
  const head = [
    m.draft ? `<p class="draft-banner">${esc(s.draft)}</p>` : '',
    committee ? `<p class="committee">${esc(committee)}</p>` : '',
    `<h1 class="title">${esc(title)}</h1>`,
    m.layout === 'review' ? `<p class="title-line"><strong>${esc(m.title)}</strong></p><p class="title-line"><em>${esc(s.reviewNote)}</em></p>` : '',
    m.layout === 'report' && m.submittedYear ? `<p class="title-line">${esc(s.submitted(m.submittedYear))}</p>` : '',
    m.symbol ? `<p class="title-line"><em>${esc(s.procedure(m.symbol))}</em></p>` : '',
    ...m.draftNotes.map((n) => `<p class="title-line draft-note">${esc(n)}</p>`),
  ];
  const body = m.parts.map((p) => part(p, m, notes));
  const wordCount = m.layout === 'report' ? `<p class="word-count">${esc(s.wordCount(formatCount(m.words, m.language)))}</p>` : '';
  const annex = m.annex.length
    ? `<section class="annex"><h1>${esc(s.annex)}</h1><h2>${esc(s.annexTitle)}</h2>${m.annex.map((t) => table(t.table, t.number, m, refLabel(t.ref))).join('')}</section>`
    : '';
  const footnotes = notes.length ? `<section class="notes"><h2>${esc(s.footnotes)}</h2><ol>${notes.join('')}</ol></section>` : '';
  return [
    '<!DOCTYPE html>',
    `<html lang="${m.language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${esc(m.layout === 'review' ? `${s.reviewTitle} — ${m.title}` : m.title)}</title>`,
    `<style>${HTML_STYLE}</style></head>`,
    `<body${m.draft ? ' class="draft"' : ''}><main>`,
    `<header class="title-block">${head.join('')}</header>`,
    body.join('\n'),
    wordCount,
    footnotes,
    annex,
    '<p class="end-rule">____________________</p>',
    '</main></body></html>',
    '',
  ].join('\n');
}
