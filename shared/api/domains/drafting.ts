// The drafting workspace around answers: history and restore, checkpoints, workflow status,
// assignments, internal comments, limits, search and the dashboard.
import { z } from 'zod';
import { CONTENT_HASH } from '../../json-checks';
import { questionRef } from '../refs';
import type {
  Assignment, Comment, Dashboard, DocumentInfo, RevisionDetail, RevisionSummary, SaveResult, SearchHit,
} from '../types';

const revisionId = z.string().regex(CONTENT_HASH, 'must be a revision id (64 hex digits)');
const institution = z.string().trim().max(200);

export const draftingMethods = {
  'answer.history': z.object({ ref: questionRef }).strict(),
  'answer.revision': z.object({ id: revisionId }).strict(),
  'answer.restore': z.object({ ref: questionRef, revision: revisionId }).strict(),
  'answer.checkpoint': z.object({ ref: questionRef }).strict(),
  'answer.setStatus': z.object({ ref: questionRef, status: z.enum(['not_started', 'drafting', 'ready', 'approved']) }).strict(),
  'paragraph.assign': z.object({ ref: questionRef, lead: institution.nullable(), contributors: z.array(institution).max(50) }).strict(),
  'comment.list': z.object({ ref: questionRef }).strict(),
  'comment.add': z.object({ ref: questionRef, body: z.string().max(10_000) }).strict(),
  'comment.resolve': z.object({ id: z.number().int().positive() }).strict(),
  'document.setLimits': z.object({ wordLimit: z.number().int().min(100).max(1_000_000), wordsPerPage: z.number().int().min(50).max(5000) }).strict(),
  'search.query': z.object({ q: z.string().max(500), limit: z.number().int().min(1).max(200).optional() }).strict(),
  'dashboard.get': z.object({}).strict(),
} as const;

export interface DraftingReturns {
  'answer.history': RevisionSummary[];
  'answer.revision': RevisionDetail;
  'answer.restore': SaveResult;
  'answer.checkpoint': { revision: string | null };
  'answer.setStatus': { ref: string; status: string };
  'paragraph.assign': Assignment;
  'comment.list': Comment[];
  'comment.add': Comment;
  'comment.resolve': Comment;
  'document.setLimits': DocumentInfo;
  'search.query': SearchHit[];
  'dashboard.get': Dashboard;
}
