import type { z } from 'zod';
import type { PartyType } from '../../accounting/chart';
import type { KhataCustomer } from '../../contract/index';

/** The repositories this area owns in the Store (db/repos/khata). */
export interface KhataStore {
  parties: PartiesRepo;
  payLinks: PayLinksRepo;
}

/** A reminder's pay page link: only the key's hash is kept. */
export interface PayLink {
  tokenHash: string;
  customerId: string;
  amountPaise: number;
  lang: 'en' | 'hi';
  createdAt: string;
  expiresAt: string;
}

export interface PayLinksRepo {
  add(link: PayLink): void;
  get(tokenHash: string): PayLink | undefined;
}

export interface PartyInfo {
  type: PartyType;
  id: string;
  name: string;
  phone: string;
  gstin: string | null;
  stateCode: string | null;
}

export interface PartiesRepo {
  customer(id: string): PartyInfo | undefined;
  /** a supplier from the suppliers master */
  supplier(id: string): PartyInfo | undefined;
  names(type: PartyType, ids: readonly string[]): Map<string, PartyInfo>;
  khataCustomers(q: string, dueOnly: boolean, limit: number): Array<z.output<typeof KhataCustomer>>;
  setCreditLimit(customerId: string, limitPaise: number): void;
}
