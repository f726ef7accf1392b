import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, APP_CONFIG } from '@chainq/core';
import { AuthService } from './auth.service';
import { Organisation } from './organisation.entity';
import { OrganisationService } from './organisation.service';
import { PasswordHasher } from './password-hasher';
import { PasswordResetToken } from './password-reset/password-reset-token.entity';
import { PasswordResetService } from './password-reset/password-reset.service';
import { PlatformAdminService } from './platform-admin.service';
import { RefreshToken } from './refresh-token.entity';
import { RefreshTokenService } from './refresh-token.service';
import { User } from './user.entity';
import { UserService } from './user.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Organisation, PasswordResetToken, RefreshToken, User]),
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      // One KeyObject for the process: given the string, jsonwebtoken builds a new one for every signature and verification.
      useFactory: (config: AppConfig) => ({ secret: createSecretKey(Buffer.from(config.auth.jwtSecret)) }),
    }),
  ],
  providers: [AuthService, OrganisationService, PasswordHasher, PasswordResetService, PlatformAdminService, RefreshTokenService, UserService],
  exports: [AuthService, OrganisationService, PasswordHasher, PasswordResetService, PlatformAdminService, RefreshTokenService, UserService],
})
export class IdentityModule {}
