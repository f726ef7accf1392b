import { graphql } from '../../../gql';

export const PilotsDocument = graphql(`
  query CoordinatorPilots {
    pilotPrograms {
      id
      name
      batch
      year
      baselineLotPassRate
      targetLotPassRate
      baselineFirstPassYield
      targetFirstPassYield
      clusterIds
      regions {
        code
        name
      }
    }
  }
`);

export const PilotStandingDocument = graphql(`
  query CoordinatorPilotStanding($pilotId: ID!, $year: Int!) {
    pilotStanding(pilotId: $pilotId, year: $year) {
      pilotId
      partial
      outcomes {
        name
        lotPassRateChange
        firstPassYieldChange
        current {
          ...PilotYear
        }
        previous {
          ...PilotYear
        }
      }
      regions {
        ...PilotArea
      }
      clusters {
        ...PilotArea
      }
    }
  }
  fragment PilotYear on ProgramOutcomeYear {
    year
    enterprisesCovered
    enterprisesHelped
    problemsSolved
    certificatesGained
    maturityRose
    lotsInspected
    lotPassRate
    firstPassYield
  }
  fragment PilotArea on RankedOutcomeArea {
    kind
    id
    name
    belowTarget
    current {
      lotPassRate
      firstPassYield
      lotsInspected
    }
    previous {
      lotPassRate
      firstPassYield
    }
  }
`);
