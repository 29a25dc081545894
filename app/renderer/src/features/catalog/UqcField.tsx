import { UQC_CODES, uqcOf, type Uqc } from '../../../../core/contract';
import { useT } from '../../i18n/i18n';

/** The codes a kirana's goods are filed under, offered first so a phone's picker opens on them. */
const SHOP_UQCS = ['NOS', 'PCS', 'KGS', 'LTR', 'GMS', 'MLT', 'PAC', 'BOX', 'BAG', 'BTL', 'DOZ', 'CTN'] as const satisfies readonly Uqc[];

/** The GST portal's unit code the product is filed under; left empty, the unit's own code is filed (shown beside the choice). */
export function UqcField({ initial, unit }: { initial: Uqc | null; unit: string }) {
  const { t } = useT();
  const fromUnit = uqcOf(unit);
  const option = (code: Uqc) => (
    <option key={code} value={code}>
      {code} – {t(`uqc_${code}`)}
    </option>
  );
  return (
    <label className="field">
      <span>{t('uqcField')}</span>
      <select name="uqc" defaultValue={initial ?? ''} data-testid="uqc-select">
        <option value="">
          {t('uqcFromUnit')}: {fromUnit} – {t(`uqc_${fromUnit}`)}
        </option>
        <optgroup label={t('uqcShopCodes')}>{SHOP_UQCS.map(option)}</optgroup>
        <optgroup label={t('uqcAllCodes')}>{UQC_CODES.map(option)}</optgroup>
      </select>
    </label>
  );
}
