// The print style of the HTML export: a UN document's measure and type on screen and on A4 paper.
export const HTML_STYLE = `
@page { size: A4; margin: 3cm 2cm; }
html { background: #f4f4f1; }
body { font: 10pt/1.35 "Times New Roman", "Liberation Serif", Times, serif; color: #000; margin: 0; }
main { max-width: 17cm; margin: 2rem auto; padding: 2.5cm 2cm; background: #fff; box-shadow: 0 0 0.4rem #0002; }
.title-block { margin-bottom: 2em; }
.committee { font-size: 12pt; font-weight: bold; margin: 0 0 1.5em; }
h1.title { font-size: 14pt; margin: 0 2cm 1em; }
.title-line { margin: 0.4em 2cm; }
.draft-banner { color: #a00000; font-weight: bold; border: 1pt solid #a00000; padding: 0.3em 0.6em; display: inline-block; }
.draft-note { color: #a00000; }
h1, h2, h3, h4, h5, h6 { margin: 1.6em 2cm 0.8em; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 14pt; } h2 { font-size: 12pt; } h3 { font-size: 10pt; } h4 { font-size: 10pt; font-style: italic; }
h5 { font-size: 10pt; margin-top: 1.4em; } h6 { font-size: 10pt; font-weight: normal; font-style: italic; margin: 0.8em 2cm 0.4em; }
h6.depth-2 { margin-left: 3cm; } h6.depth-3 { margin-left: 4cm; }
p, li { text-align: justify; }
p.numbered, p.pending, p.cross-ref, blockquote, ul, ol { margin: 0 2cm 0.6em; }
p.numbered .no { display: inline-block; min-width: 1cm; }
p.pending { font-style: italic; color: #a00000; }
p.conflict-note { margin: 0.6em 2cm; padding: 0.2em 0.5em; background: #ffe699; border-left: 3pt solid #bf8f00; font-weight: bold; }
p.cross-ref { font-style: italic; }
blockquote { margin-left: 3cm; margin-right: 3cm; }
blockquote.question { margin: 0 2cm 0.6em; padding: 0.4em 0.6em; background: #eef1f6; font-style: italic; color: #333; }
blockquote.question .status { display: block; font-style: normal; font-size: 9pt; color: #555; margin-top: 0.3em; }
ul { padding-left: 1.5cm; } ol.letters { list-style: none; counter-reset: item; padding-left: 2cm; }
ol.letters > li { counter-increment: item; position: relative; }
ol.letters > li::before { content: "(" counter(item, lower-alpha) ")"; position: absolute; left: -1cm; }
figure.table { margin: 1.2em 2cm; break-inside: avoid; }
figcaption { margin-bottom: 0.3em; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; border-top: 0.5pt solid #000; border-bottom: 1.5pt solid #000; }
th { font-weight: normal; font-style: italic; text-align: left; vertical-align: bottom; border-bottom: 0.5pt solid #000; padding: 2pt 3pt; }
th[colspan] { text-align: center; }
td { padding: 2pt 3pt; vertical-align: top; }
.num { text-align: right; }
tr.group td { font-style: italic; }
tr.total td { font-weight: bold; border-top: 0.5pt solid #000; }
.table-note { font-size: 9pt; margin: 0.3em 0 0; text-align: left; }
.word-count { text-align: right; font-size: 9pt; margin: 2em 2cm 0; }
.notes { margin: 2em 2cm 0; font-size: 9pt; border-top: 0.5pt solid #000; }
.notes h2 { margin: 0.8em 0; font-size: 9pt; }
.notes ol { padding-left: 1.5em; }
sup.fnref a { text-decoration: none; }
a { color: #1f3e8c; }
.annex { break-before: page; page-break-before: always; }
.end-rule { text-align: center; margin-top: 2em; }
@media print { html { background: none; } main { max-width: none; margin: 0; padding: 0; box-shadow: none; } }
`;
