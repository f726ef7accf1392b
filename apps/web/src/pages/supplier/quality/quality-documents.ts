import { graphql } from '../../../gql';

/** The chains this supplier is in, and the chain leader's pass-rate target to draw on the chart. */
export const QualityChainsDocument = graphql(`
  query QualityChains {
    myMemberships {
      id
      status
      chainId
      chain {
        id
        name
      }
    }
  }
`);

export const QualityPassRatesDocument = graphql(`
  query QualityPassRates($scope: RollupScopeInput!, $period: RollupPeriod!, $from: String!, $to: String!, $stage: PassRateStage!, $chainId: ID!) {
    passRateSeries(scope: $scope, period: $period, from: $from, to: $to, stage: $stage) {
      periodStart
      lotsInspected
      lotsAccepted
      firstLots
      firstAccepted
      unitsInspected
      unitsNonconforming
      lotPassRate
      firstPassYield
      ppm
    }
    passRatePolicy(chainId: $chainId) {
      chainId
      minLotPassRate
      stage
    }
  }
`);

export const QualityLotsDocument = graphql(`
  query QualityLots($filter: LotFilterInput, $first: Int, $after: String) {
    inspectionLots(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          partNumber
          lotNumber
          lotSize
          stage
          inspectedAt
          submission
          aql
          unitsSampled
          nonconformingUnits
          decision
        }
      }
    }
  }
`);

export const QualityRecordLotsDocument = graphql(`
  mutation QualityRecordLots($input: RecordInspectionLotsInput!) {
    recordInspectionLots(input: $input) {
      inserted
      duplicates
      errors {
        index
        field
        message
      }
    }
  }
`);

export const QualityImportDocument = graphql(`
  query QualityImport($id: ID!) {
    inspectionImport(id: $id) {
      id
      fileName
      status
      rowsRead
      rowsInserted
      rowsDuplicate
      rowsInvalid
      error
      errorReportUrl
      errors(first: 10) {
        row
        field
        message
      }
    }
  }
`);
