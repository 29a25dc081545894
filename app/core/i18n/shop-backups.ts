import type { Text } from './text';

/** Settings → Backups: why a backup could not be shown, put back, made, or a folder chosen. Each names the field. */
export const SHOP_BACKUPS = {
  'shop.backup.notFound': {
    en: 'Backup: {file} is not one of this shop’s backups (it may have been removed); refresh the list',
    hi: 'बैकअप: {file} इस दुकान का बैकअप नहीं है (शायद हटा दिया गया); सूची फिर से खोलें',
  },
  'shop.backup.failedCheck': {
    en: 'Backup: {file} failed its check ({problems} problems found); choose another backup. Nothing was changed',
    hi: 'बैकअप: {file} जाँच में फ़ेल हुआ ({problems} गड़बड़ियाँ मिलीं); दूसरा बैकअप चुनें। कुछ नहीं बदला',
  },
  'shop.backup.unreadable': {
    en: 'Backup: {file} cannot be read as a shop file; choose another backup. Nothing was changed',
    hi: 'बैकअप: {file} दुकान की फ़ाइल की तरह पढ़ा नहीं जा सका; दूसरा बैकअप चुनें। कुछ नहीं बदला',
  },
  'shop.backup.failed': {
    en: 'Backup: it could not be made (is the disk full?); free some space and try again',
    hi: 'बैकअप: नहीं बन सका (क्या डिस्क भरी है?); थोड़ी जगह खाली करके फिर कोशिश करें',
  },
  'shop.backup.unavailable': {
    en: 'Backups: this copy of SmartKirana keeps no backups (open the shop on the counter PC)',
    hi: 'बैकअप: SmartKirana की यह कॉपी बैकअप नहीं रखती (काउंटर पीसी पर दुकान खोलें)',
  },
  'shop.backup.folderAtCounter': {
    en: 'Backup folder: choose it at the counter PC itself, not from a tablet or phone',
    hi: 'बैकअप फ़ोल्डर: इसे काउंटर पीसी पर ही चुनें, टैबलेट या फ़ोन से नहीं',
  },
  'shop.backup.folderMissing': {
    en: 'Backup folder: {folder} is not there (is the USB stick plugged in?)',
    hi: 'बैकअप फ़ोल्डर: {folder} मौजूद नहीं है (क्या USB स्टिक लगी है?)',
  },
  'shop.backup.notAFolder': { en: 'Backup folder: {folder} is a file, not a folder', hi: 'बैकअप फ़ोल्डर: {folder} फ़ाइल है, फ़ोल्डर नहीं' },
  'shop.backup.insideData': {
    en: 'Backup folder: {folder} is inside SmartKirana’s own data folder; choose a USB stick or a synced folder',
    hi: 'बैकअप फ़ोल्डर: {folder} SmartKirana के अपने डेटा फ़ोल्डर में है; USB स्टिक या सिंक फ़ोल्डर चुनें',
  },
  'shop.backup.notWritable': {
    en: 'Backup folder: SmartKirana cannot write into {folder}; choose another folder',
    hi: 'बैकअप फ़ोल्डर: SmartKirana {folder} में लिख नहीं सकता; दूसरा फ़ोल्डर चुनें',
  },
} as const satisfies Record<`shop.${string}`, Text>;
