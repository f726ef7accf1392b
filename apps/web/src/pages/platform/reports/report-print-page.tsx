import { ReportPrint } from '../../reports/report-print';

/** A platform admin's annual report (the whole country's among them), printable. */
export function PlatformReportPrintPage() {
  return <ReportPrint workspace="admin" back="/platform/reports" />;
}
