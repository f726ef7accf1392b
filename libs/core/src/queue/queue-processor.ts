import { SetMetadata } from '@nestjs/common';
import { Job } from 'bullmq';
import { AnyJob, QueueName } from './jobs';

export const QUEUE_PROCESSOR = Symbol('QUEUE_PROCESSOR');

/** Marks a provider as the processor of one queue; the worker runner finds it. */
export const QueueProcessor = (queue: QueueName): ClassDecorator => SetMetadata(QUEUE_PROCESSOR, queue);

export interface JobProcessor {
  process(job: AnyJob, raw: Job): Promise<unknown>;
}

/** The queue will not retry this job if it fails now: its attempts are spent. */
export const isLastAttempt = (job: Pick<Job, 'attemptsMade' | 'opts'>): boolean => job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
