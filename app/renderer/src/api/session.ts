import { createApiClient, type DeviceView, type Lang, type UserSummary } from '../../../core/contract';
import type { z } from 'zod';
import { transport } from './transport';

/** The logged-in user's token lives for this tab (a reload keeps it; closing the tab logs out). */
export interface Session {
  token: string;
  user: z.output<typeof UserSummary>;
  device: z.output<typeof DeviceView>;
}

const KEY = 'sk.session';

export function loadSession(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

export function saveSession(s: Session | null) {
  if (s) sessionStorage.setItem(KEY, JSON.stringify(s));
  else sessionStorage.removeItem(KEY);
  api.setToken(s?.token);
}

/** A stable id per device (counter PC, tablet): it decides the device's bill series. */
export function deviceId(): string {
  let id = localStorage.getItem('sk.deviceId');
  if (!id) {
    id = crypto.randomUUID();
    localStorage.setItem('sk.deviceId', id);
  }
  return id;
}

/** The language the screens show (the i18n provider keeps it in localStorage), read at each call so a switch applies at once. */
export function currentLang(): Lang {
  try {
    return localStorage.getItem('sk.lang') === 'hi' ? 'hi' : 'en';
  } catch {
    return 'en';
  }
}

export const api = createApiClient((r) => transport.send(r), loadSession()?.token, { lang: currentLang, device: deviceId });
