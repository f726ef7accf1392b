#!/usr/bin/env node
// Checks a shared ChainQ quality profile offline: that the platform's key
// signed exactly this content. Needs Node 20 or later, nothing else.
//
//   node verify-profile.mjs <profile.json> <key>
//
// <profile.json>: the file downloaded from a share's page (/verify/<token>.json).
// <key>: the platform's key as published at /.well-known/chainq-signing-key
// (that JSON saved to a file), or its public key as a PEM file.
// Exit status 0: valid; 1: not valid (the reason is printed); 2: wrong usage.
import { createPublicKey, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** The signed bytes: JSON with object keys sorted and no spaces (as ChainQ signs them). */
function canonicalJson(value) {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).filter((k) => value[k] !== undefined).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
}

function readKey(file) {
  const text = readFileSync(file, 'utf8');
  if (text.includes('-----BEGIN PUBLIC KEY-----') && !text.trimStart().startsWith('{')) return { pem: text, keyId: null };
  const published = JSON.parse(text);
  return { pem: published.publicKeyPem, keyId: published.keyId };
}

function check(profileFile, keyFile) {
  let document;
  try {
    document = JSON.parse(readFileSync(profileFile, 'utf8'));
  } catch (error) {
    return `the file is not readable JSON (${error.message})`;
  }
  const { payload, signature } = document ?? {};
  if (!payload || !signature || signature.algorithm !== 'Ed25519' || typeof signature.value !== 'string') return 'the file is not a signed ChainQ profile';
  const key = readKey(keyFile);
  if (key.keyId && signature.keyId !== key.keyId) return `it was signed with key ${signature.keyId}, not with this key (${key.keyId})`;
  const ok = verify(null, Buffer.from(canonicalJson(payload)), createPublicKey(key.pem), Buffer.from(signature.value, 'base64'));
  if (!ok) return 'the signature does not match the content: the file was changed after ChainQ signed it, or another key signed it';
  return null;
}

const [profileFile, keyFile] = process.argv.slice(2);
if (!profileFile || !keyFile) {
  process.stderr.write('usage: node verify-profile.mjs <profile.json> <key.json|key.pem>\n');
  process.exit(2);
}
const problem = check(profileFile, keyFile);
if (problem) {
  process.stdout.write(`NOT VALID: ${problem}\n`);
  process.exit(1);
}
const { payload } = JSON.parse(readFileSync(profileFile, 'utf8'));
process.stdout.write(
  `VALID: signed by ChainQ; profile of ${payload.profile.registration.name} (${payload.profile.registration.uscc ?? 'no USCC'}), ` +
    `snapshot taken ${payload.snapshot.takenAt}, shared with ${payload.share.recipient} until ${payload.share.expiresAt}\n`,
);
