import { z } from 'zod';
import { method, readById } from '../define';
import { patchOf } from '../patch';
import { Id, StateCode } from '../schemas';

export const SupplierView = z.object({
  id: Id,
  name: z.string(),
  gstin: z.string().nullable(),
  stateCode: StateCode,
  paymentTermsDays: z.int(),
  phone: z.string(),
  address: z.string(),
  active: z.boolean(),
});

const SupplierFields = z.object({
  name: z.string().trim().min(1).max(100),
  gstin: z.string().trim().toUpperCase().nullable().default(null),
  stateCode: StateCode.optional().describe('taken from the GSTIN when there is one'),
  paymentTermsDays: z.int().min(0).max(365).default(0),
  phone: z.union([z.literal(''), z.string().regex(/^[6-9]\d{9}$/, '10-digit Indian mobile number')]).default(''),
  address: z.string().trim().max(200).default(''),
});

export const suppliersApi = {
  'suppliers.list': method({
    summary: 'Suppliers (distributors), by name; optionally only those matching a name or phone.',
    access: 'staff',
    params: z.object({ q: z.string().max(60).default('') }),
    result: z.array(SupplierView),
    errors: [],
    example: { q: '' },
    reads: ['suppliers'],
  }),
  'suppliers.get': readById({
    summary: 'One supplier by id; its id is the party on the Sundry creditors account.',
    access: 'staff',
    result: SupplierView,
    exampleId: 'supp-demo-001',
    reads: ['suppliers'],
  }),
  'suppliers.add': method({
    summary: 'Add a supplier (manager or owner), with GSTIN, state and payment terms.',
    access: 'manager',
    params: SupplierFields,
    result: SupplierView,
    errors: ['DUPLICATE', 'INVALID_INPUT'],
    example: { name: 'Malwa Agencies', gstin: null, stateCode: '23', paymentTermsDays: 15, phone: '9826012345', address: 'Chhoti Gwaltoli, Indore' },
    changes: ['suppliers'],
  }),
  'suppliers.update': method({
    summary: 'Change a supplier (manager or owner); only the fields given change.',
    access: 'manager',
    params: patchOf(SupplierFields).extend({ id: Id, active: z.boolean().optional() }),
    result: SupplierView,
    errors: ['NOT_FOUND', 'DUPLICATE', 'INVALID_INPUT'],
    example: { id: 'supp-demo-001', paymentTermsDays: 21 },
    changes: ['suppliers'],
  }),
};
