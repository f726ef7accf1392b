import { Args, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Actor } from '@chainq/identity';
import { NotificationService } from '@chainq/notifications';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Connection, ConnectionArgs } from '../graphql/connection.type';

@ObjectType('Notification')
export class NotificationModel {
  @Field(() => ID) id: string;
  @Field() kind: string;
  @Field() title: string;
  @Field() body: string;
  @Field(() => Date, { nullable: true }) readAt: Date | null;
  @Field() createdAt: Date;
}

const NotificationConnection = Connection(NotificationModel, 'Notification');

@Resolver(() => NotificationModel)
export class NotificationResolver {
  constructor(private readonly notificationService: NotificationService) {}

  @Query(() => NotificationConnection, { description: 'Your in-app notifications, newest first' })
  notifications(
    @CurrentActor() actor: Actor,
    @Args() page: ConnectionArgs,
    @Args('unreadOnly', { nullable: true }) unreadOnly?: boolean,
  ) {
    return this.notificationService.list(actor, { ...page, unreadOnly });
  }

  @Mutation(() => Int, { description: 'Marks your notifications read; returns how many changed' })
  markNotificationsRead(@CurrentActor() actor: Actor, @Args('ids', { type: () => [ID] }) ids: string[]): Promise<number> {
    return this.notificationService.markRead(actor, ids);
  }
}
