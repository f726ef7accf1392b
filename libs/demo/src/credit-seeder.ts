import { Injectable } from '@nestjs/common';
import { AppConfig, InjectConfig, purposeToken } from '@chainq/core';
import { ProfileSection, ProfileShareService } from '@chainq/credit';
import { Actor } from '@chainq/identity';
import { IndustryChainService } from '@chainq/registry';
import { daysAgo } from './demo-world';

/** The supplier whose shared profile the welcome banner links to: Anping Jinsheng's owner, applying for a certification loan. */
export const DEMO_SHARING_SUPPLIER = 'mesh';

/**
 * Quality credit profiles: the Xuzhou leader lets its chain be named; Anping
 * Jinsheng has shared its profile with a bank (opened twice, once by a named
 * credit officer) and once with a prospective customer, since revoked.
 */
@Injectable()
export class CreditSeeder {
  constructor(
    private readonly shares: ProfileShareService,
    private readonly chains: IndustryChainService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async seed(actors: Map<string, Actor>, chains: Map<string, string>): Promise<void> {
    await this.chains.setProfileNaming(actors.get('leader')!, chains.get('leader')!, true);
    const owner = actors.get(DEMO_SHARING_SUPPLIER)!;
    const all = Object.values(ProfileSection);
    const token = this.demoToken(owner.organisationId);
    await this.shares.create(owner, { recipient: 'Bank of Hebei, Anping branch', purpose: '认证贷申请 (certification loan application)', sections: all, expiresInDays: 60 }, daysAgo(5), token);
    await this.shares.open(token, '203.0.113.10', null, daysAgo(4));
    const visit = await this.shares.open(token, '203.0.113.10', null, daysAgo(2));
    await this.shares.nameView(token, visit.viewId, 'Wang Jun, credit officer', '203.0.113.10', new Date(daysAgo(2).getTime() + 90_000));
    const customer = await this.shares.create(owner, { recipient: 'Hengshui Lutong Highway Facilities', purpose: 'New supplier qualification', sections: [ProfileSection.CERTIFICATES, ProfileSection.MATURITY], expiresInDays: 30 }, daysAgo(20));
    await this.shares.open(new URL(customer.link).pathname.split('/').pop()!, '203.0.113.20', 'Purchasing department', daysAgo(19));
    await this.shares.revoke(owner, customer.share.id, daysAgo(12));
  }

  /** The demo share's link, the same on every start (derived from the server secret), for the welcome banner. */
  demoLink(enterpriseId: string): string {
    return `${this.config.http.publicUrl}/verify/${this.demoToken(enterpriseId)}`;
  }

  private demoToken(enterpriseId: string): string {
    return purposeToken(this.config.auth.jwtSecret, 'demo-profile-share', enterpriseId);
  }
}
