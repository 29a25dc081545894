import { formatDate, formatInr, formatQty } from '../../../../core/format';
import { useSync, type SyncSnapshot } from '../../api/sync';
import { useT } from '../../i18n/i18n';
import { asOf } from './age';
import { ExpenseForm } from './ExpenseForm';
import { QueueList } from './QueueList';
import { ReceiptForm } from './ReceiptForm';
import { SyncBanner } from './SyncBanner';
import { onCounterPc } from '../../ui/counter-pc';

const DAY_MS = 86_400_000;
/** The shop's date (India) for an instant, YYYY-MM-DD, as the counter keys its days. */
const shopDate = (ms: number) => new Date(ms + 330 * 60_000).toISOString().slice(0, 10);

function Figures({ snapshot }: { snapshot: SyncSnapshot }) {
  const { t } = useT();
  const now = Date.now();
  const today = snapshot.staff.days.get(shopDate(now));
  const lastWeek = snapshot.staff.days.get(shopDate(now - 7 * DAY_MS));
  if (!today) return <p className="muted">{t('phoneNoFigures')}</p>;
  const split: Array<[string, number]> = [
    [t('syncCash'), today.byTender.cash],
    [t('syncUpi'), today.byTender.upi],
    [t('syncCard'), today.byTender.card],
    [t('phoneKhataSales'), today.byTender.credit],
  ];
  return (
    <>
      <p className="muted">{asOf(t, 'phoneFiguresAsOf', today.at)}</p>
      <div className="phone-tiles">
        <div className="phone-tile" data-testid="sales-today">
          <span>{t('phoneSales')}</span>
          <strong>{formatInr(today.salesPaise)}</strong>
          <small>
            {t('phoneBills', { n: today.bills })} · {lastWeek ? t('phoneVsLastWeek', { amount: formatInr(lastWeek.salesPaise) }) : t('phoneNoLastWeek')}
          </small>
        </div>
        <div className="phone-tile" data-testid="cash-in-drawer">
          <span>{t('phoneCashInDrawer')}</span>
          <strong>{formatInr(today.cashInDrawerPaise)}</strong>
        </div>
        <div className="phone-tile">
          <span>{t('phoneCollections')}</span>
          <strong>{formatInr(today.collectedPaise)}</strong>
        </div>
      </div>
      <h2>{t('phoneSplit')}</h2>
      <dl className="phone-split" data-testid="tender-split">
        {split.map(([label, paise]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{formatInr(paise)}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

function Lists({ snapshot }: { snapshot: SyncSnapshot }) {
  const { t, lang } = useT();
  const products = snapshot.catalog.products;
  const name = (id: string) => {
    const p = products.get(id);
    return p ? (lang === 'hi' && p.nameHi ? p.nameHi : p.name) : id;
  };
  const low = [...snapshot.staff.stock.entries()].filter(([, s]) => s.lowAtMilli !== null && s.onHandMilli <= s.lowAtMilli).slice(0, 20);
  const soon = shopDate(Date.now() + 30 * DAY_MS);
  const expiring = [...snapshot.staff.expiring.values()].filter((l) => l.expiresOn <= soon).sort((a, b) => a.expiresOn.localeCompare(b.expiresOn));
  const dues = [...snapshot.staff.dues.values()].filter((d) => d.balancePaise > 0).sort((a, b) => b.balancePaise - a.balancePaise);
  const totalDue = dues.reduce((s, d) => s + d.balancePaise, 0);
  return (
    <>
      <h2>{t('phoneLowStock')}</h2>
      {low.length === 0 ? (
        <p className="muted">{t('phoneNoLowStock')}</p>
      ) : (
        <ul className="phone-list" data-testid="low-stock">
          {low.map(([id, s]) => (
            <li key={id}>
              {name(id)} <span>{t('phoneLeft', { qty: formatQty(s.onHandMilli, products.get(id)?.unit ?? 'pcs') })}</span>
            </li>
          ))}
        </ul>
      )}
      <h2>{t('phoneExpiring')}</h2>
      {expiring.length === 0 ? (
        <p className="muted">{t('phoneNoExpiring')}</p>
      ) : (
        <ul className="phone-list">
          {expiring.slice(0, 20).map((l) => (
            <li key={`${l.productId}-${l.batchNo}`}>
              {name(l.productId)} · {l.batchNo} <span>{formatDate(l.expiresOn)}</span>
            </li>
          ))}
        </ul>
      )}
      <h2>
        {t('phoneDues')} <small>{t('phoneTotalDue', { amount: formatInr(totalDue) })}</small>
      </h2>
      {dues.length === 0 ? (
        <p className="muted">{t('phoneNoDues')}</p>
      ) : (
        <ul className="phone-list" data-testid="dues">
          {dues.slice(0, 20).map((d) => (
            <li key={`${d.name}-${d.phone}`}>
              {d.name} <span>{formatInr(d.balancePaise)}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The owner's phone: the day at a glance from the staff document, and payments or expenses recorded offline. */
export function PhoneScreen() {
  const { t } = useT();
  const sync = useSync();
  return (
    <div className="phone-screen">
      <h1>{t('phoneTitle')}</h1>
      {/* without a copy the banner would say the same sentence as the body: said once */}
      {sync.enabled && <SyncBanner snapshot={sync} title={false} />}
      {!sync.enabled ? (
        <p className="muted" data-testid="no-copy">
          {/* on the counter PC the shop's file is right here: the figures are on the dashboard, not in a copy */}
          {t(onCounterPc() ? 'shopTodayOnCounter' : 'syncNoCopy')}
        </p>
      ) : (
        <>
          <Figures snapshot={sync} />
          <ReceiptForm snapshot={sync} />
          <ExpenseForm />
          <Lists snapshot={sync} />
          <QueueList snapshot={sync} limit={30} />
        </>
      )}
    </div>
  );
}

/** The device's queue on its own (the tablet, after it caught up), and khata payments taken offline. */
export function DeviceQueueScreen() {
  const { t } = useT();
  const sync = useSync();
  return (
    <div className="phone-screen">
      {/* the counter PC keeps no copy and queues nothing: its bills post at once, so "Offline" would be wrong */}
      {sync.enabled || !onCounterPc() ? (
        <>
          <SyncBanner snapshot={sync} title={false} />
          <QueueList snapshot={sync} limit={200} />
        </>
      ) : (
        <p className="muted" data-testid="queue-on-counter">
          {t('syncQueueOnCounter')}
        </p>
      )}
    </div>
  );
}

/** Khata on the tablet when the counter is out of reach: take a payment into the queue. */
export function OfflineKhata() {
  const sync = useSync();
  return (
    <div className="phone-screen">
      <SyncBanner snapshot={sync} />
      <ReceiptForm snapshot={sync} />
      <QueueList snapshot={sync} />
    </div>
  );
}
