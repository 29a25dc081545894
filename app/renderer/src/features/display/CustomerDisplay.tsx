import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { z } from 'zod';
import type { DisplayState } from '../../../../core/contract';
import { formatInr, formatQty } from '../../../../core/format';
import { onHostEvent } from '../../api/events';
import { displayQueries } from '../../api/display';
import { useT } from '../../i18n/i18n';
import { STRINGS } from '../../i18n/words';
import { QrCode } from '../../ui/QrCode';

type State = z.output<typeof DisplayState>;

/** Which counter this display follows: #/display?counter=C1, or whichever counter spoke last. */
function followed(): string | undefined {
  return new URLSearchParams(location.hash.split('?')[1] ?? '').get('counter') ?? undefined;
}

/**
 * The customer-facing screen (a second window on the counter PC, or a tablet turned to the
 * customer): the open bill's lines and total, the UPI QR at payment, the change at the end.
 */
export function CustomerDisplay() {
  const { t } = useT();
  const counter = followed();
  const first = useQuery(displayQueries.current(counter));
  const [live, setLive] = useState<State | null>(null);
  useEffect(
    () =>
      onHostEvent((e) => {
        if (e.event === 'display.update' && (!counter || e.payload.deviceCode === counter)) setLive(e.payload);
      }),
    [counter],
  );
  const state = live ?? first.data ?? null;
  const shown = state?.lines.slice(-8) ?? [];

  return (
    <main className="customer-display" data-testid="customer-display" data-stage={state?.stage ?? 'idle'}>
      <header>
        <h1>{state?.shopName ?? t('appName')}</h1>
      </header>
      {/* the customer may read either language, whatever the cashier's: the welcome in both, English first */}
      {!state || state.stage === 'idle' ? (
        <p className="display-welcome">
          {STRINGS.welcome.en} / {STRINGS.welcome.hi}
        </p>
      ) : (
        <div className="display-body">
          <section className="display-lines">
            <table>
              <tbody>
                {shown.map((l, i) => (
                  <tr key={i} data-testid="display-line">
                    <td>
                      <div className="item-name">{l.name}</div>
                      {l.nameHi && <div className="item-alt">{l.nameHi}</div>}
                    </td>
                    <td className="num">{formatQty(l.qtyMilli, l.unit)}</td>
                    <td className="num amount">{formatInr(l.amountPaise)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {state.lines.length > shown.length && <p className="hint">+ {state.lines.length - shown.length} …</p>}
          </section>
          <aside className="display-pay">
            <div className="display-total" data-testid="display-total">
              <span>
                {t(state.stage === 'done' ? 'paid' : 'youPay')} {state.itemCount > 0 && `(${state.itemCount} ${t('items')})`}
              </span>
              <strong>{formatInr(state.payablePaise)}</strong>
            </div>
            {state.stage === 'payment' && state.upi && (
              <div className="display-upi">
                <QrCode data={state.upi.link} label={t('scanToPay')} className="display-qr" testId="display-qr" />
                <p>
                  {t('scanToPay')}: <strong>{formatInr(state.upi.amountPaise)}</strong>
                  <br />
                  <small>{state.upi.vpa}</small>
                </p>
              </div>
            )}
            {state.stage === 'done' && (
              <div className="display-done">
                {state.changePaise > 0 && (
                  <p>
                    {t('change')}: <strong data-testid="display-change">{formatInr(state.changePaise)}</strong>
                  </p>
                )}
                <p>{t('thankYou')}</p>
              </div>
            )}
          </aside>
        </div>
      )}
    </main>
  );
}
