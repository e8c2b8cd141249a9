// Signed answer bundles: this workspace's signing keys, the institutions it exchanges bundles with
// and their keys' trust state and sequence numbers, the bundles signed and taken in, and the
// revisions sealed because their ids have left (or entered) the workspace in a bundle.
import type { Migration } from './types';

export const addBundleIdentities: Migration = {
  version: 4,
  name: 'add-bundle-identities',
  up: `
    -- Our own Ed25519 keys. The private key is stored only encrypted (see main/core/identity).
    -- One current key; after a rotation the old ones stay, retired, so old bundles still verify.
    CREATE TABLE own_key (
      key_id TEXT PRIMARY KEY CHECK (length(key_id) = 16),
      public_key TEXT NOT NULL UNIQUE,
      secret TEXT NOT NULL,
      created_at TEXT NOT NULL,
      retired_at TEXT
    ) STRICT;
    CREATE UNIQUE INDEX own_key_current ON own_key (ifnull(retired_at, '')) WHERE retired_at IS NULL;

    -- Institutions of this reporting workspace: on the coordinator every invited one, on a drafter
    -- its coordinator; is_self marks our own. paragraphs: the paragraph numbers assigned (JSON).
    CREATE TABLE institution (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      role TEXT NOT NULL CHECK (role IN ('coordinator', 'drafter')),
      is_self INTEGER NOT NULL DEFAULT 0 CHECK (is_self IN (0, 1)),
      paragraphs TEXT NOT NULL DEFAULT '[]',
      created_at TEXT NOT NULL
    ) STRICT;

    -- A key bound to an institution after its fingerprint was confirmed. last_seq: the highest
    -- bundle sequence number accepted from it; anything not above it is a replay.
    CREATE TABLE institution_key (
      key_id TEXT PRIMARY KEY CHECK (length(key_id) = 16),
      public_key TEXT NOT NULL UNIQUE,
      institution_id TEXT NOT NULL REFERENCES institution(id),
      state TEXT NOT NULL CHECK (state IN ('trusted', 'revoked', 'retired')),
      bound_at TEXT NOT NULL,
      state_at TEXT NOT NULL,
      last_seq INTEGER NOT NULL DEFAULT 0 CHECK (last_seq >= 0)
    ) STRICT;
    CREATE INDEX institution_key_owner ON institution_key (institution_id);

    -- Bundles taken in (rejected attempts are only in audit_log). hash: BLAKE2b-512 of the payload.
    CREATE TABLE bundle_in (
      hash TEXT PRIMARY KEY,
      key_id TEXT NOT NULL REFERENCES institution_key(key_id),
      kind TEXT NOT NULL CHECK (kind IN ('invitation', 'answers')),
      seq INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      imported_at TEXT NOT NULL,
      summary TEXT NOT NULL
    ) STRICT;

    -- Bundles we signed; seq only grows and is never reused.
    CREATE TABLE bundle_out (
      seq INTEGER PRIMARY KEY CHECK (seq > 0),
      kind TEXT NOT NULL CHECK (kind IN ('invitation', 'answers')),
      key_id TEXT NOT NULL REFERENCES own_key(key_id),
      institution_id TEXT REFERENCES institution(id),
      hash TEXT NOT NULL,
      revisions INTEGER NOT NULL,
      bytes INTEGER NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;

    -- A revision whose id is known outside this workspace: autosave coalescing must never rewrite it.
    CREATE TABLE sealed_revision (
      revision_id TEXT PRIMARY KEY REFERENCES revision(id),
      via TEXT NOT NULL CHECK (via IN ('export', 'import')),
      sealed_at TEXT NOT NULL
    ) STRICT;
  `,
};
