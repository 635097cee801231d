import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Block } from './blocks';
import { canonicalJson } from './canonicalJson';

/** The canonical serialization of a version's blocks: what is stored and what the hash covers. */
export function serializeBlocks(blocks: readonly Block[]): string {
  return canonicalJson(blocks);
}

/** SHA-256 (hex) of a UTF-8 string; pure, so main, renderer and tests compute the same value. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** `content_hash` of a version (DESIGN §3): SHA-256 of the canonical serialization. Signatures cover it. */
export function contentHash(blocks: readonly Block[]): string {
  return sha256Hex(serializeBlocks(blocks));
}
