import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { badParams, fieldErrors } from '../../app/core/i18n/field-errors';
import { translate } from '../../app/core/i18n';

/** A made-up method whose fields carry the contract's names, so their labels are the real ones. */
const Params = z.object({
  qtyMilli: z.int().positive(),
  gstRateBp: z.int().min(0).max(10000),
  amountPaise: z.int().min(100),
  gstin: z.string().length(15),
  phone: z.string().regex(/^[6-9]\d{9}$/),
  barcode: z.string().regex(/^x+$/),
  unit: z.enum(['pcs', 'kg']),
  reason: z.string().trim().min(3).max(10),
  lines: z.array(z.object({ productId: z.string().min(1) })).min(1),
  printer: z.strictObject({ host: z.string() }),
  active: z.boolean(),
  copies: z.int().multipleOf(2),
});

const VALID = {
  qtyMilli: 1000,
  gstRateBp: 1800,
  amountPaise: 100,
  gstin: '23AAPFU0939F1ZV',
  phone: '9893012345',
  barcode: 'xx',
  unit: 'pcs',
  reason: 'broken',
  lines: [{ productId: 'p' }],
  printer: { host: 'x' },
  active: true,
  copies: 2,
};

/** [zod's issue kind, a change to valid params, English, Hindi] */
const KINDS: Array<[string, Record<string, unknown>, string, string]> = [
  ['too small, exclusive', { qtyMilli: 0 }, 'Quantity must be more than 0', 'मात्रा 0 से ज़्यादा रखें'],
  ['too small, in rupees', { amountPaise: 50 }, 'Amount must be at least ₹1.00', 'रकम कम से कम ₹1.00 रखें'],
  ['too big, in percent', { gstRateBp: 20000 }, 'GST rate must be at most 100%', 'जीएसटी दर ज़्यादा से ज़्यादा 100% रखें'],
  ['exact length', { gstin: '23AAPFU' }, 'GSTIN must be 15 characters', 'जीएसटीआईएन में पूरे 15 अक्षर लिखें'],
  ['text too long', { reason: 'far too long a reason' }, 'Reason can have at most 10 characters', 'कारण में ज़्यादा से ज़्यादा 10 अक्षर लिखें'],
  ['a known format', { phone: '12345' }, 'Phone number must be a 10-digit mobile number', 'फ़ोन नंबर: 10 अंकों का मोबाइल नंबर लिखें'],
  ['an unknown format', { barcode: 'yy' }, 'Barcode is not in the right form', 'बारकोड सही रूप में नहीं है'],
  ['not one of an enum', { unit: 'tonne' }, 'Unit is not one of the choices', 'इकाई के लिए यह विकल्प मान्य नहीं है'],
  ['missing', { qtyMilli: undefined }, 'Quantity is missing', 'मात्रा भरें'],
  ['a string for a number', { qtyMilli: '5' }, 'Quantity must be a number', 'मात्रा में संख्या लिखें'],
  ['a fraction for a whole number', { qtyMilli: 1.5 }, 'Quantity must be a whole number', 'मात्रा में पूरी संख्या लिखें'],
  ['a number for yes or no', { active: 1 }, 'Active must be yes or no', 'चालू में हाँ या नहीं चुनें'],
  ['an empty list', { lines: [] }, 'Lines: add at least one', 'पंक्तियाँ: कम से कम एक जोड़ें'],
  ['inside a list', { lines: [{ productId: '' }] }, 'Product (line 1) must not be empty', 'सामान (पंक्ति 1) खाली न छोड़ें'],
  [
    'unrecognized keys',
    { printer: { host: 'x', colour: 'red' } },
    'Printer: “colour” is not accepted; nothing was saved',
    'प्रिंटर: “colour” स्वीकार नहीं है; कुछ सेव नहीं हुआ',
  ],
  ['not a multiple', { copies: 3 }, 'Copies must be a multiple of 2', 'प्रतियाँ 2 के गुणज में रखें'],
];

describe('BAD_PARAMS in words', () => {
  it.each(KINDS)('%s', (_kind, change, english, hindi) => {
    const input = { ...VALID, ...change };
    const parsed = Params.safeParse(input);
    expect(parsed.success).toBe(false);
    const issues = parsed.error?.issues ?? [];
    expect(fieldErrors('test.method', issues, input, 'en')[0]?.message).toBe(english);
    expect(fieldErrors('test.method', issues, input, 'hi')[0]?.message).toBe(hindi);
  });

  it('words the whole params, and a list of problems, with the first field’s path for the screen', () => {
    const notAnObject = Params.safeParse('atta');
    expect(badParams('test.method', notAnObject.error?.issues ?? [], 'atta', 'hi').toData()).toMatchObject({
      code: 'BAD_PARAMS',
      message: 'The details sent are not in the right form',
      key: 'params.rootNotObject',
      details: { field: '' },
    });
    const strict = z.strictObject({ q: z.string() });
    const extra = strict.safeParse({ q: 'a', colour: 'red' });
    expect(badParams('test.method', extra.error?.issues ?? [], {}, 'en').message).toBe('“colour” is not accepted here; nothing was saved');
    // A misspelling of a known field is pointed at that field, in words.
    const misspelt = strict.safeParse({ q: 'a', discountPiase: 5 });
    expect(badParams('test.method', misspelt.error?.issues ?? [], {}, 'hi').toData()).toMatchObject({
      message: '“discountPiase” is not accepted here: did you mean Discount? Nothing was saved',
      key: 'params.unknownSuggest',
      details: { field: 'discountPiase', fields: [{ field: 'discountPiase', message: '“discountPiase” यहाँ स्वीकार नहीं है: क्या आपका मतलब छूट था? कुछ सेव नहीं हुआ' }] },
    });

    const input = { ...VALID, qtyMilli: 0, phone: '1', unit: 'x', reason: 'no' };
    const error = badParams('test.method', Params.safeParse(input).error?.issues ?? [], input, 'hi').toData();
    // English names up to three fields; the key and params are the first field's, its label in Hindi.
    expect(error.message).toBe('Quantity must be more than 0; Phone number must be a 10-digit mobile number; Unit is not one of the choices');
    expect(error).toMatchObject({ key: 'params.moreThan', params: { field: 'मात्रा', min: '0' }, details: { field: 'qtyMilli' } });
    expect(translate(error.key ?? '', 'hi', error.params)).toBe('मात्रा 0 से ज़्यादा रखें');
    expect((error.details as { fields: unknown[] }).fields).toHaveLength(4);
  });
});
