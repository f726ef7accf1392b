import DataLoader from 'dataloader';
import { Organisation, OrganisationService } from '@chainq/identity';

/** Services the loaders read through; each loader batches one query per tick. */
export interface LoaderSources {
  organisations: OrganisationService;
}

export function createLoaders(sources: LoaderSources) {
  return {
    organisationById: new DataLoader<string, Organisation | undefined>((ids) => sources.organisations.findByIds(ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
