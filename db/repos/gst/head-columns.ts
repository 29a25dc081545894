import type { Heads } from '../../../app/core/gst/heads';

/** The tax heads and the value a GST document's row stores, taken from the document's totals. */
export function headColumns({ taxablePaise, cgstPaise, sgstPaise, igstPaise, cessPaise, valuePaise }: Heads & { valuePaise: number }) {
  return { taxablePaise, cgstPaise, sgstPaise, igstPaise, cessPaise, valuePaise };
}
