import type { Text } from './text';

/** Why the counter did not apply a command a tablet or phone queued offline; the device shows these words. */
export const SYNC = {
  'sync.commandUnreadable': {
    en: 'This entry from the device could not be read; make it again on the device',
    hi: 'डिवाइस की यह एंट्री पढ़ी नहीं जा सकी; डिवाइस पर इसे फिर से बनाएँ',
  },
  'sync.deviceRemoved': {
    en: 'This device was removed from the shop before the counter received this entry; nothing was saved',
    hi: 'काउंटर को यह एंट्री मिलने से पहले यह डिवाइस दुकान से हटा दिया गया था; कुछ सेव नहीं हुआ',
  },
  'sync.userUnknown': {
    en: 'The person who made this entry is no longer a user of the shop; nothing was saved',
    hi: 'यह एंट्री बनाने वाला अब दुकान का यूज़र नहीं है; कुछ सेव नहीं हुआ',
  },
} as const satisfies Record<`sync.${string}`, Text>;
