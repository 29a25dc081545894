import { describe, expect, it } from 'vitest';
import { gstinProblem } from '../../app/core/gst/gstin';
import { sayMessage } from '../../app/core/i18n/fail';
import { identityRefusal, ownerRefusal, panOfGstin, payeeNameOf, shopHeadingOf } from '../../app/core/shop/identity';
import { isPlan, planSeries, usedNumberRefusal } from '../../app/core/shop/numbering';

// Published GSTINs: the GST portal's own example, Reliance Industries and TCS (all Maharashtra, 27).
const REAL = ['27AAPFU0939F1ZV', '27AAACR5055K1Z7', '27AAACT2727Q1ZW'];
const said = (m: ReturnType<typeof identityRefusal>) => (m ? sayMessage('en', m) : undefined);

describe('GSTIN of the shop', () => {
  it('takes real GSTINs and reads their PAN', () => {
    for (const g of REAL) expect(identityRefusal({ registration: 'regular', gstin: g, stateCode: '27' }, false)).toBeUndefined();
    expect(panOfGstin('27AAACR5055K1Z7')).toBe('AAACR5055K');
  });

  it('refuses every wrong check character, naming the field', () => {
    for (const g of REAL) {
      const body = g.slice(0, 14);
      for (const c of '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
        if (c === g[14]) continue;
        expect(gstinProblem(body + c)).toBe('checksum');
      }
    }
    expect(said(identityRefusal({ registration: 'regular', gstin: '27AAPFU0939F1ZW', stateCode: '27' }, false))).toMatch(/^GSTIN 27AAPFU0939F1ZW is not valid/);
  });

  it('refuses a GSTIN of another state than the shop’s, in English and Hindi', () => {
    const m = identityRefusal({ registration: 'composition', gstin: '27AAPFU0939F1ZV', stateCode: '23' }, false);
    expect(said(m)).toBe('GSTIN: 27AAPFU0939F1ZV starts with state code 27, but the shop’s state code is 23');
    expect(m && sayMessage('hi', m)).toMatch(/^जीएसटीआईएन: 27AAPFU0939F1ZV राज्य कोड 27/);
  });

  it('asks a registered shop for its GSTIN and an unregistered one for none', () => {
    expect(said(identityRefusal({ registration: 'regular', gstin: '' }, false))).toMatch(/^GSTIN: a registered shop/);
    expect(identityRefusal({ registration: 'unregistered', gstin: 'nonsense' }, false)).toBeUndefined();
  });
});

describe('the rest of the identity', () => {
  it('names the empty shop name, an unknown state, a VPA without @ and a missing payee', () => {
    expect(said(identityRefusal({ name: '  ' }, false))).toMatch(/^Shop name:/);
    expect(said(identityRefusal({ name: 'Gupta Kirana', stateCode: '99' }, false))).toMatch(/^State:/);
    expect(said(identityRefusal({ upiVpa: 'guptakirana.okaxis' }, false))).toMatch(/^UPI ID: guptakirana.okaxis is not a UPI ID/);
    expect(said(identityRefusal({ upiVpa: 'gupta@okaxis', upiPayee: ' ' }, false))).toMatch(/^UPI payee name:/);
    expect(identityRefusal({ upiVpa: 'gupta@okaxis', upiPayee: 'Gupta Kirana' }, false)).toBeUndefined();
    expect(said(identityRefusal({ phone: '12345' }, false))).toMatch(/^Phone:/);
  });

  it('asks for what a shop must have only when complete', () => {
    expect(identityRefusal({}, false)).toBeUndefined();
    expect(said(identityRefusal({}, true))).toMatch(/^Shop name:/);
  });

  it('takes a 6-digit PIN and refuses a run or a repeat', () => {
    expect(ownerRefusal({ name: 'Ramesh', pin: '482913' }, true)).toBeUndefined();
    expect(said(ownerRefusal({ name: 'Ramesh', pin: '123456' }, true))).toMatch(/too easy/);
    expect(said(ownerRefusal({ name: 'Ramesh', pin: '0000' }, true))).toMatch(/too easy/);
    expect(said(ownerRefusal({ name: 'Ramesh', pin: '12a4' }, true))).toMatch(/^PIN: 4 to 8 digits/);
    expect(said(ownerRefusal({ name: '', pin: '482913' }, true))).toMatch(/^Owner’s name/);
  });

  it('prints the payee name given, the legal name beside the trading name, and DEMO on the demo', () => {
    expect(payeeNameOf({ name: 'Gupta Kirana', upiPayee: '' })).toBe('Gupta Kirana');
    expect(payeeNameOf({ name: 'Gupta Kirana', upiPayee: 'R K Gupta' })).toBe('R K Gupta');
    expect(shopHeadingOf({ name: 'Gupta Kirana', legalName: 'Gupta Traders LLP', demo: false })).toBe('Gupta Kirana (Gupta Traders LLP)');
    expect(shopHeadingOf({ name: 'Sharma General Store', legalName: '', demo: true })).toBe('DEMO · Sharma General Store');
  });
});

describe('bill numbers (rule 46)', () => {
  it('continues a paper book: next 0542 → GK/2627/0542, four digits wide', () => {
    const plan = planSeries('sale', { prefix: 'gk/2627/', next: '0542' });
    expect(isPlan(plan) && plan).toEqual({ series: { prefix: 'GK/2627', width: 4 }, next: 542, firstNumber: 'GK/2627/0542' });
  });

  it('refuses 17 characters, other characters and a next number that is not digits, naming the field', () => {
    const long = planSeries('sale', { prefix: 'GUPTAKIRANA/26', next: '01' });
    expect(!isPlan(long) && sayMessage('en', long)).toBe(
      'Next bill number: GUPTAKIRANA/26/01 has 17 characters; a bill number may have at most 16 (GST rule 46)',
    );
    const sixteen = planSeries('sale', { prefix: 'GUPTAKIRANA/2', next: '01' });
    expect(isPlan(sixteen) && sixteen.firstNumber.length).toBe(16);
    const chars = planSeries('creditNote', { prefix: 'GK#CN', next: '1' });
    expect(!isPlan(chars) && sayMessage('en', chars)).toMatch(/^Credit note prefix: GK#CN may have only letters/);
    const next = planSeries('sale', { prefix: 'GK', next: '5a' });
    expect(!isPlan(next) && sayMessage('hi', next)).toMatch(/^अगला बिल नंबर: 5a/);
    expect(isPlan(planSeries('sale', { prefix: 'GK', next: '0' }))).toBe(false);
  });

  it('refuses a number the series has passed or a document holds', () => {
    const plan = planSeries('sale', { prefix: 'GK', next: '0542' });
    if (!isPlan(plan)) throw new Error('plan');
    expect(usedNumberRefusal('sale', plan, 541, false, '2026-27')).toBeUndefined();
    expect(usedNumberRefusal('sale', plan, 542, false, '2026-27')?.key).toBe('shop.saleNumberUsed');
    expect(usedNumberRefusal('sale', plan, 0, true, '2026-27')?.key).toBe('shop.saleNumberUsed');
  });
});
