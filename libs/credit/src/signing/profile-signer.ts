import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, KeyObject, sign } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig, InjectConfig } from '@chainq/core';
import { canonicalJson } from './canonical-json';

export const SIGNATURE_ALGORITHM = 'Ed25519';

/** A signed snapshot as handed to a recipient: the payload, and the platform's signature over its canonical JSON. */
export interface SignedDocument<T> {
  payload: T;
  signature: { algorithm: typeof SIGNATURE_ALGORITHM; keyId: string; value: string };
}

/** The platform's public key as published at /.well-known/chainq-signing-key. */
export interface PublishedKey {
  algorithm: typeof SIGNATURE_ALGORITHM;
  keyId: string;
  publicKeyPem: string;
}

/**
 * Signs profile snapshots with the platform's Ed25519 key
 * (PROFILE_SIGNING_KEY, a PKCS#8 PEM). The key id is the first 16 hex digits
 * of the SHA-256 of the public key's DER, so a verifier can tell which key
 * signed a document once keys rotate.
 */
@Injectable()
export class ProfileSigner {
  private readonly privateKey: KeyObject;
  readonly published: PublishedKey;

  constructor(@InjectConfig() config: AppConfig) {
    this.privateKey = createPrivateKey(config.profileSigningKey);
    const publicKey = createPublicKey(this.privateKey);
    const der = publicKey.export({ type: 'spki', format: 'der' });
    this.published = {
      algorithm: SIGNATURE_ALGORITHM,
      keyId: createHash('sha256').update(der).digest('hex').slice(0, 16),
      publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    };
  }

  sign<T>(payload: T): SignedDocument<T> {
    const value = sign(null, Buffer.from(canonicalJson(payload)), this.privateKey).toString('base64');
    return { payload, signature: { algorithm: SIGNATURE_ALGORITHM, keyId: this.published.keyId, value } };
  }
}

/** A new Ed25519 private key as PKCS#8 PEM, for PROFILE_SIGNING_KEY (benchmarks and tests of production settings make their own). */
export function newSigningKeyPem(): string {
  return generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}
