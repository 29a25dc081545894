import type { ApiClient } from '../../app/core/contract';

/** Posts `count` one-line cash bills (Tata Salt, ₹28) and answers their numbers. */
export async function postBills(staff: ApiClient, count: number, prefix: string): Promise<string[]> {
  const numbers: string[] = [];
  for (let i = 1; i <= count; i++) {
    const bill = await staff.call('billing.postInvoice', {
      clientRef: `${prefix}-${String(i).padStart(5, '0')}`,
      lines: [{ productId: 'prod-demo-004', qtyMilli: 1000 }],
      tenders: [{ method: 'cash', amountPaise: 2800 }],
    });
    numbers.push(bill.number);
  }
  return numbers;
}

/** The file's permission bits, as 0o600. */
export const modeOf = (stat: { mode: number }) => stat.mode & 0o777;
