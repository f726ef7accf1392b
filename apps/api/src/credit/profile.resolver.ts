import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import QRCode from 'qrcode';
import { ProfileShare, ProfileShareService, QualityProfileService } from '@chainq/credit';
import { Actor } from '@chainq/identity';
import { CurrentActor } from '../auth/current-actor.decorator';
import { GraphQLContext } from '../graphql/graphql-context';
import { CreatedProfileShareModel, CreateProfileShareInput, ProfileShareModel, ProfileShareViewModel, QualityProfileModel } from './credit.graphql';

@Resolver(() => ProfileShareModel)
export class QualityProfileResolver {
  constructor(
    private readonly profiles: QualityProfileService,
    private readonly shares: ProfileShareService,
  ) {}

  @Query(() => QualityProfileModel, { description: "Your enterprise's quality profile as ChainQ would vouch for it now" })
  qualityProfile(@CurrentActor() actor: Actor, @Args('enterpriseId', { type: () => ID }) enterpriseId: string) {
    return this.profiles.ownProfile(actor, enterpriseId);
  }

  @Query(() => [ProfileShareModel], { description: "Enterprise admin: your enterprise's profile shares, newest first" })
  profileShares(@CurrentActor() actor: Actor) {
    return this.shares.list(actor);
  }

  @Mutation(() => CreatedProfileShareModel, { description: 'Enterprise admin: share your quality profile with one recipient, for one purpose, for at most 90 days' })
  async createProfileShare(@CurrentActor() actor: Actor, @Args('input') input: CreateProfileShareInput) {
    const { share, link } = await this.shares.create(actor, input);
    const [qrSvg, qrPng] = await Promise.all([QRCode.toString(link, { type: 'svg', margin: 2 }), QRCode.toDataURL(link, { margin: 2, width: 512 })]);
    return { share, link, qrSvg, qrPng };
  }

  @Mutation(() => ProfileShareModel, { description: 'Enterprise admin: end a share now; its link stops working at once' })
  revokeProfileShare(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.shares.revoke(actor, id);
  }

  @ResolveField(() => Date, { description: 'When the snapshot recipients see was taken' })
  snapshotAt(@Parent() share: ProfileShare): Date {
    return new Date(share.snapshot.payload.snapshot.takenAt);
  }

  @ResolveField(() => [ProfileShareViewModel], { description: 'Every opening of the link, newest first' })
  views(@Parent() share: ProfileShare, @Context() { loaders }: GraphQLContext) {
    return loaders.profileShareViews.load(share.id);
  }
}
