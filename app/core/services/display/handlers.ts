import { payeeNameOf, shopTitleOf } from '../../shop/identity';
import { upiPayLink } from '../../payments/upi';
import type { AreaHandlers } from '../handler';

export const displayHandlers = {
  /** The counter's open bill for the customer; the UPI QR is built here, from the shop's UPI id. */
  'display.publish': (deps, p, ctx) => {
    const shop = deps.store.shop.get();
    const upi =
      p.stage === 'payment' && p.upiAmountPaise > 0 && shop.upiVpa
        ? {
            link: upiPayLink({ vpa: shop.upiVpa, payeeName: payeeNameOf(shop), amountPaise: p.upiAmountPaise, note: `${shop.name} bill`, mcc: '5411' }),
            amountPaise: p.upiAmountPaise,
            vpa: shop.upiVpa,
          }
        : null;
    const state = {
      deviceCode: ctx.device.code,
      shopName: shopTitleOf(shop),
      stage: p.stage,
      lines: p.lines,
      itemCount: p.lines.length,
      payablePaise: p.payablePaise,
      changePaise: p.changePaise,
      upi,
      at: deps.clock.now().toISOString(),
    };
    deps.display.show(state);
    return state;
  },

  'display.current': (deps, p) => deps.display.current(p.deviceCode),
} satisfies AreaHandlers<'display'>;
