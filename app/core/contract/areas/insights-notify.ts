import { z } from 'zod';
import { method } from '../define';

/** What the owner's bell lists. */
export const NOTIFICATION_KINDS = ['low_stock', 'expiring', 'khata_dues', 'anomaly', 'backup', 'forecast_runout', 'web_order'] as const;

export const NotificationView = z.object({
  /** the same while the thing stays the same, so a screen knows what it has already shown */
  id: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  severity: z.enum(['watch', 'act']),
  text: z.string(),
  /** the screen that deals with it */
  path: z.string(),
});

export const insightsNotifyApi = {
  'insights.notifications': method({
    summary:
      'What needs the owner now: low stock, lots near expiry, old khata dues, anomaly alerts not dismissed, backup problems, new web orders and forecast run-outs; each with its screen.',
    access: 'manager',
    params: z.object({}),
    result: z.object({ notifications: z.array(NotificationView) }),
    errors: [],
    example: {},
    reads: ['insights', 'inventory', 'accounting', 'catalog', 'orders', 'forecasting'],
  }),
};
