import { splitPath, usePath } from '../../app/router';
import type { ScreenProps } from '../../app/screen';
import { currentSection, SectionedScreen, sectionsInOrder } from '../../ui/SectionTabs';
import { Gstr1 } from './Gstr1';
import { Gstr3b } from './Gstr3b';
import { HsnCodes } from './HsnCodes';
import { HsnRates } from './HsnRates';
import { Cmp08, ConsolidatedInvoices } from './SmallBills';

const TABS = sectionsInOrder('/gst', [
  ['gstr1', 'gstr1'],
  ['gstr3b', 'gstr3b'],
  ['rates', 'hsnRates'],
  ['daily', 'consolidatedInvoice'],
  ['cmp08', 'cmp08'],
  ['hsn', 'hsnCodes'],
]);

/** GST returns and rates for the owner and manager (rate changes are the owner's). */
export function GstScreen({ session }: ScreenProps) {
  const { page } = splitPath(usePath());
  const current = currentSection(TABS, page, '/gst/gstr1');
  return (
    <SectionedScreen tabs={TABS} current={current}>
      {current === '/gst/gstr1' && <Gstr1 />}
      {current === '/gst/gstr3b' && <Gstr3b />}
      {current === '/gst/rates' && <HsnRates isOwner={session.user.role === 'owner'} />}
      {current === '/gst/daily' && <ConsolidatedInvoices />}
      {current === '/gst/cmp08' && <Cmp08 />}
      {current === '/gst/hsn' && <HsnCodes isOwner={session.user.role === 'owner'} />}
    </SectionedScreen>
  );
}
