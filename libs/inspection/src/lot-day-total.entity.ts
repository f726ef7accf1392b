import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { InspectionStage } from './inspection-lot.entity';

/**
 * The lots of one (chain, supplier, China day, stage), counted: the base
 * every pass-rate rollup is summed from. Derived data, kept from each
 * write's changes (lot_day_deltas) and rebuilt with the rollups.
 */
@Entity('lot_day_totals')
@Index('lot_day_totals_day_idx', ['day'])
export class LotDayTotal {
  @PrimaryColumn({ name: 'chain_id', type: 'uuid' })
  chainId: string;

  @PrimaryColumn({ name: 'supplier_enterprise_id', type: 'uuid' })
  supplierEnterpriseId: string;

  @PrimaryColumn({ type: 'date' })
  day: string;

  @PrimaryColumn({ type: 'enum', enum: InspectionStage, enumName: 'inspection_stage' })
  stage: InspectionStage;

  @Column({ type: 'int' })
  lots: number;

  @Column({ type: 'int' })
  accepted: number;

  @Column({ name: 'first_lots', type: 'int' })
  firstLots: number;

  @Column({ name: 'first_accepted', type: 'int' })
  firstAccepted: number;

  @Column({ type: 'bigint' })
  units: string;

  @Column({ type: 'bigint' })
  nonconforming: string;
}
