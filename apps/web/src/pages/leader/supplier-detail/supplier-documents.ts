import { graphql } from '../../../gql';

/** Who the supplier is and where it stands in the chain; no membership means it is no supplier of this chain. */
export const LeaderSupplierDocument = graphql(`
  query LeaderSupplier($chainId: ID!, $id: ID!) {
    industryChain(id: $chainId) {
      id
      name
      memberships(supplierEnterpriseId: $id, first: 1) {
        edges {
          node {
            id
            status
            tier
            categories
          }
        }
      }
    }
    enterprise(id: $id) {
      id
      name
      uscc
      industryCode
      regionCode
      regionName
      region {
        code
        name
      }
      sizeClass
    }
  }
`);

export const LeaderSupplierScorecardDocument = graphql(`
  query LeaderSupplierScorecard($chainId: ID!, $from: Date!, $to: Date!) {
    supplierScorecards(chainId: $chainId, from: $from, to: $to) {
      supplierEnterpriseId
      grade
      score
      lotsInspected
      lotsAccepted
      lotPassRate
      firstLots
      firstAccepted
      firstPassYield
      unitsInspected
      unitsNonconforming
      unitPassRate
      ppm
      components {
        name
        value
        included
        weightUsed
        points
      }
      correctiveActions {
        supplierEnterpriseId
        opened
        closed
        closedOnTime
        overdueNow
        meanHoursToContainment
        meanDaysToClosure
        effectivenessRate
      }
    }
  }
`);

export const LeaderSupplierActionsDocument = graphql(`
  query LeaderSupplierActions($filter: ActionFilterInput!, $first: Int, $after: String) {
    correctiveActions(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          requestedAt
          closedAt
          issue {
            id
            title
            defectCode
            severity
          }
          steps {
            id
            step
            status
            dueAt
            submittedAt
          }
        }
      }
    }
  }
`);

export const LeaderSupplierActionMetricsDocument = graphql(`
  query LeaderSupplierActionMetrics($chainId: ID!, $from: DateTime!, $to: DateTime!) {
    correctiveActionMetrics(chainId: $chainId, from: $from, to: $to) {
      supplierEnterpriseId
      opened
      closed
      closedOnTime
      overdueNow
      meanHoursToContainment
      meanDaysToClosure
    }
  }
`);

/** The supplier's registry record the chain sees while it is a member: certificates and maturity self-assessments. */
export const LeaderSupplierRecordDocument = graphql(`
  query LeaderSupplierRecord($id: ID!) {
    enterprise(id: $id) {
      id
      ...EnterpriseRecordFields
    }
  }
`);

export const LeaderSupplierAcknowledgementsDocument = graphql(`
  query LeaderSupplierAcknowledgements($chainId: ID!) {
    standardDistributions(chainId: $chainId) {
      id
      standard {
        id
        number
        title
      }
      revision {
        id
        version
      }
      acknowledgements {
        id
        recipientEnterpriseId
        status
        dueOn
        overdue
        updatedAt
      }
    }
  }
`);
