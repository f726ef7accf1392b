import { graphql } from '../../../gql';

/** What every page showing an enterprise's record reads: its certificates and its maturity self-assessments (the certificate list and maturity components draw them). */
export const EnterpriseRecordFields = graphql(`
  fragment EnterpriseRecordFields on Enterprise {
    certifications {
      id
      scheme
      schemeName
      number
      certificationBody
      issuedOn
      expiresOn
      surveillanceDueOn
      status
    }
    maturityHistory {
      id
      level
      score
      submittedAt
    }
  }
`);
