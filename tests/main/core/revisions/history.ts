// Builds incoming revisions the way a drafter's workspace would: content-hashed, parents first.
import { revisionId } from '../../../../main/core/content/address';
import { splitContent } from '../../../../main/core/content/chunks';
import type { IncomingRevision, Sender } from '../../../../main/core/revisions/import-revisions';
import type { AnswerContent } from '../../../../shared/editor/types';
import type { Db } from '../../../../main/core/store/database';
import { sameChunk } from '../../../../main/core/store/content-store';

export const paras = (...texts: string[]): AnswerContent => texts.map((t) => ({ type: 'paragraph' as const, children: [{ text: t }] }));

/** A revision with its chunks attached, as a bundle would bring them. */
export function rev(nodeRef: string, parents: string[], content: AnswerContent, author: string, createdAt: string): IncomingRevision {
  const { blocks, chunks } = splitContent(content);
  return {
    id: revisionId(nodeRef, parents, blocks, author, createdAt), nodeRef, parents, blocks, author, createdAt,
    chunks: chunks.map((c) => ({ hash: c.hash, value: JSON.parse(c.json) as unknown })),
  };
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

/** The content an incoming revision stands for, put together from the chunks it carries. */
export function contentOf(r: IncomingRevision): AnswerContent {
  const values = new Map((r.chunks ?? []).map((c) => [c.hash, c.value]));
  return r.blocks.map((h) => {
    const b = values.get(h) as { type: string; rows?: string[] };
    return (b.type === 'data-table' ? { ...b, rows: b.rows!.map((x) => values.get(x)) } : b) as AnswerContent[number];
  });
}

/** Every revision of a workspace as another one would receive it (chunks attached), oldest first. */
export function storedRevisions(db: Db): IncomingRevision[] {
  const chunk = db.prepare(`SELECT kind, json FROM chunk WHERE ${sameChunk('', '@hash')}`);
  const withRows = (hash: string): Array<{ hash: string; value: unknown }> => {
    const c = chunk.get({ hash }) as { kind: string; json: string };
    const value = JSON.parse(c.json) as { rows?: string[] };
    return [...(c.kind === 'table' ? value.rows!.flatMap(withRows) : []), { hash, value }];
  };
  return (db.prepare('SELECT id, node_ref, parents, blocks, author, created_at, id_version FROM revision ORDER BY created_at, id').all() as Array<{
    id: string; node_ref: string; parents: string; blocks: string; author: string; created_at: string; id_version: 1 | 2;
  }>).map((r) => {
    const blocks = JSON.parse(r.blocks) as string[];
    return {
      id: r.id, nodeRef: r.node_ref, parents: JSON.parse(r.parents) as string[], blocks, idVersion: r.id_version, author: r.author, createdAt: r.created_at,
      chunks: blocks.flatMap(withRows),
    };
  });
}
