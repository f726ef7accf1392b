import { graphql } from '../../gql';

export const ReportsDocument = graphql(`
  query ProgramReports {
    programReports {
      id
      scopeKind
      scopeName
      year
      requesterName
      createdAt
      finishedAt
      status
      progress
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
      id
      scopeKind
      scopeName
      year
      requesterName
      createdAt
      finishedAt
      status
      progress
      content
    }
  }
`);
