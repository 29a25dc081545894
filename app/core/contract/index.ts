// The renderer and every transport import the contract from here.
export * from './api';
export * from './define';
export * from './errors';
export * from './events';
export * from './wire';
export { ProductView, NewProduct } from './areas/catalog';
export { InvoiceView, InvoiceSummary, PrintState } from './areas/billing';
export { ShopView, PrinterConfig } from './areas/shop';
export { CustomerView } from './areas/customers';
export { JournalEntryView } from './areas/accounting';
export { StockMoveView } from './areas/inventory';
export { UserSummary, DeviceView } from './areas/auth';
export type { TenderMethod } from '../billing/tenders';
export type { Role } from '../users/roles';
export { atLeast } from '../users/roles';
export * from './client';
export * from './bridge';
