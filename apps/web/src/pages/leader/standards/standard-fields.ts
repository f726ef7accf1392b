import { graphql } from '../../../gql';

/** What the leader's pages read of a revision and of a distribution (its figures, counted by the API). */
export const LeaderRevisionFields = graphql(`
  fragment LeaderRevisionFields on StandardRevision {
    id
    version
    effectiveOn
    changeSummary
    publishedAt
    document {
      id
      fileName
      contentType
      sizeBytes
      downloadPath
    }
  }
`);

export const LeaderDistributionFields = graphql(`
  fragment LeaderDistributionFields on StandardDistribution {
    id
    revisionId
    standardId
    chainId
    audience
    tiers
    dueOn
    createdAt
    stats {
      recipients
      pending
      acknowledged
      adopted
      deviations
      superseded
      overdue
    }
  }
`);
