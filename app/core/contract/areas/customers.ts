import { z } from 'zod';
import { method } from '../define';
import { AmountPaise, Id, StateCode } from '../schemas';

export const CustomerView = z.object({
  id: Id,
  name: z.string(),
  phone: z.string(),
  gstin: z.string().nullable(),
  stateCode: z.string().nullable(),
  address: z.string(),
  creditLimitPaise: z.int(),
});

export const customersApi = {
  'customers.search': method({
    summary: 'Customers by name or phone.',
    access: 'staff',
    params: z.object({ q: z.string().max(60), limit: z.int().min(1).max(50).default(10) }),
    result: z.array(CustomerView),
    errors: [],
    example: { q: 'sharma' },
    reads: ['customers'],
  }),
  'customers.add': method({
    summary: 'Add a customer (for khata or a B2B bill with GSTIN).',
    access: 'staff',
    params: z.object({
      name: z.string().trim().min(1).max(80),
      phone: z
        .string()
        .trim()
        .regex(/^$|^[6-9]\d{9}$/, '10-digit Indian mobile number')
        .default(''),
      gstin: z.string().trim().toUpperCase().nullable().default(null).describe('a registered buyer’s GSTIN; its first two digits set the state'),
      stateCode: StateCode.nullable().default(null),
      address: z.string().max(200).default(''),
      creditLimitPaise: AmountPaise.default(0),
    }),
    result: CustomerView,
    errors: ['INVALID_INPUT', 'DUPLICATE'],
    example: { name: 'Anita Joshi', phone: '9893012345', creditLimitPaise: 300000 },
    changes: ['customers'],
  }),
};
