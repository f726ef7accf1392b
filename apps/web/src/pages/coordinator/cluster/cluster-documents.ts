import { graphql } from '../../../gql';

/** The cluster the page is about: NOT_FOUND outside the coordinator's clusters and regions, and then nothing else is asked. */
export const ClusterHeadingDocument = graphql(`
  query CoordinatorCluster($id: ID!) {
    industryCluster(id: $id) {
      id
      name
      regionCode
      regionName
      industryCode
      product
      memberCount
    }
  }
`);

/** The cluster's headline figures and its monthly trend (one request serves both sections). */
export const ClusterOverviewDocument = graphql(`
  query CoordinatorClusterOverview($clusterId: ID!, $from: Date!, $to: Date!) {
    clusterOverview(clusterId: $clusterId, from: $from, to: $to) {
      ...OverviewFigures
    }
  }
`);

export const ClusterOutcomesDocument = graphql(`
  query CoordinatorClusterOutcomes($scope: OutcomeScopeInput!, $year: Int!) {
    programOutcomes(scope: $scope, year: $year) {
      lotPassRateChange
      firstPassYieldChange
      current {
        year
        enterprisesHelped
        problemsSolved
        certificatesGained
        maturityRose
        lotsInspected
        lotPassRate
        firstPassYield
      }
      previous {
        year
      }
    }
  }
`);

export const ClusterMembersDocument = graphql(`
  query CoordinatorClusterMembers($clusterId: ID!, $from: Date!, $to: Date!) {
    clusterMembers(clusterId: $clusterId, from: $from, to: $to) {
      enterpriseId
      name
      uscc
      regionName
      sizeClass
      certified
      certificationSchemes
      maturityLevel
      lotsInspected
      lotsAccepted
      lotPassRate
      openIssues
    }
  }
`);

export const ClusterBuyerChainsDocument = graphql(`
  query CoordinatorClusterBuyerChains($clusterId: ID!) {
    clusterBuyerChains(clusterId: $clusterId) {
      chainId
      chainName
      leaderName
      suppliers
      onboarding
      drawsOnCluster
    }
  }
`);

export const ClusterStandardAdoptionDocument = graphql(`
  query CoordinatorClusterStandards($clusterId: ID!) {
    clusterStandardAdoption(clusterId: $clusterId) {
      distributionId
      standardNumber
      standardTitle
      revisionVersion
      ownerName
      chainName
      clusterId
      dueOn
      members {
        recipients
        pending
        acknowledged
        adopted
        deviations
        superseded
        overdue
      }
    }
  }
`);
