import { randomInt } from 'node:crypto';

/** Sends a one-time code to a phone (SMS or WhatsApp). The console provider is for development and tests. */
export interface OtpProvider {
  send(phone: string, code: string, lang: 'en' | 'hi'): Promise<void>;
}

export const newOtpCode = () => String(randomInt(0, 1_000_000)).padStart(6, '0');

/** Prints the code on the host's console (and hands it to `onCode`, which tests read it from). */
export function consoleOtpProvider(onCode: (phone: string, code: string) => void = () => {}): OtpProvider {
  return {
    send: async (phone, code) => {
      console.log(`[web shop] OTP for ${phone.slice(0, 2)}…${phone.slice(-2)}: ${code}`);
      onCode(phone, code);
    },
  };
}
