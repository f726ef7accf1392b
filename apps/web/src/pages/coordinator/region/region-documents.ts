import { graphql } from '../../../gql';

/** Who the coordinator watches, and the clusters it may see (linked from the regions they lie in). */
export const RegionAssignmentDocument = graphql(`
  query RegionAssignment {
    myCoordinatorAssignment {
      userId
      regionCodes
      clusterIds
    }
    industryClusters(first: 100) {
      edges {
        node {
          id
          name
          product
          regionCode
          regionName
          memberCount
        }
      }
    }
  }
`);

/** A GB/T 2260 division's name (regions are public reference data). */
export const RegionNameDocument = graphql(`
  query RegionName($code: String!) {
    regions(code: $code) {
      code
      name
      level
    }
  }
`);

/** A region at a glance over the last twelve months, and the programme's outcome figures of this year beside last year's. */
export const RegionConsoleDocument = graphql(`
  query RegionConsole($regionCode: String!, $from: Date!, $to: Date!, $year: Int!) {
    regionOverview(regionCode: $regionCode, from: $from, to: $to) {
      scopeKind
      name
      from
      to
      ...OverviewFigures
    }
    programOutcomes(scope: { kind: REGION, id: $regionCode }, year: $year) {
      name
      lotPassRateChange
      firstPassYieldChange
      unitPassRateChange
      current {
        ...RegionOutcomeYear
      }
      previous {
        ...RegionOutcomeYear
      }
    }
  }

  fragment RegionOutcomeYear on ProgramOutcomeYear {
    year
    enterprisesCovered
    enterprisesHelped
    problemsSolved
    certificatesGained
    maturityRose
    lotsInspected
    lotPassRate
    firstPassYield
    unitPassRate
  }
`);

/** The sub-divisions of a region side by side over the same months. */
export const SubRegionsDocument = graphql(`
  query SubRegions($regionCode: String!, $from: Date!, $to: Date!) {
    subRegionFigures(regionCode: $regionCode, from: $from, to: $to) {
      code
      name
      level
      enterprises
      certifiedEnterprises
      certifiedShare
      lotsInspected
      lotPassRate
      firstLots
      firstPassYield
    }
  }
`);

/** A page of the enterprises registered in a region and its sub-divisions. */
export const RegionEnterprisesDocument = graphql(`
  query RegionEnterprises($filter: EnterpriseFilterInput!, $first: Int, $after: String) {
    enterprises(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          regionCode
          regionName
          sizeClass
          certifications {
            id
            status
            expiresOn
          }
          maturity {
            id
            level
          }
        }
      }
    }
  }
`);
