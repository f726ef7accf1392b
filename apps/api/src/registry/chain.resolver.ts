import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '@chainq/identity';
import { CertificateRecognitionService, IndustryChainService, InvitationService, MembershipService, MembershipStatus, Qualification, QualificationService, SHARING_STATUSES } from '@chainq/registry';
import { CurrentActor, OptionalActor } from '../auth/current-actor.decorator';
import { Public } from '../auth/public.decorator';
import { DocumentModel, documentModels } from '../files/document.model';
import { ConnectionArgs } from '../graphql/connection.type';
import { SessionCookies } from '../identity/session-cookies';
import { GraphQLContext } from '../graphql/graphql-context';
import { AcceptInvitationInput, CreateIndustryChainInput, InviteSupplierInput, SubmitQualificationInput } from './dto/chain.inputs';
import {
  AcceptedInvitation,
  CertificateRecognitionModel,
  ChainMembershipConnection,
  ChainMembershipModel,
  EnterpriseModel,
  IndustryChainConnection,
  InvitationPreviewModel,
  IndustryChainModel,
  MembershipEventModel,
  MembershipInvitationModel,
  QualificationModel,
  SupplierInvitation,
} from './registry.models';

@Resolver(() => IndustryChainModel)
export class IndustryChainResolver {
  constructor(private readonly chainService: IndustryChainService) {}

  @Query(() => IndustryChainConnection, { description: 'Chains you lead, supply or watch' })
  industryChains(@CurrentActor() actor: Actor, @Args() page: ConnectionArgs) {
    return this.chainService.list(actor, page);
  }

  @Query(() => IndustryChainModel)
  industryChain(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.chainService.get(actor, id);
  }

  @Mutation(() => IndustryChainModel, { description: "Chain leader's admin: whether its suppliers' shared quality profiles may name the chain" })
  setChainProfileNaming(@CurrentActor() actor: Actor, @Args('chainId', { type: () => ID }) chainId: string, @Args('allowed') allowed: boolean) {
    return this.chainService.setProfileNaming(actor, chainId, allowed);
  }

  @Mutation(() => IndustryChainModel)
  createIndustryChain(@CurrentActor() actor: Actor, @Args('input') input: CreateIndustryChainInput) {
    return this.chainService.create(actor, input);
  }

  @ResolveField(() => EnterpriseModel)
  leader(@Parent() chain: IndustryChainModel, @Context() { loaders }: GraphQLContext) {
    return loaders.enterpriseById.load(chain.leaderEnterpriseId);
  }

  @ResolveField(() => [ID])
  clusterIds(@Parent() chain: IndustryChainModel, @Context() { loaders }: GraphQLContext) {
    return loaders.chainClusterIds.load(chain.id);
  }

  @ResolveField(() => ChainMembershipConnection, { description: "All members for the leader and coordinators; a supplier's own membership for a supplier" })
  memberships(
    @CurrentActor() actor: Actor,
    @Parent() chain: IndustryChainModel,
    @Args() page: ConnectionArgs,
    @Args('status', { type: () => MembershipStatus, nullable: true }) status?: MembershipStatus,
    @Args('tier', { type: () => Int, nullable: true }) tier?: number,
    @Args('supplierEnterpriseId', { type: () => ID, nullable: true, description: "One supplier's membership (the leader's page of that supplier)" }) supplierEnterpriseId?: string,
  ) {
    return this.chainService.membershipsOf(actor, chain, { status, tier, supplierEnterpriseId }, page);
  }
}

@Resolver(() => ChainMembershipModel)
export class ChainMembershipResolver {
  constructor(
    private readonly chainService: IndustryChainService,
    private readonly membershipService: MembershipService,
    private readonly invitationService: InvitationService,
    private readonly qualificationService: QualificationService,
    private readonly sessions: SessionCookies,
  ) {}

  @Query(() => [ChainMembershipModel], { description: "Your enterprise's memberships in leaders' chains" })
  myMemberships(@CurrentActor() actor: Actor) {
    return this.chainService.myMemberships(actor);
  }

  @Query(() => ChainMembershipModel, { description: "One membership: for its supplier, and for those who see its chain's members" })
  async chainMembership(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return (await this.membershipService.visibleMembership(actor, id)).membership;
  }

  @Mutation(() => SupplierInvitation, { description: 'Invite a supplier by its USCC; the token is e-mailed and returned once' })
  inviteSupplier(@CurrentActor() actor: Actor, @Args('input') input: InviteSupplierInput) {
    return this.membershipService.invite(actor, input);
  }

  @Mutation(() => SupplierInvitation, { description: 'Send an INVITED supplier a new invitation link (the earlier link stops working), to a corrected address or the last one' })
  resendInvitation(
    @CurrentActor() actor: Actor,
    @Args('membershipId', { type: () => ID }) membershipId: string,
    @Args('email', { nullable: true, description: 'Where to send it; the last invitation\'s address when left out' }) email?: string,
  ) {
    return this.membershipService.resendInvitation(actor, membershipId, email);
  }

  @Mutation(() => ChainMembershipModel, { description: 'Withdraw an invitation not yet accepted: its link stops working and the membership is EXITED (invite again any time)' })
  cancelInvitation(@CurrentActor() actor: Actor, @Args('membershipId', { type: () => ID }) membershipId: string, @Args('reason', { nullable: true }) reason?: string) {
    return this.membershipService.cancelInvitation(actor, membershipId, reason);
  }

  @Public()
  @Query(() => InvitationPreviewModel, { description: 'Who invites whom to which chain; only a valid, unused, unexpired token answers' })
  invitationPreview(@Args('token') token: string) {
    return this.invitationService.preview(token);
  }

  @Public()
  @Mutation(() => AcceptedInvitation, { description: 'Accept with the token; new suppliers register here, existing ones sign in first' })
  async acceptInvitation(@OptionalActor() actor: Actor | undefined, @Args('input') input: AcceptInvitationInput, @Context() { req }: GraphQLContext) {
    const accepted = await this.invitationService.accept(actor, input);
    if (accepted.signedInUserId) await this.sessions.open(req, accepted.signedInUserId);
    return accepted;
  }

  @Mutation(() => QualificationModel)
  submitQualification(@CurrentActor() actor: Actor, @Args('input') input: SubmitQualificationInput) {
    return this.qualificationService.submit(actor, input);
  }

  @Mutation(() => ChainMembershipModel, { description: 'Approve the pending qualification: the supplier becomes ACTIVE' })
  approveSupplier(
    @CurrentActor() actor: Actor,
    @Args('membershipId', { type: () => ID }) membershipId: string,
    @Args('comment', { nullable: true }) comment?: string,
  ) {
    return this.qualificationService.decide(actor, membershipId, true, comment ? [comment] : []);
  }

  @Mutation(() => ChainMembershipModel, { description: 'Send the pending qualification back with what to fix' })
  returnQualification(
    @CurrentActor() actor: Actor,
    @Args('membershipId', { type: () => ID }) membershipId: string,
    @Args('reasons', { type: () => [String] }) reasons: string[],
  ) {
    return this.qualificationService.decide(actor, membershipId, false, reasons);
  }

  @Mutation(() => ChainMembershipModel)
  suspendSupplier(@CurrentActor() actor: Actor, @Args('membershipId', { type: () => ID }) membershipId: string, @Args('reason') reason: string) {
    return this.membershipService.suspend(actor, membershipId, reason);
  }

  @Mutation(() => ChainMembershipModel)
  reinstateSupplier(
    @CurrentActor() actor: Actor,
    @Args('membershipId', { type: () => ID }) membershipId: string,
    @Args('reason', { nullable: true }) reason?: string,
  ) {
    return this.membershipService.reinstate(actor, membershipId, reason);
  }

  @Mutation(() => ChainMembershipModel, { description: 'The leader ends the membership, or the supplier admin leaves' })
  exitSupplier(@CurrentActor() actor: Actor, @Args('membershipId', { type: () => ID }) membershipId: string, @Args('reason') reason: string) {
    return this.membershipService.exit(actor, membershipId, reason);
  }

  @ResolveField(() => EnterpriseModel, {
    nullable: true,
    description: "The supplier's record, shared with the chain from acceptance until it exits; while INVITED or EXITED only for those who may read it anyway",
  })
  enterprise(@Parent() m: ChainMembershipModel, @Context() { loaders }: GraphQLContext) {
    if (!m.supplierEnterpriseId) return null;
    return SHARING_STATUSES.includes(m.status) ? loaders.enterpriseById.load(m.supplierEnterpriseId) : loaders.visibleEnterpriseById.load(m.supplierEnterpriseId);
  }

  @ResolveField(() => MembershipInvitationModel, { nullable: true, description: 'The latest invitation sent for this membership' })
  invitation(@Parent() m: ChainMembershipModel, @Context() { loaders }: GraphQLContext) {
    return loaders.latestInvitation.load(m.id);
  }

  @ResolveField(() => IndustryChainModel)
  chain(@Parent() m: ChainMembershipModel, @Context() { loaders }: GraphQLContext) {
    return loaders.chainById.load(m.chainId);
  }

  @ResolveField(() => [MembershipEventModel], { description: 'Every status change, and each invitation sent again (same status before and after), oldest first' })
  history(@Parent() m: ChainMembershipModel, @Context() { loaders }: GraphQLContext) {
    return loaders.membershipEvents.load(m.id);
  }

  @ResolveField(() => QualificationModel, { nullable: true })
  latestQualification(@Parent() m: ChainMembershipModel, @Context() { loaders }: GraphQLContext) {
    return loaders.latestQualification.load(m.id);
  }
}

@Resolver(() => QualificationModel)
export class QualificationResolver {
  constructor(private readonly recognition: CertificateRecognitionService) {}

  @ResolveField(() => [CertificateRecognitionModel], { description: "For the chain leader's staff: the certificates here already verified on other chains; empty for others" })
  recognitions(@CurrentActor() actor: Actor, @Parent() q: Qualification) {
    return this.recognition.recognitionsOf(actor, q);
  }

  @Mutation(() => QualificationModel, { description: "Chain leader: accept certificates of the pending qualification that other chains verified, instead of asking for their documents again" })
  acceptRecognisedCertificates(@CurrentActor() actor: Actor, @Args('membershipId', { type: () => ID }) membershipId: string, @Args('certificationIds', { type: () => [ID] }) certificationIds: string[]) {
    return this.recognition.accept(actor, membershipId, certificationIds);
  }

  @ResolveField(() => [DocumentModel], { description: 'The documents submitted, in the order given' })
  async documents(@Parent() q: QualificationModel, @Context() { loaders }: GraphQLContext) {
    return documentModels(await loaders.documentById.loadMany(q.documentIds));
  }
}
