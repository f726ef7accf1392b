import { ReportPrint } from '../../reports/report-print';

/** A coordinator's annual report, printable. */
export function ReportPrintPage() {
  return <ReportPrint workspace="coordinator" back="/region/reports" />;
}
