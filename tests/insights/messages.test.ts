import { describe, expect, it } from 'vitest';
import { INSIGHT_MESSAGES } from '../../app/core/insights/messages/catalogue';
import { renderMessage } from '../../app/core/insights/messages/render';

describe('the insights message catalogue', () => {
  it('has every key in English and Hindi, the Hindi using only parameters the English has', () => {
    for (const [key, text] of Object.entries(INSIGHT_MESSAGES)) {
      const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(text.hi, key).toMatch(/[\u0900-\u097F]/);
      for (const p of params(text.hi)) expect(params(text.en), `${key}: {${p}}`).toContain(p);
    }
  });

  it('says today, yesterday or the date, and rupees in en-IN', () => {
    const m = { key: 'insights.alert.cashier.cancel', params: { name: 'Ramesh', count: 6, usual: 0.4, date: '2026-03-09', amountPaise: 12_345_600 } };
    expect(renderMessage(m, 'en', { today: '2026-03-09' })).toBe('Ramesh cancelled 6 bills today (₹1,23,456.00); the usual for Ramesh is 0.4 a day.');
    expect(renderMessage(m, 'en', { today: '2026-03-10' })).toContain('6 bills yesterday');
    expect(renderMessage(m, 'hi', { today: '2026-03-10' })).toBe('Ramesh ने कल 6 बिल रद्द किए (₹1,23,456.00); Ramesh के लिए आम तौर पर दिन में 0.4।');
    expect(renderMessage(m, 'hi')).toContain('09-03-2026 को');
  });

  it('shows an unknown key or a missing parameter instead of failing', () => {
    expect(renderMessage({ key: 'insights.nope', params: {} }, 'hi')).toBe('insights.nope');
    expect(renderMessage({ key: 'insights.alert.sales_drop', params: { product: 'Milk' } }, 'en')).toContain('{recent}');
  });
});
