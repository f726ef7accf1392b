import type { ProgramOutcomes, RankedArea } from '../outcomes/program-outcomes.service';

export type { RankedArea };


export interface ReportChain {
  id: string;
  name: string;
  /** Its suppliers among the scope's enterprises (active or suspended now). */
  suppliersInScope: number;
}

export interface ReportProblem {
  defectCode: string;
  defectName: string | null;
  suppliers: number;
  issues: number;
  /** A shared, effective 8D exists for the code. */
  sharedSolution: boolean;
}

export interface SolvedProblem {
  issueTitle: string;
  defectCode: string;
  closedAt: string;
  supplierName: string;
}

export interface ReportEnterprise {
  name: string;
  uscc: string;
  regionName: string;
  sizeClass: string | null;
  certified: boolean;
  maturityLevel: string | null;
  helped: boolean;
}

/** What a report holds: the page prints it and the spreadsheet lays it out, as it was when built. */
export interface ReportContent {
  builtAt: string;
  outcomes: ProgramOutcomes;
  /** The programme's target lot pass rate and first-pass yield, where the scope has a programme with targets. */
  target: { name: string; lotPassRate: number | null; firstPassYield: number | null } | null;
  areas: RankedArea[];
  clusters: RankedArea[];
  chains: ReportChain[];
  commonProblems: ReportProblem[];
  solved: SolvedProblem[];
  enterprises: ReportEnterprise[];
  /** Open corrective actions of the scope's enterprises with a step past its clock now. */
  overdueActions: number;
}
