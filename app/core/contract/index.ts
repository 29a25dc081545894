// The renderer and every transport import the contract from here.
export * from './api';
export * from './vocabulary';
export * from './define';
export * from './errors';
export * from './events';
export * from './wire';
export { ProductView, NewProduct, CounterProduct, ScanInfo } from './areas/catalog/products';
export { InvoiceView, InvoiceSummary, PrintState } from './areas/billing';
export {
  ShopView,
  PrinterConfig,
  PoleDisplayConfig,
  ScannerSettings,
  CounterSettings,
  ShopNumbering,
  ShopDraft,
  OwnerDraft,
  GstRegistration,
} from './areas/shop';
export { BackupAlertView, BackupCheckView, BackupFolderView, BackupView, BACKUP_KIND_NAMES, BACKUP_PROBLEMS } from './areas/shop-backups';
export { CustomerView } from './areas/customers';
export { PrintAttemptView, PrinterCheck, PrinterStatusView, InvoicePdf, ShareLink } from './areas/printing';
export { DisplayLine, DisplayState } from './areas/display';
export { StockMoveView, StockSettings, LotView, ScaleLayout, StockLevel } from './areas/inventory';
export { StockTakeView } from './areas/inventory';
export { SupplierView } from './areas/suppliers';
export { PurchaseBillView, PurchaseLineInput } from './areas/purchasing';
export { PurchaseOrderView } from './areas/purchasing';
export { ImportPreview, ImportResult, ColumnMapping } from './areas/catalog/import';
export { FileDownload } from './schemas';
export { JournalEntryView, AccountView, BooksSettings, AuditRowView, AuditCheck, EntryDocument } from './areas/accounting/accounts';
export { VoucherView, RegisterView, VOUCHER_KINDS } from './areas/accounting/vouchers';
export { CreditNoteView, CreditNoteLineView } from './areas/accounting/credit-notes';
export { KhataCustomer, PartyLedger, LedgerRow, AgeingRow, CreditCheckView } from './areas/khata';
export {
  TrialBalanceView,
  ProfitAndLossView,
  BalanceSheetView,
  LedgerView,
  DayBookView,
  SalesRegisterView,
  PurchaseRegisterView,
} from './areas/accounting/statements';
export { REPORT_NAMES } from './areas/reports';
export { ReportModel, DrillTarget, CELL_KINDS } from './areas/report-model';
export { Gstr1PortalJson } from './areas/gstr1-portal';
export { GstRateView, Gstr1Result, Gstr3bResult, ConsolidatedView, ReturnIssue } from './areas/gst';
export { BankLineView, BookLineView, ReconciliationView } from './areas/bank';

export { UserSummary, DeviceView } from './areas/auth';
export * from './client';
export * from './bridge';
export { uuidv7 } from './ids';
export * from './sync-documents';
export {
  CUSTOM_DIMENSIONS,
  CUSTOM_FILTER_DIMENSIONS,
  CUSTOM_MEASURES,
  CUSTOM_TIME_DIMENSIONS,
  CUSTOM_LIMIT_MAX,
  type CustomDimension,
  type CustomMeasure,
  type CustomFilterDimension,
} from './areas/reports-custom';
