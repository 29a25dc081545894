import { describe, expect, it } from 'vitest';
import { tabKeys } from './ScreenHead';
import { sectionsInOrder } from './SectionTabs';

describe('tabs and sections opened by F-keys, from one list', () => {
  it('numbers sections F1, F2, … in the order listed, under the screen’s path, keeping who may not see one', () => {
    expect(
      sectionsInOrder('/vouchers', [
        ['drawer', 'cashDrawer'],
        ['payment', 'paymentVoucher', true],
      ]),
    ).toEqual([
      { path: '/vouchers/drawer', label: 'cashDrawer', key: 'F1' },
      { path: '/vouchers/payment', label: 'paymentVoucher', key: 'F2', hidden: true },
    ]);
  });
  it('gives each tab’s F-key the tab’s own label, and opens that tab', () => {
    const opened: string[] = [];
    const keys = tabKeys(
      [
        { value: 'bills', key: 'F3', label: 'Bills' },
        { value: 'orders', key: 'F4', label: 'Orders' },
      ],
      (v) => opened.push(v),
    );
    expect(keys.map((k) => [k.key, k.label])).toEqual([
      ['F3', 'Bills'],
      ['F4', 'Orders'],
    ]);
    keys[1]?.onPress?.();
    expect(opened).toEqual(['orders']);
  });
});
