import type { ComponentProps } from 'react';
import { DataTable } from '../../ui/DataTable';

/** The forecast screens' lists: a grid in the box that caps their height and scrolls. */
export function ForecastTable(props: Omit<ComponentProps<typeof DataTable>, 'kind' | 'scroll'>) {
  return <DataTable kind="grid" scroll="fc-scroll" {...props} />;
}
