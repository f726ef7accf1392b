import { graphql } from '../../../gql';

/** An enterprise's registry record as a coordinator of its region or cluster reads it: who it is, its certificates and its maturity self-assessments. */
export const RegionEnterpriseDocument = graphql(`
  query RegionEnterprise($id: ID!) {
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
      sizeClassDeclared
      employees
      revenue10kCny
      createdAt
      ...EnterpriseRecordFields
    }
  }
`);

/** Its pass rates per month over every chain it supplies together (aggregates only: no lot, no chain named). */
export const RegionEnterprisePassRatesDocument = graphql(`
  query RegionEnterprisePassRates($id: ID!, $from: String!, $to: String!) {
    enterprisePassRates(enterpriseId: $id, from: $from, to: $to) {
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
  }
`);
