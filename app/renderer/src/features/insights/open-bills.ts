import { navigate } from '../../app/router';

/** Every figure drills to the bills behind it: the sales register on that period. */
export const openBills = (from: string, to: string) => navigate(`/accounting/sales-register?from=${from}&to=${to}`);
