import type { Text } from './text';

/** The insights area's refusals: runs, alerts. */
export const INSIGHTS = {
  'insights.notHere': {
    en: 'Insights cannot be worked out from here; open them on the shop’s main PC',
    hi: 'जानकारी यहाँ से नहीं बन सकती; दुकान के मुख्य कंप्यूटर पर खोलें',
  },
  'insights.alertGone': {
    en: 'That alert is no longer in the latest insights; refresh and try again',
    hi: 'यह चेतावनी अब नई जानकारी में नहीं है; दोबारा खोलकर फिर कोशिश करें',
  },
} as const satisfies Record<`insights.${string}`, Text>;
