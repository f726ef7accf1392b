// Every migration, in order. Never edit one that has landed: add a new one.
import { Initial1795320984962 } from './1795320984962-initial';
export const MIGRATIONS = [Initial1795320984962];
