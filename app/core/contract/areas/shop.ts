import { z } from 'zod';
import { method } from '../define';
import { Id, StateCode } from '../schemas';
import { PoleDisplayConfig, PrinterConfig, ScannerSettings } from '../hardware';

export { PoleDisplayConfig, PrinterConfig, ScannerSettings };

export const ShopView = z.object({
  id: Id,
  name: z.string(),
  address: z.string(),
  phone: z.string(),
  gstin: z.string().nullable(),
  stateCode: StateCode,
  composition: z.boolean(),
  roundOff: z.boolean(),
  fyStartMonth: z.int().min(1).max(12),
  upiVpa: z.string().nullable(),
  receiptFooter: z.string(),
  printer: PrinterConfig,
  poleDisplay: PoleDisplayConfig,
  scanner: ScannerSettings,
});

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
    }),
    result: ShopView,
    errors: ['INVALID_INPUT'],
    example: { printer: { kind: 'tcp', host: '192.168.1.50', port: 9100, width: 48 } },
    changes: ['shop'],
  }),
};
