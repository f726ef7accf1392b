import { SetMetadata } from '@nestjs/common';
import { Job } from 'bullmq';
import { AnyJob, QueueName } from './jobs';

export const QUEUE_PROCESSOR = Symbol('QUEUE_PROCESSOR');

/** Marks a provider as the processor of one queue; the worker runner finds it. */
export const QueueProcessor = (queue: QueueName): ClassDecorator => SetMetadata(QUEUE_PROCESSOR, queue);

export interface JobProcessor {
  process(job: AnyJob, raw: Job): Promise<unknown>;
}
