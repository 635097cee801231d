-- The key roster (密钥名册): every signing key an account has held, with the time it was valid, so a
-- signature is checked against the person the key belonged to at the signing time rather than against
-- the key a file carries. signing_keys keeps only the current encrypted private key; the roster keeps
-- the public history. key_fingerprint() is the SHA-256 of the raw Ed25519 key, registered by migrate().

CREATE TABLE signing_key_roster (
  fingerprint  TEXT PRIMARY KEY, -- SHA-256 of the raw 32-byte public key, lowercase hex
  user_id      TEXT NOT NULL REFERENCES users (id),
  username     TEXT NOT NULL,
  display_name TEXT NOT NULL,
  roles        TEXT NOT NULL, -- JSON array of the account's roles when the key was made
  public_key   TEXT NOT NULL, -- SPKI DER, base64
  valid_from   TEXT NOT NULL,
  valid_until  TEXT,          -- null while the key is current
  ended_by     TEXT CHECK (ended_by IN ('replaced', 'revoked')),
  CHECK ((valid_until IS NULL) = (ended_by IS NULL))
) STRICT;

CREATE UNIQUE INDEX signing_key_roster_current ON signing_key_roster (user_id) WHERE valid_until IS NULL;

-- Keys as the administrator signed them for export: the latest one goes out with every sign-off file.
CREATE TABLE signed_rosters (
  id                 TEXT PRIMARY KEY,
  signed_at          TEXT NOT NULL,
  signer_id          TEXT NOT NULL REFERENCES users (id),
  signer_fingerprint TEXT NOT NULL REFERENCES signing_key_roster (fingerprint),
  document           TEXT NOT NULL -- the signed roster file, JSON
) STRICT;

CREATE INDEX signed_rosters_time ON signed_rosters (signed_at);

-- The current keys.
INSERT INTO signing_key_roster (fingerprint, user_id, username, display_name, roles, public_key, valid_from)
SELECT key_fingerprint(k.public_key), u.id, u.username, u.display_name, u.roles, k.public_key, k.created_at
FROM signing_keys k JOIN users u ON u.id = k.user_id;

-- Keys an administrator's password reset replaced before the roster existed survive only in the
-- sign-offs they made: valid from their first signature until the current key was made.
INSERT INTO signing_key_roster
  (fingerprint, user_id, username, display_name, roles, public_key, valid_from, valid_until, ended_by)
SELECT key_fingerprint(s.public_key), u.id, u.username, u.display_name, u.roles, s.public_key,
  min(s.signed_at), coalesce(k.created_at, max(s.signed_at)), 'replaced'
FROM signoffs s
JOIN users u ON u.id = s.signer_id
LEFT JOIN signing_keys k ON k.user_id = s.signer_id
WHERE s.public_key NOT IN (SELECT public_key FROM signing_keys)
GROUP BY s.public_key;
