import { useQuery } from '@tanstack/react-query';
import type { CatalogLinks } from '../../../../core/contract/areas/orders-api';
import { ordersQueries } from '../../api/orders';

/** The screens' own address when it is the host's web address (a browser on the Wi-Fi), else nothing. */
const servedLan = () => (/^https?:$/.test(location.protocol) ? `${location.origin}/shop/` : null);

export interface CatalogLink {
  links: CatalogLinks | undefined;
  /** the link to share: the relay's once published, else the shop's Wi-Fi address */
  shared: string | null;
  lan: string | null;
  kind: 'relay' | 'lan';
}

/** Where customers open the catalog; asked again every 2 s while the relay's link is still being published. */
export function useCatalogLink(): CatalogLink {
  const query = useQuery({
    ...ordersQueries.links(),
    refetchInterval: (q) => (q.state.data?.relay && (!q.state.data.relay.url || !q.state.data.relay.reachable) ? 2000 : false),
  });
  const links = query.data;
  const lan = links?.lan ?? servedLan();
  const relay = links?.relay?.url ?? null;
  return { links, lan, shared: relay ?? lan, kind: relay ? 'relay' : 'lan' };
}
