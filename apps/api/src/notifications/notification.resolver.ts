import { Args, Field, ID, Int, Mutation, ObjectType, Query, registerEnumType, Resolver } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Actor } from '@chainq/identity';
import { Notification, NotificationKind, NotificationService, NotificationSubject } from '@chainq/notifications';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Connection, ConnectionArgs } from '../graphql/connection.type';

registerEnumType(NotificationKind, { name: 'NotificationKind', description: 'What happened; with params, the key a client translates from' });
registerEnumType(NotificationSubject, { name: 'NotificationSubject', description: 'What a notification is about' });

@ObjectType('NotificationLink', { description: 'Where a notification comes from, for a client to open' })
export class NotificationLinkModel {
  @Field(() => NotificationSubject) type: NotificationSubject;
  @Field(() => ID) id: string;
}

@ObjectType('Notification')
export class NotificationModel {
  @Field(() => ID) id: string;
  @Field(() => NotificationKind) kind: NotificationKind;
  @Field({ description: 'English; clients translate from kind and params' }) title: string;
  @Field({ description: 'English; clients translate from kind and params' }) body: string;
  @Field(() => GraphQLJSON, { description: "An object: the values the kind's text needs (names, numbers, dates as YYYY-MM-DD)" }) params: Record<string, string | number>;
  @Field(() => NotificationLinkModel, { nullable: true }) link: NotificationLinkModel | null;
  @Field(() => Date, { nullable: true }) readAt: Date | null;
  @Field() createdAt: Date;
}

const NotificationConnection = Connection(NotificationModel, 'Notification');

const toModel = (n: Notification): NotificationModel => ({
  ...n,
  kind: n.kind as NotificationKind,
  link: n.linkType && n.linkId ? { type: n.linkType, id: n.linkId } : null,
});

@Resolver(() => NotificationModel)
export class NotificationResolver {
  constructor(private readonly notificationService: NotificationService) {}

  @Query(() => NotificationConnection, { description: 'Your in-app notifications, newest first' })
  async notifications(
    @CurrentActor() actor: Actor,
    @Args() page: ConnectionArgs,
    @Args('unreadOnly', { nullable: true }) unreadOnly?: boolean,
  ) {
    const found = await this.notificationService.list(actor, { ...page, unreadOnly });
    return { ...found, edges: found.edges.map((e) => ({ ...e, node: toModel(e.node) })) };
  }

  @Mutation(() => Int, { description: 'Marks your notifications read; returns how many changed' })
  markNotificationsRead(@CurrentActor() actor: Actor, @Args('ids', { type: () => [ID] }) ids: string[]): Promise<number> {
    return this.notificationService.markRead(actor, ids);
  }
}
