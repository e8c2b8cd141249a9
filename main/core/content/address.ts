// Content addresses: a chunk is named by the SHA-256 of its JSON, and a revision by the SHA-256 of
// its answer, parents, block names, author and time, so an id covers every byte of its text.
import { hash } from 'node:crypto';

// The one-shot hash: an import names tens of thousands of chunks and revisions, and a Hash object
// for each took about twice as long.
const sha256 = (s: string) => hash('sha256', s, 'hex');

export const chunkHash = (json: string): string => sha256(json);

/** A revision's content address. It names the answer too: equal first drafts of two answers are two revisions. */
export const revisionId = (ref: string, parents: readonly string[], blocks: readonly string[], author: string, createdAt: string): string =>
  sha256(JSON.stringify([ref, parents, blocks, author, createdAt]));

/**
 * The address of a revision written before workspace schema 7, hashed over its whole content as
 * JSON. Such revisions keep their ids (others know them); bundles mark them so the receiver checks
 * them this way.
 */
export const legacyRevisionId = (ref: string, parents: readonly string[], contentJson: string, author: string, createdAt: string): string =>
  sha256(JSON.stringify([ref, parents, contentJson, author, createdAt]));
