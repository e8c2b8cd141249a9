// Progress of the reply by section and by lead institution, and what is still unanswered. A
// paragraph with sub-items counts as answered when its own answer or every sub-item's answer has text.
import type { AnswerStatus, Dashboard, OutlineNode, ProgressRow } from '../../../shared/api/types';
import type { Db } from '../store/database';
import { readAssignment } from '../store/workflow-store';
import { buildOutline } from './outline';

const UNASSIGNED = '';

export function buildDashboard(db: Db): Dashboard {
  const { nodes, budget } = buildOutline(db);
  const paragraphs = nodes.filter((n) => n.kind === 'paragraph' && !n.retired);
  const subitemsOf = new Map<string, OutlineNode[]>();
  for (const n of nodes) if (n.kind === 'subitem' && !n.retired) subitemsOf.set(paragraphOf(n.ref), [...(subitemsOf.get(paragraphOf(n.ref)) ?? []), n]);

  const row = (key: string, label: string, limit: number | null = null): ProgressRow => ({ key, label, questions: 0, answered: 0, ready: 0, approved: 0, words: 0, limit });
  const add = (r: ProgressRow, p: OutlineNode) => {
    const items = subitemsOf.get(p.ref) ?? [];
    const answered = p.filled || (items.length > 0 && items.every((s) => s.filled));
    const statuses: AnswerStatus[] = [p, ...items].filter((n) => n.filled).map((n) => n.status);
    r.questions += 1;
    if (answered) r.answered += 1;
    if (answered && statuses.every((s) => s === 'ready' || s === 'approved')) r.ready += 1;
    if (answered && statuses.every((s) => s === 'approved')) r.approved += 1;
    r.words += p.words;
  };

  const byRef = new Map(nodes.map((n) => [n.ref, n]));
  const sectionOf = (n: OutlineNode): OutlineNode | undefined => {
    for (let p: OutlineNode | undefined = n; p; p = p.parentRef ? byRef.get(p.parentRef) : undefined) if (p.kind === 'section') return p;
    return undefined;
  };
  const bySection = new Map<string, ProgressRow>();
  const byInstitution = new Map<string, ProgressRow>();
  const total = row('total', 'Total', budget.limit);
  const unanswered: Dashboard['unanswered'] = [];
  for (const p of paragraphs) {
    const s = sectionOf(p);
    const key = s?.ref ?? 'none';
    if (!bySection.has(key)) {
      const limit = budget.sections.find((b) => s && b.section === s.label)?.limit ?? null;
      bySection.set(key, { ...row(key, s ? `Section ${s.label}` : 'Other', limit), section: s?.label });
    }
    add(bySection.get(key)!, p);
    const lead = readAssignment(db, p.ref).lead ?? UNASSIGNED;
    if (!byInstitution.has(lead)) byInstitution.set(lead, row(lead, lead));
    add(byInstitution.get(lead)!, p);
    add(total, p);
    const items = subitemsOf.get(p.ref) ?? [];
    if (!p.filled && !(items.length > 0 && items.every((i) => i.filled))) {
      unanswered.push({ ref: p.ref, paragraph: p.ref, label: `${p.label}.`, text: p.text });
      for (const i of items) if (!i.filled) unanswered.push({ ref: i.ref, paragraph: p.ref, label: `${p.label} (${i.label})`, text: i.text });
    }
  }
  const institutions = [...byInstitution.keys()].filter((k) => k !== UNASSIGNED).sort((a, b) => a.localeCompare(b));
  return {
    bySection: [...bySection.values()],
    byInstitution: [...institutions.map((k) => byInstitution.get(k)!), ...(byInstitution.has(UNASSIGNED) ? [byInstitution.get(UNASSIGNED)!] : [])],
    unanswered,
    total,
    institutions,
  };
}

const paragraphOf = (ref: string) => /^\d+/.exec(ref)![0];
