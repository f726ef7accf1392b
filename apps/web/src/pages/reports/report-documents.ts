import { graphql } from '../../gql';

/** What the list and the print page both show of a report. */
export const ProgramReportHeaderFragment = graphql(`
  fragment ProgramReportHeader on ProgramReportModel {
    id
    scopeKind
    scopeName
    year
    requesterName
    createdAt
    finishedAt
    status
    progress
  }
`);

export const ReportsDocument = graphql(`
  query ProgramReports {
    programReports {
      ...ProgramReportHeader
      error
      files {
        kind
        url
      }
    }
  }
`);

export const RequestReportDocument = graphql(`
  mutation RequestProgramReport($scope: OutcomeScopeInput!, $year: Int!) {
    requestProgramReport(scope: $scope, year: $year) {
      id
      status
      progress
    }
  }
`);

export const ReportDocument = graphql(`
  query ProgramReportPrint($id: ID!) {
    programReport(id: $id) {
      ...ProgramReportHeader
      content
    }
  }
`);
