import { methodMutation } from './method';

export const useReprintMutation = methodMutation('printing.reprint');
export const usePrintCreditNoteMutation = methodMutation('printing.creditNote');
export const useTestPrintMutation = methodMutation('printing.testPrint');
export const usePrinterStatusMutation = methodMutation('printing.status');
export const useShareLinkMutation = methodMutation('printing.shareLink');
export const useInvoicePdfMutation = methodMutation('printing.invoicePdf');
