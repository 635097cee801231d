import type { AgencySettings } from '../../shared/api';
import { DomainError } from '../../shared/api';
import { getSetting, putSetting } from '../db/repos/settings';
import type { Deps } from '../deps';

export const AGENCY_KEY = 'agency';

export function getAgency(deps: Deps): AgencySettings {
  const agency = getSetting<AgencySettings>(deps.db, AGENCY_KEY);
  if (!agency) throw new DomainError('NOT_INITIALIZED');
  return agency;
}

export function updateAgency(deps: Deps, agency: AgencySettings): AgencySettings {
  putSetting(deps.db, AGENCY_KEY, agency);
  return agency;
}
