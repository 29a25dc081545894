/**
 * The closed set of error codes that cross any boundary. Errors travel as data
 * ({ code, message, key, params, details }); stacks stay in the host's log.
 */
export const ERROR_CODES = {
  BAD_PARAMS: { http: 400, meaning: 'The parameters do not match the method’s schema.' },
  UNAUTHENTICATED: { http: 401, meaning: 'No valid session: log in with a PIN first.' },
  WRONG_PIN: { http: 401, meaning: 'The PIN does not match.' },
  PIN_LOCKED: { http: 423, meaning: 'Too many wrong PINs; wait before trying again.' },
  FORBIDDEN: { http: 403, meaning: 'The user’s role may not do this.' },
  NOT_FOUND: { http: 404, meaning: 'No such record.' },
  UNKNOWN_BARCODE: { http: 404, meaning: 'No product has this barcode.' },
  INVALID_QUANTITY: { http: 422, meaning: 'Quantity is zero, negative, or not allowed for this product.' },
  PRICE_ABOVE_MRP: { http: 422, meaning: 'A selling price may never exceed the printed MRP.' },
  INVALID_DISCOUNT: { http: 422, meaning: 'A discount is negative or larger than the amount.' },
  TENDER_MISMATCH: { http: 422, meaning: 'Payments do not add up to the amount payable.' },
  CUSTOMER_REQUIRED: { http: 422, meaning: 'A credit (khata) sale needs a customer.' },
  INSUFFICIENT_STOCK: { http: 409, meaning: 'Not enough stock, and the owner has chosen to block sales below zero.' },
  INVALID_INPUT: { http: 422, meaning: 'A value breaks a business rule (the message says which).' },
  DUPLICATE: { http: 409, meaning: 'Something unique already exists (barcode, number, name).' },
  ALREADY_CANCELLED: { http: 409, meaning: 'The document is already cancelled.' },
  PERIOD_CLOSED: { http: 409, meaning: 'The books are closed for that date; post in an open period (corrections are new entries).' },
  CREDIT_LIMIT: { http: 422, meaning: 'A khata (credit) sale would take the customer past the credit limit.' },
  RATE_LIMITED: { http: 429, meaning: 'Too many requests from one phone or address; wait before trying again.' },
  DB_BUSY: { http: 503, meaning: 'The database is locked by another process; nothing was written. Retry.' },
  DISK_FULL: { http: 507, meaning: 'The disk is full; nothing was saved. Free some space, then retry.' },
  INTERNAL: { http: 500, meaning: 'An unexpected fault; nothing partial was written. The host log has details.' },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Whether something thrown is a full disk, in SQLite's words (SQLITE_FULL) or the OS's (ENOSPC). */
export function isDiskFullError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null || !('code' in e) || typeof e.code !== 'string') return false;
  return e.code.startsWith('SQLITE_FULL') || e.code === 'ENOSPC';
}

export type MessageParams = Record<string, string | number>;

/** A message key of app/core/i18n and the values of its placeholders. */
export interface Wording {
  key: string;
  params?: MessageParams;
}

export interface ErrorData {
  code: ErrorCode;
  /** English, for logs and tools; screens show `key` in the user's language */
  message: string;
  /** a message key of app/core/i18n, with its placeholders in params; absent: 'error.<code>' */
  key?: string;
  /** placeholder values; words among them (a field's name) are already in the request's language */
  params?: MessageParams;
  details?: unknown;
}

/**
 * A refusal with its code, its English message and (thrown through app/core/i18n's `fail`) the
 * message key a screen translates. The contract imports no words, so the key is a plain string here.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    readonly wording?: Wording,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toData(): ErrorData {
    return {
      code: this.code,
      message: this.message,
      ...(this.wording ? { key: this.wording.key } : {}),
      ...(this.wording?.params && Object.keys(this.wording.params).length > 0 ? { params: this.wording.params } : {}),
      ...(this.details === undefined ? {} : { details: this.details }),
    };
  }
}

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(ERROR_CODES, code);
}
