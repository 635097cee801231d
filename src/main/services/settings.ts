import type { AgencySettings, ParsedInput } from '../../shared/api';
import { DomainError } from '../../shared/api';
import { getSetting, putSetting } from '../db/repos/settings';
import type { Deps } from '../deps';
import type { ServiceContext } from './context';

export const AGENCY_KEY = 'agency';

export function getAgency(deps: Deps): AgencySettings {
  const agency = getSetting<AgencySettings>(deps.db, AGENCY_KEY);
  if (!agency) throw new DomainError('NOT_INITIALIZED');
  return agency;
}

export function updateAgency(
  ctx: ServiceContext,
  input: ParsedInput<'settings.updateAgency'>,
): AgencySettings {
  putSetting(ctx.db, AGENCY_KEY, input);
  return input;
}
