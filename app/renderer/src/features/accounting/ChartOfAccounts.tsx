import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ACCOUNT_GROUP_CODES, type AccountGroup, type ParamsIn } from '../../../../core/contract';
import { accountingQueries, useAddAccountMutation, useUpdateAccountMutation } from '../../api/accounting';
import { navigate } from '../../app/router';
import { useT } from '../../i18n/i18n';
import { GROUP_KEYS, useAccountName } from '../../i18n/names';
import { drCr } from '../../ui/Amount';
import { PromptDialog } from '../../ui/Dialog';
import { Loading } from '../../ui/Loading';
import { thisFy } from '../../ui/period';
import { ReportPage } from '../../ui/ReportPage';
import { useToast } from '../../ui/Toasts';

/** After a change, whatever reads the ledger is fetched again (the push does it too, a moment later). */
export function useRefetchLedger() {
  const client = useQueryClient();
  return () => client.invalidateQueries();
}

function AddAccount() {
  const { t } = useT();
  const toast = useToast();
  const refetch = useRefetchLedger();
  const [name, setName] = useState('');
  const [group, setGroup] = useState<AccountGroup>('indirect_expenses');
  const add = useAddAccountMutation();
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate(
          { name, group },
          {
            onSuccess: (a) => {
              toast('ok', `${t('saved')}: ${a.name}`);
              setName('');
              void refetch();
            },
          },
        );
      }}
    >
      <label className="field">
        <span>{t('newAccountName')}</span>
        <input value={name} onChange={(e) => setName(e.target.value)} placeholder="HDFC Current A/c" autoComplete="off" />
      </label>
      <label className="field">
        <span>{t('group')}</span>
        <select value={group} onChange={(e) => setGroup(e.target.value as AccountGroup)}>
          {ACCOUNT_GROUP_CODES.map((g) => (
            <option key={g} value={g}>
              {t(GROUP_KEYS[g])}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="primary" disabled={name.trim().length < 2 || add.isPending}>
        {t('addAccount')}
      </button>
    </form>
  );
}

/** The chart of accounts by group, with balances; the owner adds, renames and retires his own accounts. */
export function ChartOfAccounts({ isOwner }: { isOwner: boolean }) {
  const { t } = useT();
  const accountName = useAccountName();
  const refetch = useRefetchLedger();
  const [showInactive, setShowInactive] = useState(false);
  const [renaming, setRenaming] = useState<{ code: string; name: string } | null>(null);
  const accounts = useQuery(accountingQueries.accounts({ includeInactive: showInactive }));
  const update = useUpdateAccountMutation();
  const change = (p: ParamsIn<'accounting.updateAccount'>) => update.mutate(p, { onSuccess: () => void refetch() });
  const fy = thisFy();
  return (
    <ReportPage testId="chart-of-accounts" title={t('chartOfAccounts')} sub={t('chartHelp')}>
      {isOwner && <AddAccount />}
      <label className="check">
        <input type="checkbox" checked={showInactive} onChange={(e) => setShowInactive(e.target.checked)} />
        <span>{t('showRetired')}</span>
      </label>
      <Loading query={accounts}>
        {() => (
          <div className="table-scroll">
            <table className="report">
              {ACCOUNT_GROUP_CODES.map((g) => {
                const rows = (accounts.data ?? []).filter((a) => a.group === g);
                if (rows.length === 0) return null;
                return (
                  <tbody key={g}>
                    <tr className="section-head">
                      <th colSpan={3}>{t(GROUP_KEYS[g])}</th>
                    </tr>
                    {rows.map((a) => (
                      <tr key={a.code} className={a.active ? '' : 'cancelled'}>
                        <td className="indent">
                          <button type="button" className="link" onClick={() => navigate(`/accounting/ledger?account=${a.code}&from=${fy.from}&to=${fy.to}`)}>
                            {accountName(a.code, a.name)}
                          </button>
                          {a.system && <small className="hint"> {t('systemAccount')}</small>}
                        </td>
                        <td className="num">{drCr(a.balancePaise)}</td>
                        <td className="row-actions">
                          {isOwner && (
                            <>
                              <button type="button" className="small" onClick={() => setRenaming({ code: a.code, name: a.name })}>
                                {t('rename')}
                              </button>
                              {!a.system && (
                                <button type="button" className="small" onClick={() => change({ code: a.code, active: !a.active })}>
                                  {a.active ? t('retire') : t('restore')}
                                </button>
                              )}
                            </>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                );
              })}
            </table>
          </div>
        )}
      </Loading>
      {renaming && (
        <PromptDialog
          text
          title={t('rename')}
          label={t('renameAccount')}
          initial={renaming.name}
          onClose={() => setRenaming(null)}
          onSubmit={(name) => {
            if (name.trim() && name.trim() !== renaming.name) change({ code: renaming.code, name: name.trim() });
            setRenaming(null);
          }}
        />
      )}
    </ReportPage>
  );
}
