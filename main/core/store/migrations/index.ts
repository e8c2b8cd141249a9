// The ordered list of schema migrations. Append only: never edit a migration that has shipped.
import { createWorkspace } from './0001-create-workspace';
import { addWorkflow } from './0002-add-workflow';
import { addReportSettings } from './0003-add-report-settings';
import { addBundleIdentities } from './0004-add-bundle-identities';
import { addMergeState } from './0005-add-merge-state';
import { addLoiImports } from './0006-add-loi-imports';
import { addContentChunks } from './0007-add-content-chunks';
import { foldRevisionFacts } from './0008-fold-revision-facts';
import { splitConflictSides } from './0009-split-conflict-sides';
import { listSplitsOnly } from './0010-list-splits-only';
import { compactChunkIndex } from './0011-compact-chunk-index';
import type { Migration } from './types';

export const migrations: readonly Migration[] = [createWorkspace, addWorkflow, addReportSettings, addBundleIdentities, addMergeState, addLoiImports, addContentChunks, foldRevisionFacts, splitConflictSides, listSplitsOnly, compactChunkIndex];

export const latestVersion = migrations[migrations.length - 1].version;
