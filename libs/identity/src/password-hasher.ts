import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { badInput } from '@chainq/core';
import { IdentityReason } from './identity-reasons';

export const MIN_PASSWORD_LENGTH = 10;

@Injectable()
export class PasswordHasher {
  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }

  /** The same rule for every path that sets a password (API, CLI, seed). */
  assertAcceptable(password: string, field = 'password'): void {
    if (password.length < MIN_PASSWORD_LENGTH) {
      throw badInput(field, `must be at least ${MIN_PASSWORD_LENGTH} characters`, { reason: IdentityReason.PasswordTooShort, min: MIN_PASSWORD_LENGTH });
    }
  }
}
