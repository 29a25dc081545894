import type { ApiClient } from '../../app/core/contract';
import type { Transport } from './transports';

/** What every group of cases shares: filled in by beforeAll, so read it inside tests only. */
export interface SuiteContext {
  /** a short tag for refs that must be unique per run, e.g. "in-process" */
  tag: string;
  t: Transport;
  staff: ApiClient;
  manager: ApiClient;
  owner: ApiClient;
}
