import { useQuery } from '@tanstack/react-query';
import { shopQueries } from '../api/shop';
import { todayIso } from './period';

/**
 * The shop's business date (ISO): the host's clock in India time, asked again each minute, so a
 * tablet whose own clock or time zone is off shows the same day as the bills. Until the host
 * answers, this device's clock read in India time.
 */
export function useShopToday(): string {
  const status = useQuery({ ...shopQueries.status(), refetchInterval: 60_000 });
  return status.data?.today ?? todayIso();
}
