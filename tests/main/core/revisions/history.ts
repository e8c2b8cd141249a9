// Builds incoming revisions the way a drafter's workspace would: content-hashed, parents first.
import { revisionId } from '../../../../main/core/store/answer-store';
import type { IncomingRevision, Sender } from '../../../../main/core/revisions/import-revisions';
import type { AnswerContent } from '../../../../shared/editor/types';

export const paras = (...texts: string[]): AnswerContent => texts.map((t) => ({ type: 'paragraph' as const, children: [{ text: t }] }));

export function rev(nodeRef: string, parents: string[], content: AnswerContent, author: string, createdAt: string): IncomingRevision {
  return { id: revisionId(nodeRef, parents, JSON.stringify(content), author, createdAt), nodeRef, parents, content, author, createdAt };
}

/** A chain of revisions on top of `parent` (null: a new answer), one minute apart. */
export function chain(nodeRef: string, parent: string | null, author: string, start: string, ...contents: AnswerContent[]): IncomingRevision[] {
  const out: IncomingRevision[] = [];
  let prev = parent;
  contents.forEach((c, i) => {
    const r = rev(nodeRef, prev ? [prev] : [], c, author, new Date(Date.parse(start) + i * 60_000).toISOString());
    out.push(r);
    prev = r.id;
  });
  return out;
}

export const labour: Sender = { institution: 'Ministry of Labour', signerKeyId: 'aaaaaaaaaaaaaaaa', receivedAt: '2026-02-01T10:00:00.000Z' };
export const interior: Sender = { institution: 'Ministry of Internal Affairs', signerKeyId: 'bbbbbbbbbbbbbbbb', receivedAt: '2026-02-01T11:00:00.000Z' };
