import type { Text } from './text';

/** The insights area's words: its refusals (runs, alerts) and the notices in the owner's bell. */
export const INSIGHTS = {
  'insights.notHere': {
    en: 'Insights cannot be worked out from here; open them on the shop’s main PC',
    hi: 'जानकारी यहाँ से नहीं बन सकती; दुकान के मुख्य कंप्यूटर पर खोलें',
  },
  'insights.alertGone': {
    en: 'That alert is no longer in the latest insights; refresh and try again',
    hi: 'यह चेतावनी अब नई जानकारी में नहीं है; दोबारा खोलकर फिर कोशिश करें',
  },
  'insights.notice.lowStock': {
    en: '{count} products are at or below their reorder level: {names}.',
    hi: '{count} सामान दोबारा मँगाने के स्तर पर या उससे नीचे हैं: {names}।',
  },
  'insights.notice.expiring': { en: '{count} lots expire within 30 days: {names}.', hi: '{count} लॉट 30 दिन में एक्सपायर होंगे: {names}।' },
  'insights.notice.dues': {
    en: '{count} customers owe {amount} for more than 60 days: {names}.',
    hi: '{count} ग्राहकों पर 60 दिन से ज़्यादा का {amount} बाक़ी है: {names}।',
  },
  'insights.notice.backup': { en: 'The shop’s backups need attention: the newest is from {when}.', hi: 'दुकान के बैकअप पर ध्यान दें: सबसे नया {when} का है।' },
  'insights.notice.backupNone': { en: 'The shop has no backup yet.', hi: 'दुकान का अभी कोई बैकअप नहीं है।' },
  'insights.notice.diskFull': {
    en: 'The disk is full: free some space; the last backup was not saved.',
    hi: 'डिस्क भर गई है: कुछ जगह खाली करें; पिछला बैकअप सेव नहीं हुआ।',
  },
  'insights.notice.runout': {
    en: '{name} runs out in ~{days} days; order by {weekday}.',
    hi: '{name} ~{days} दिन में ख़त्म हो जाएगा; {weekday} तक ऑर्डर करें।',
  },
  'insights.notice.runoutToday': { en: '{name} runs out in ~{days} days; order today.', hi: '{name} ~{days} दिन में ख़त्म हो जाएगा; आज ही ऑर्डर करें।' },
  'insights.notice.webOrder': {
    en: 'New web order {number} from {name}: {items} item(s), {amount}, {how}.',
    hi: 'नया वेब ऑर्डर {number} — {name}: {items} सामान, {amount}, {how}।',
  },
  'insights.notice.pickup': { en: 'pickup', hi: 'दुकान से लेंगे' },
  'insights.notice.delivery': { en: 'delivery {slot}', hi: 'डिलीवरी {slot}' },
} as const satisfies Record<`insights.${string}`, Text>;
