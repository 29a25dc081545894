import { z } from 'zod';

/**
 * GSTR-1 as the GSTN offline tool reads it (returns_<fp>_R1_<gstin>.json): every section key
 * present even when empty, amounts as rupee numbers with two decimals, rates in percent, dates
 * DD-MM-YYYY. Only for the download; the screen reads the typed rows in paise beside it.
 */
const Rupees = z.number();
const PortalDate = z.string().regex(/^\d{2}-\d{2}-\d{4}$/, 'date as DD-MM-YYYY');
const Pos = z.string().regex(/^\d{2}$/, 'two-digit state code');

const ItemDetail = z.object({
  txval: Rupees,
  rt: z.number(),
  iamt: Rupees.optional(),
  camt: Rupees.optional(),
  samt: Rupees.optional(),
  csamt: Rupees,
});
const Item = z.object({ num: z.int(), itm_det: ItemDetail });

const B2bInvoice = z.object({
  inum: z.string(),
  idt: PortalDate,
  val: Rupees,
  pos: Pos,
  rchrg: z.string(),
  inv_typ: z.string(),
  itms: z.array(Item),
});
const B2clInvoice = B2bInvoice.omit({ pos: true, rchrg: true, inv_typ: true });
const Note = z.object({
  ntty: z.string(),
  nt_num: z.string(),
  nt_dt: PortalDate,
  val: Rupees,
  pos: Pos,
  rchrg: z.string(),
  inv_typ: z.string(),
  itms: z.array(Item),
});

export const Gstr1HsnJsonRow = z.object({
  num: z.int(),
  hsn_sc: z.string(),
  desc: z.string(),
  uqc: z.string(),
  qty: z.number(),
  rt: z.number(),
  txval: Rupees,
  iamt: Rupees,
  camt: Rupees,
  samt: Rupees,
  csamt: Rupees,
});

export const Gstr1PortalJson = z.object({
  gstin: z.string(),
  fp: z.string(),
  version: z.string(),
  hash: z.string(),
  b2b: z.array(z.object({ ctin: z.string(), inv: z.array(B2bInvoice) })),
  b2cl: z.array(z.object({ pos: Pos, inv: z.array(B2clInvoice) })),
  b2cs: z.array(
    z.object({
      sply_ty: z.enum(['INTRA', 'INTER']),
      pos: Pos,
      typ: z.string(),
      // a B2CS row is one rate's tax detail, as an invoice item's is
      ...ItemDetail.shape,
    }),
  ),
  cdnr: z.array(z.object({ ctin: z.string(), nt: z.array(Note) })),
  cdnur: z.array(Note.omit({ rchrg: true, inv_typ: true }).extend({ typ: z.string() })),
  nil: z.object({
    inv: z.array(z.object({ sply_ty: z.enum(['INTRB2B', 'INTRAB2B', 'INTRB2C', 'INTRAB2C']), expt_amt: Rupees, nil_amt: Rupees, ngsup_amt: Rupees })),
  }),
  hsn: z.object({ hsn_b2b: z.array(Gstr1HsnJsonRow), hsn_b2c: z.array(Gstr1HsnJsonRow) }),
  doc_issue: z.object({
    doc_det: z.array(
      z.object({
        doc_num: z.int(),
        doc_typ: z.string(),
        docs: z.array(z.object({ num: z.int(), from: z.string(), to: z.string(), totnum: z.int(), cancel: z.int(), net_issue: z.int() })),
      }),
    ),
  }),
});
