import { graphql } from '../../../gql';

export const ReportScopesDocument = graphql(`
  query CoordinatorReportScopes {
    myCoordinatorAssignment {
      userId
      regions {
        code
        name
      }
    }
    industryClusters(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    pilotPrograms {
      id
      name
      year
    }
  }
`);

export const ReportsDocument = graphql(`
  query CoordinatorReports {
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
  mutation CoordinatorRequestReport($scope: OutcomeScopeInput!, $year: Int!) {
    requestProgramReport(scope: $scope, year: $year) {
      id
      status
      progress
    }
  }
`);

export const ReportDocument = graphql(`
  query CoordinatorReport($id: ID!) {
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
