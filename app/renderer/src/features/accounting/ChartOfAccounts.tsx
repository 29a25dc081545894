import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ACCOUNT_GROUP_CODES, type AccountGroup, type ParamsIn } from '../../../../core/contract';
import { api } from '../../api/session';
import { navigate } from '../../app/router';
import { useT } from '../../i18n/i18n';
import { PromptDialog } from '../../ui/Dialog';
import { errorText } from '../../ui/errors';
import { useToast } from '../../ui/Toasts';
import { drCr, Loading, ReportPage, useMethod } from '../reports/kit';
import { thisFy } from '../reports/period';
import { GROUP_KEYS } from './groups';
import { useAccountName } from './names';

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
  const add = useMutation({ mutationFn: (p: ParamsIn<'accounting.addAccount'>) => api.call('accounting.addAccount', p) });
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate(
          { name, group },
          {
            onSuccess: (a) => {
              toast('ok', `${t('saved')}: ${a.name} (${a.code})`);
              setName('');
              void refetch();
            },
            onError: (err) => toast('error', errorText(err)),
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
  const toast = useToast();
  const refetch = useRefetchLedger();
  const [showInactive, setShowInactive] = useState(false);
  const [renaming, setRenaming] = useState<{ code: string; name: string } | null>(null);
  const accounts = useMethod('accounting.accounts', { includeInactive: showInactive });
  const update = useMutation({ mutationFn: (p: ParamsIn<'accounting.updateAccount'>) => api.call('accounting.updateAccount', p) });
  const change = (p: ParamsIn<'accounting.updateAccount'>) =>
    update.mutate(p, { onSuccess: () => void refetch(), onError: (e) => toast('error', errorText(e)) });
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
                          <button type="button" className="link" onClick={() => navigate(`/books/ledger?account=${a.code}&from=${fy.from}&to=${fy.to}`)}>
                            {accountName(a.code, a.name)}
                          </button>
                          <small className="hint">
                            {' '}
                            {a.code}
                            {a.system ? ` · ${t('systemAccount')}` : ''}
                          </small>
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
