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
  'sync.cloudSecretNeeded': {
    en: 'Registration secret: type the secret the relay operator gave the shop',
    hi: 'रजिस्ट्रेशन सीक्रेट: रिले चलाने वाले से मिला सीक्रेट लिखें',
  },
  'sync.cloudUnreachable': {
    en: 'Cloud relay address: the relay at {url} did not answer; check the address and the internet',
    hi: 'क्लाउड रिले का पता: {url} पर रिले ने जवाब नहीं दिया; पता और इंटरनेट जाँचें',
  },
  'sync.cloudSecretWrong': {
    en: 'Registration secret: the relay did not accept this secret',
    hi: 'रजिस्ट्रेशन सीक्रेट: रिले ने यह सीक्रेट नहीं माना',
  },
  'sync.cloudKeyTaken': {
    en: 'Cloud relay address: this relay already knows the shop by another key; ask its operator to reset the shop',
    hi: 'क्लाउड रिले का पता: यह रिले दुकान को किसी और चाबी से जानता है; रिले चलाने वाले से दुकान रीसेट करवाएँ',
  },
  'sync.noRelay': {
    en: 'Sync is not running on this counter yet: set up the shop first',
    hi: 'इस काउंटर पर सिंक अभी चालू नहीं है: पहले दुकान सेट करें',
  },
} as const satisfies Record<`sync.${string}`, Text>;
