// Every migration, in order. Never edit one that has landed: add a new one.
import { Standards1795324026173 } from './1795324026173-standards';
import { Registry1795322392606 } from './1795322392606-registry';
import { Initial1795320984962 } from './1795320984962-initial';
import { LoadRegions1795322392607 } from './1795322392607-load-regions';
export const MIGRATIONS = [Initial1795320984962, Registry1795322392606, LoadRegions1795322392607, Standards1795324026173];
