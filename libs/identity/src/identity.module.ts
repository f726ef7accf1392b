import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, APP_CONFIG } from '@chainq/core';
import { AuthService } from './auth.service';
import { Organisation } from './organisation.entity';
import { OrganisationService } from './organisation.service';
import { PasswordHasher } from './password-hasher';
import { PlatformAdminService } from './platform-admin.service';
import { RefreshToken } from './refresh-token.entity';
import { RefreshTokenService } from './refresh-token.service';
import { User } from './user.entity';
import { UserService } from './user.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Organisation, RefreshToken, User]),
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.auth.jwtSecret }),
    }),
  ],
  providers: [AuthService, OrganisationService, PasswordHasher, PlatformAdminService, RefreshTokenService, UserService],
  exports: [AuthService, OrganisationService, PasswordHasher, PlatformAdminService, RefreshTokenService, UserService],
})
export class IdentityModule {}
