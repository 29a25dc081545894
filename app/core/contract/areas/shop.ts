import { z } from 'zod';
import { DATA_AREAS, method } from '../define';
import { LANGS } from '../vocabulary';
import { Id, IsoDate, StateCode } from '../schemas';
import { PoleDisplayConfig, PrinterConfig, ScannerSettings } from '../hardware';
import { UserSummary } from './auth';
import { shopBackupsApi } from './shop-backups';
import { RecoveryCodeSheet } from './users';

export { PoleDisplayConfig, PrinterConfig, ScannerSettings };

/** A series of the shop's own: its prefix and how many digits its number is padded to. */
export const SeriesSetting = z.object({ prefix: z.string(), width: z.int().min(1).max(10) });
/** The shop's own series per kind of document; a kind left out numbers by each counter's series (C1/2627/00042). */
export const ShopNumbering = z.object({ sale: SeriesSetting.optional(), creditNote: SeriesSetting.optional() });

/** The counter's settings for every device of the shop. */
export const CounterSettings = z.object({
  confirmQtyAbove: z
    .int()
    .min(1)
    .max(100000)
    .default(100)
    .describe('a line above this many pieces (or kg) is asked about once more before it goes on the bill'),
});

export const GstRegistration = z.enum(['regular', 'composition', 'unregistered']);

export const ShopView = z.object({
  id: Id,
  name: z.string(),
  legalName: z.string(),
  address: z.string(),
  phone: z.string(),
  gstin: z.string().nullable(),
  stateCode: StateCode,
  composition: z.boolean(),
  roundOff: z.boolean(),
  fyStartMonth: z.int().min(1).max(12),
  upiVpa: z.string().nullable(),
  upiPayee: z.string(),
  receiptFooter: z.string(),
  demo: z.boolean(),
  numbering: ShopNumbering,
  printer: PrinterConfig,
  poleDisplay: PoleDisplayConfig,
  scanner: ScannerSettings,
  counter: CounterSettings,
});

/**
 * A series as a person types it: the prefix and the next number ("0542" continues a paper book at
 * 542, four digits wide). Loose strings on purpose: the service names the field in words.
 */
export const SeriesDraft = z.object({ prefix: z.string().max(40), next: z.string().max(40) });

/** The shop's identity as the set-up and Settings → Shop enter it; the service checks every field. */
export const ShopDraft = z.object({
  name: z.string().max(200),
  legalName: z.string().max(200),
  address: z.string().max(400),
  stateCode: z.string().max(4),
  phone: z.string().max(40),
  registration: GstRegistration,
  gstin: z.string().max(40).nullable(),
  upiVpa: z.string().max(300).nullable(),
  upiPayee: z.string().max(200),
  saleSeries: SeriesDraft.nullable(),
  creditNoteSeries: SeriesDraft.nullable(),
});

export const OwnerDraft = z.object({ name: z.string().max(200), pin: z.string().max(20) });

const draftExample = {
  name: 'Gupta Kirana',
  legalName: 'Gupta Kirana Stores',
  address: '12 MG Road, Pune',
  stateCode: '27',
  phone: '9826011111',
  registration: 'regular',
  gstin: '27AAPFU0939F1ZV',
  upiVpa: 'guptakirana@okaxis',
  upiPayee: 'Gupta Kirana',
  saleSeries: { prefix: 'GK', next: '0542' },
  creditNoteSeries: { prefix: 'GKCN', next: '1' },
} as const;

export const shopApi = {
  'shop.get': method({
    summary: 'The shop’s profile and settings.',
    access: 'staff',
    params: z.object({}),
    result: ShopView,
    errors: [],
    example: {},
    reads: ['shop'],
  }),
  'shop.status': method({
    summary: 'Whether this shop file is set up, a demo, or new (the first-run screen asks); its name and current financial year.',
    access: 'public',
    params: z.object({}),
    result: z.object({
      state: z.enum(['new', 'demo', 'ready']),
      name: z.string().nullable(),
      fyLabel: z.string(),
      today: IsoDate.describe('the shop’s business date by the host’s clock (India time): every device shows this day, whatever its own clock says'),
      /** the GST state list the set-up offers */
      states: z.array(z.object({ code: z.string(), name: z.string() })),
    }),
    errors: [],
    example: {},
    reads: ['shop'],
  }),
  'shop.checkSetup': method({
    summary: 'Checks the set-up’s fields given so far (writes nothing): the first problem names its field; the PAN read from the GSTIN.',
    access: 'public',
    params: z.object({ shop: ShopDraft.partial(), owner: OwnerDraft.partial().optional() }),
    result: z.object({
      ok: z.literal(true),
      pan: z.string().nullable(),
      firstSaleNumber: z.string().nullable(),
      firstCreditNoteNumber: z.string().nullable(),
      /** a UPI link without an amount, for a test QR to scan with a phone */
      upiTestLink: z.string().nullable(),
    }),
    errors: ['INVALID_INPUT', 'DUPLICATE'],
    example: { shop: { gstin: '27AAPFU0939F1ZV', stateCode: '27', registration: 'regular' } },
  }),
  'shop.setup': method({
    summary:
      'First run: sets up the real shop (identity, GST, UPI, numbering, the owner and the catalogue) in one step, and makes the first recovery code to print. Refused once a shop exists.',
    access: 'public',
    params: z.object({
      shop: ShopDraft,
      owner: OwnerDraft,
      catalogue: z.enum(['empty', 'demo']),
      lang: z.enum(LANGS).default('en').describe('the language of the printed recovery sheet (no one is signed in yet)'),
    }),
    result: z.object({ owner: UserSummary, recovery: RecoveryCodeSheet }),
    errors: ['INVALID_INPUT', 'DUPLICATE'],
    example: { shop: draftExample, owner: { name: 'Ramesh Gupta', pin: '482913' }, catalogue: 'empty' },
    changes: ['shop', 'users', 'catalog', 'inventory', 'accounting'],
  }),
  'shop.startDemo': method({
    summary: 'First run: opens the demo shop (sample catalogue, customers and users), marked DEMO everywhere.',
    access: 'public',
    params: z.object({}),
    result: z.object({ ok: z.literal(true) }),
    errors: ['INVALID_INPUT'],
    example: {},
    changes: ['shop', 'users', 'catalog', 'inventory', 'accounting', 'customers', 'suppliers'],
  }),
  'shop.leaveDemo': method({
    summary: 'Leaves the demo shop for a real set-up: the demo file is put aside whole and a new, empty shop file is opened (every session ends).',
    access: 'owner',
    params: z.object({}),
    result: z.object({ ok: z.literal(true) }),
    errors: ['INVALID_INPUT'],
    example: {},
    // a new shop file replaces every area's data
    changes: DATA_AREAS,
  }),
  'shop.nextNumbers': method({
    summary: 'The shop’s own series as Settings → Shop shows them: each prefix and the number the next document takes this year.',
    access: 'owner',
    params: z.object({}),
    result: z.object({ saleSeries: SeriesDraft.nullable(), creditNoteSeries: SeriesDraft.nullable() }),
    errors: [],
    example: {},
    reads: ['shop', 'billing', 'accounting'],
  }),
  'shop.saveIdentity': method({
    summary: 'Settings → Shop: the shop’s name, address, GST registration, UPI and numbering (owner only), checked as in the set-up.',
    access: 'owner',
    params: z.object({ shop: ShopDraft }),
    result: ShopView,
    errors: ['INVALID_INPUT', 'DUPLICATE'],
    example: { shop: draftExample },
    changes: ['shop'],
  }),
  'shop.update': method({
    summary: 'Change the shop’s profile or settings (owner only). Only the fields given change.',
    access: 'owner',
    params: z.object({
      name: z.string().trim().min(1).max(80).optional(),
      address: z.string().max(200).optional(),
      phone: z.string().max(20).optional(),
      gstin: z.string().toUpperCase().nullable().optional(),
      stateCode: StateCode.optional(),
      composition: z.boolean().optional(),
      roundOff: z.boolean().optional(),
      upiVpa: z
        .string()
        .regex(/^[\w.-]+@[\w.-]+$/, 'UPI id like shop@bank')
        .nullable()
        .optional(),
      receiptFooter: z.string().max(200).optional(),
      printer: PrinterConfig.optional(),
      poleDisplay: PoleDisplayConfig.optional(),
      scanner: ScannerSettings.optional(),
      counter: CounterSettings.optional(),
    }),
    result: ShopView,
    errors: ['INVALID_INPUT'],
    example: { printer: { kind: 'tcp', host: '192.168.1.50', port: 9100, width: 48 } },
    changes: ['shop'],
  }),
  ...shopBackupsApi,
};
