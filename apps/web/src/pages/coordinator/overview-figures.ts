import { graphql } from '../../gql';

/** What the coordinator's pages read of a region's or a cluster's overview: the same figures, counted the same way. */
export const OverviewFigures = graphql(`
  fragment OverviewFigures on QualityOverview {
    scopeKey
    enterprises
    sizeClasses {
      sizeClass
      enterprises
    }
    sizeUnknown
    certifiedEnterprises
    certifiedShare
    certificationSchemes {
      scheme
      enterprises
    }
    maturityLevels {
      level
      enterprises
    }
    notAssessed
    trend {
      month
      lotsInspected
      lotsAccepted
      firstLots
      firstAccepted
      lotPassRate
      firstPassYield
    }
    pilot {
      programId
      name
      baselineLotPassRate
      targetLotPassRate
      baselineFirstPassYield
      targetFirstPassYield
    }
    issues {
      opened
      closed
      openNow
      overdueNow
    }
    commonProblems {
      defectCode
      defectName
      suppliers
      issues
      sharedSolution
    }
  }
`);
