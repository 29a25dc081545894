import type { z } from 'zod';
import type { PurchaseBillView, PurchaseOrderView } from '../../contract/index';
import type { PricedPurchaseLine, PurchaseTotals } from '../../purchasing/types';

/** The repositories this area owns in the Store (db/repos/purchasing). */
export interface PurchasingStore {
  purchasing: PurchasingRepo;
}

export type PurchaseBill = z.output<typeof PurchaseBillView>;

export type PurchaseOrder = z.output<typeof PurchaseOrderView>;

export interface NewPurchaseDoc {
  id: string;
  kind: 'bill' | 'return';
  number: string;
  supplierId: string;
  date: string;
  supplierDate: string | null;
  againstId: string | null;
  poId: string | null;
  supply: 'intra' | 'inter';
  lines: Array<
    Pick<PricedPurchaseLine, 'taxable' | 'cgst' | 'sgst' | 'igst' | 'cess' | 'total'> & {
      productId: string;
      batchId: string;
      qtyMilli: number;
      freeMilli: number;
      unitCostPaise: number;
      discountPaise: number;
      gstRateBp: number;
      cessRateBp: number;
    }
  >;
  totals: PurchaseTotals;
  reason: string;
  createdBy: string;
  createdAt: string;
}

export interface PurchasingRepo {
  insert(doc: NewPurchaseDoc): void;
  view(id: string): PurchaseBill | undefined;
  bySupplierNumber(supplierId: string, number: string): string | undefined;
  list(filter: {
    supplierId?: string | undefined;
    from?: string | undefined;
    to?: string | undefined;
    limit: number;
  }): Array<{ id: string; kind: 'bill' | 'return'; number: string; supplierName: string; date: string; totalPaise: number; lines: number }>;
  /** qty already returned from each lot of a bill */
  returnedFromBill(billId: string): Map<string, number>;
  insertOrder(po: {
    id: string;
    number: string;
    supplierId: string;
    date: string;
    notes: string;
    createdBy: string;
    createdAt: string;
    lines: Array<{ productId: string; qtyMilli: number; unitCostPaise: number }>;
  }): void;
  order(id: string): PurchaseOrder | undefined;
  orders(status: PurchaseOrder['status'] | undefined): Array<Omit<PurchaseOrder, 'lines'> & { lines: number }>;
  receiveOnOrder(poId: string, received: ReadonlyArray<{ productId: string; qtyMilli: number }>): void;
  setOrderStatus(poId: string, status: PurchaseOrder['status']): void;
}
