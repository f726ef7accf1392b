import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import {
  AppConfig,
  badInput,
  conflict,
  forbidden,
  InjectConfig,
  JobName,
  notFound,
  NotificationKind,
  OutboxService,
  Page,
  PageArgs,
  paginate,
  RateLimiter,
  unauthenticated,
} from '@chainq/core';
import { Actor, hasRole, isPlatformAdmin } from './actor';
import { AccessGrant, AuthService } from './auth.service';
import { Language } from './language';
import { Organisation } from './organisation.entity';
import { PasswordHasher } from './password-hasher';
import { Role, ROLES_BY_KIND } from './role';
import { User } from './user.entity';

export interface NewUser {
  organisationId: string;
  email: string;
  displayName: string;
  password: string;
  roles: Role[];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

@Injectable()
export class UserService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly outbox: OutboxService,
    private readonly auth: AuthService,
    private readonly limiter: RateLimiter,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async me(actor: Actor): Promise<User> {
    const user = await this.users.findOneBy({ id: actor.userId });
    if (!user) throw unauthenticated();
    return user;
  }

  /** Any signed-in user chooses their own language; nobody else's. */
  async setLanguage(actor: Actor, language: Language): Promise<User> {
    if (!Object.values(Language).includes(language)) throw badInput('language', `must be one of ${Object.values(Language).join(', ')}`);
    await this.users.update({ id: actor.userId }, { language });
    return this.me(actor);
  }

  /**
   * Platform admins add users to any organisation; an enterprise admin adds
   * them to its own enterprise only. The welcome notification is recorded in
   * the same transaction and delivered by the worker.
   */
  async create(actor: Actor, input: NewUser): Promise<User> {
    const organisation = await this.dataSource.getRepository(Organisation).findOneBy({ id: input.organisationId });
    const mayManage =
      isPlatformAdmin(actor) || (hasRole(actor, Role.ENTERPRISE_ADMIN) && actor.organisationId === input.organisationId);
    if (!organisation || !mayManage) {
      // Outside the caller's scope an organisation is as good as absent.
      throw organisation && actor.organisationId === input.organisationId ? forbidden() : notFound('Organisation');
    }
    const user = await this.validNewUser(organisation, input);
    return this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(User, { email: user.email })) {
        throw conflict(`A user with e-mail ${user.email} already exists`, { field: 'email' });
      }
      const saved = await manager.save(User, user);
      await this.outbox.record(manager, JobName.SendNotification, {
        recipientUserId: saved.id,
        kind: NotificationKind.WELCOME,
        title: `Welcome to ChainQ, ${saved.displayName}`,
        body: `You have been added to ${organisation.name}. Your roles: ${saved.roles.join(', ')}.`,
        params: { displayName: saved.displayName, organisation: organisation.name, roles: saved.roles.join(', ') },
        link: null,
        dedupeKey: `welcome:${saved.id}`,
      });
      return saved;
    });
  }

  /** For the CLI, the seed and invitation acceptance: no actor, same validation. */
  async createUnscoped(organisation: Organisation, input: NewUser, manager: EntityManager = this.users.manager): Promise<User> {
    const user = await this.validNewUser(organisation, input);
    if (await manager.existsBy(User, { email: user.email })) {
      throw conflict(`A user with e-mail ${user.email} already exists`, { field: 'email' });
    }
    return manager.save(User, user);
  }

  /** Ids of an organisation's active users holding any of `roles` (inside the caller's transaction when given its manager). */
  async activeIdsWithRoles(organisationId: string, roles: Role[], manager: EntityManager = this.users.manager): Promise<string[]> {
    const rows: { id: string }[] = await manager.query('SELECT id FROM users WHERE organisation_id = $1 AND is_active AND roles && $2::user_role[]', [organisationId, roles]);
    return rows.map((r) => r.id);
  }

  /** Display names for ids (aligned to them; undefined for an unknown id), for timelines that show who acted. */
  async displayNamesByIds(ids: readonly string[]): Promise<(string | undefined)[]> {
    const rows = await this.users.find({ select: { id: true, displayName: true }, where: { id: In([...ids]) } });
    const byId = new Map(rows.map((u) => [u.id, u.displayName]));
    return ids.map((id) => byId.get(id));
  }

  countInOrganisation(organisationId: string, manager: EntityManager = this.users.manager): Promise<number> {
    return manager.countBy(User, { organisationId });
  }

  async list(actor: Actor, organisationId: string, page: PageArgs): Promise<Page<User>> {
    if (!isPlatformAdmin(actor) && actor.organisationId !== organisationId) throw notFound('Organisation');
    const query = this.users.createQueryBuilder('user').where('user.organisationId = :organisationId', { organisationId });
    return paginate(query, page, { property: 'user.createdAt', value: (u) => u.createdAt, direction: 'ASC' });
  }

  /**
   * Guesses of the current password are counted per user before each is
   * checked (as sign-ins are per e-mail), so a stolen token cannot be used to
   * guess the password. A change ends every session of the user (other
   * devices, the caller's old token) and hands the caller a fresh token.
   */
  async changePassword(actor: Actor, current: string, next: string): Promise<AccessGrant> {
    const key = `password-change:${actor.userId}`;
    const { loginMaxAttempts, loginWindowSeconds } = this.config.auth;
    await this.limiter.take(key, { limit: loginMaxAttempts, windowSeconds: loginWindowSeconds, refusal: 'Too many wrong current passwords' });
    const user = await this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: actor.userId })
      .getOne();
    if (!user || !(await this.hasher.verify(user.passwordHash, current))) {
      throw badInput('currentPassword', 'is not your current password');
    }
    await this.limiter.refund(key);
    this.hasher.assertAcceptable(next, 'newPassword');
    const passwordHash = await this.hasher.hash(next);
    const changed = await this.dataSource.transaction(async (manager) => {
      await manager.update(User, user.id, { passwordHash });
      await this.auth.endSessions(user.id, manager);
      return manager.findOneByOrFail(User, { id: user.id });
    });
    return this.auth.issue(changed);
  }

  findByEmail(email: string): Promise<User | null> {
    return this.users.findOneBy({ email: email.trim().toLowerCase() });
  }

  private async validNewUser(organisation: Organisation, input: NewUser): Promise<User> {
    const email = input.email.trim().toLowerCase();
    if (!EMAIL.test(email)) throw badInput('email', 'is not an e-mail address');
    const displayName = input.displayName.trim();
    if (!displayName) throw badInput('displayName', 'must not be empty');
    if (input.roles.length === 0) throw badInput('roles', 'must name at least one role');
    const allowed = ROLES_BY_KIND[organisation.kind];
    const refused = input.roles.filter((r) => !allowed.includes(r));
    if (refused.length) {
      throw badInput('roles', `${refused.join(', ')} cannot be held in a ${organisation.kind} organisation`);
    }
    this.hasher.assertAcceptable(input.password);
    return this.users.create({
      organisationId: organisation.id,
      email,
      displayName,
      roles: [...new Set(input.roles)],
      passwordHash: await this.hasher.hash(input.password),
    });
  }
}
