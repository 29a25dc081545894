import { GST_STATES } from '../gst/states';
import type { Lang } from './text';

/**
 * Every GST state and union territory in Hindi, by its code. The English names stay the official
 * ones in GST_STATES (the portal, Tally and the printed invoice's place of supply use them); a
 * screen or a report read in Hindi names the state with these.
 */
export const STATE_NAMES_HI: Readonly<Record<string, string>> = {
  '01': 'जम्मू और कश्मीर',
  '02': 'हिमाचल प्रदेश',
  '03': 'पंजाब',
  '04': 'चंडीगढ़',
  '05': 'उत्तराखंड',
  '06': 'हरियाणा',
  '07': 'दिल्ली',
  '08': 'राजस्थान',
  '09': 'उत्तर प्रदेश',
  '10': 'बिहार',
  '11': 'सिक्किम',
  '12': 'अरुणाचल प्रदेश',
  '13': 'नागालैंड',
  '14': 'मणिपुर',
  '15': 'मिज़ोरम',
  '16': 'त्रिपुरा',
  '17': 'मेघालय',
  '18': 'असम',
  '19': 'पश्चिम बंगाल',
  '20': 'झारखंड',
  '21': 'ओडिशा',
  '22': 'छत्तीसगढ़',
  '23': 'मध्य प्रदेश',
  '24': 'गुजरात',
  '26': 'दादरा और नगर हवेली और दमन और दीव',
  '27': 'महाराष्ट्र',
  '29': 'कर्नाटक',
  '30': 'गोवा',
  '31': 'लक्षद्वीप',
  '32': 'केरल',
  '33': 'तमिलनाडु',
  '34': 'पुडुचेरी',
  '35': 'अंडमान और निकोबार द्वीपसमूह',
  '36': 'तेलंगाना',
  '37': 'आंध्र प्रदेश',
  '38': 'लद्दाख',
  '97': 'अन्य क्षेत्र',
};

/** A state's name in the reader's language; an unknown code is shown as it is. */
export function stateNameIn(code: string, lang: Lang): string {
  const names = lang === 'hi' ? STATE_NAMES_HI : GST_STATES;
  return (Object.hasOwn(names, code) ? names[code] : undefined) ?? code;
}

/** The states a form offers, in code order, each named in the reader's language. */
export function statesIn(lang: Lang): Array<{ code: string; name: string }> {
  return Object.keys(GST_STATES).map((code) => ({ code, name: stateNameIn(code, lang) }));
}
