import { UQC_CODES, uqcOf, type Uqc } from '../../../../core/contract';
import { useT } from '../../i18n/i18n';

/** The GST portal's unit code the product is filed under; left empty, the unit's own code is filed (shown beside the choice). */
export function UqcField({ initial, unit }: { initial: Uqc | null; unit: string }) {
  const { t } = useT();
  const fromUnit = uqcOf(unit);
  return (
    <label className="field">
      <span>{t('uqcField')}</span>
      <select name="uqc" defaultValue={initial ?? ''} data-testid="uqc-select">
        <option value="">
          {t('uqcFromUnit')}: {fromUnit} – {t(`uqc_${fromUnit}`)}
        </option>
        {UQC_CODES.map((code) => (
          <option key={code} value={code}>
            {code} – {t(`uqc_${code}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
