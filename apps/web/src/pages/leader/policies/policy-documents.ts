import { graphql } from '../../../gql';

/** The policy as the page shows it, read and written back whole so the cache keeps one copy. */
export const LeaderPolicyFields = graphql(`
  fragment LeaderPolicyFields on PassRatePolicy {
    chainId
    stage
    windowDays
    minLots
    minLotPassRate
    maxPpm
    fallbackDefectCode
    scorecardWeights {
      lotPassRate
      firstPassYield
      ppm
      correctiveActions
      ppmAtZeroScore
    }
    gradeBands {
      A
      B
      C
    }
    updatedAt
  }
`);

export const LeaderPassRatePolicyDocument = graphql(`
  query LeaderPassRatePolicy($chainId: ID!) {
    passRatePolicy(chainId: $chainId) {
      ...LeaderPolicyFields
    }
  }
`);

/** Fields left out of the input keep their value, so each section sends only its own. */
export const LeaderSetPassRatePolicyDocument = graphql(`
  mutation LeaderSetPassRatePolicy($input: PassRatePolicyInput!) {
    setPassRatePolicy(input: $input) {
      ...LeaderPolicyFields
    }
  }
`);
