import { useQuery } from '@tanstack/react-query';
import { insightsQueries } from '../../api/insights';
import { useT } from '../../i18n/i18n';
import { Loading } from '../../ui/Loading';

const pct = (bp: number) => `${(bp / 100).toFixed(1)}%`;

/** "Often bought together": each rule beside its baseline, how often the second item is in a bill anyway. */
export function BasketsPanel() {
  const { t } = useT();
  const query = useQuery(insightsQueries.baskets());
  const d = query.data;
  return (
    <Loading query={query}>
      {() =>
        d && (
          <section className="dash-panel" data-testid="insights-baskets">
            <h2>{t('insBaskets')}</h2>
            <p className="muted">{t('insBasketsHelp')}</p>
            {d.rules.length === 0 ? (
              <p className="muted">{t('insNoRules')}</p>
            ) : (
              <div className="table-scroll">
                <table className="grid">
                  <thead>
                    <tr>
                      <th>{t('insWhenBought')}</th>
                      <th>{t('insAlsoBought')}</th>
                      <th className="num">{t('insChance')}</th>
                      <th className="num">{t('insUsually')}</th>
                      <th className="num">{t('insLift')}</th>
                      <th className="num">{t('billsCount')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.rules.map((r) => (
                      <tr key={`${r.items.join('+')}>${r.then}`}>
                        <td>{r.items.join(' + ')}</td>
                        <td>{r.then}</td>
                        <td className="num">{pct(r.confidenceBp)}</td>
                        <td className="num">{pct(r.baselineBp)}</td>
                        <td className="num">{`${(r.liftPct / 100).toFixed(1)}×`}</td>
                        <td className="num">{r.bills}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        )
      }
    </Loading>
  );
}
