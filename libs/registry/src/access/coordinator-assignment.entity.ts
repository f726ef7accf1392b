import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '@chainq/identity';

/** What a coordinator watches: region code prefixes and/or clusters. */
@Entity('coordinator_assignments')
export class CoordinatorAssignment {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  /** GB/T 2260 codes; each covers its descendants. */
  @Column({ name: 'region_codes', type: 'char', length: 6, array: true, default: () => "'{}'" })
  regionCodes: string[];

  @Column({ name: 'cluster_ids', type: 'uuid', array: true, default: () => "'{}'" })
  clusterIds: string[];
}
