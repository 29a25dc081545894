import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Result } from '../../../../core/contract';
import { formatAmount, formatDate } from '../../../../core/format';
import { bankQueries, useMatchLineMutation, usePostLineMutation, useUnmatchLineMutation } from '../../api/bank';
import { useT } from '../../i18n/i18n';
import { useVoucherType } from '../../i18n/names';
import { AccountSelect } from '../../ui/AccountSelect';
import { LoadingTable } from '../../ui/DataTable';
import { Dialog } from '../../ui/Dialog';
import { Loading } from '../../ui/Loading';
import { ReportPage } from '../../ui/ReportPage';

type Line = Result<'bank.lines'>[number];

/** Match one statement line by hand: the book entries it could be, best first; or book it now. */
function MatchDialog({ line, onClose }: { line: Line; onClose: () => void }) {
  const { t } = useT();
  const vt = useVoucherType();
  const client = useQueryClient();
  const candidates = useQuery(bankQueries.candidates(line.id));
  const [account, setAccount] = useState(line.amountPaise < 0 ? 'BANK_CHARGES' : 'DEBTORS');
  const [partyId, setPartyId] = useState('');
  const done = () => {
    void client.invalidateQueries();
    onClose();
  };
  const match = useMatchLineMutation();
  const post = usePostLineMutation();
  const needsParty = account === 'DEBTORS' || account === 'CREDITORS';
  return (
    <Dialog title={t('matchLine')} onClose={onClose} wide>
      <p>
        {formatDate(line.date)} · {line.narration} · <strong>{formatAmount(line.amountPaise)}</strong>
      </p>
      <h3>{t('candidates')}</h3>
      <Loading query={candidates}>
        {() => (
          <ul className="pick-list" data-testid="candidates">
            {(candidates.data ?? []).length === 0 && <li className="hint">{t('noCandidates')}</li>}
            {(candidates.data ?? []).map((c) => (
              <li
                key={`${c.entryId}-${c.seq}`}
                tabIndex={0}
                onClick={() => match.mutate({ bankLineId: line.id, entryId: c.entryId, seq: c.seq }, { onSuccess: done })}
              >
                {formatDate(c.date)} · {vt(c.voucherType)} · {c.narration || c.reference} · <strong>{formatAmount(c.amountPaise)}</strong>
              </li>
            ))}
          </ul>
        )}
      </Loading>
      <h3>{t('bookItNow')}</h3>
      <div className="inline-form">
        <AccountSelect label={t('otherSide')} value={account} onChange={setAccount} />
        {needsParty && (
          <label className="field">
            <span>{t('partyId')}</span>
            <input value={partyId} onChange={(e) => setPartyId(e.target.value)} />
          </label>
        )}
        <button
          type="button"
          className="primary"
          disabled={!account || (needsParty && !partyId.trim()) || post.isPending}
          onClick={() =>
            post.mutate(
              { bankLineId: line.id, account, ...(partyId.trim() ? { partyId: partyId.trim() } : {}), narration: line.narration.slice(0, 200) },
              { onSuccess: done },
            )
          }
        >
          {t('postAndMatch')}
        </button>
      </div>
    </Dialog>
  );
}

/** Statement lines of a bank account with what each is matched to (auto, by hand, or booked from the line). */
export function BankLines({ account }: { account: string }) {
  const { t } = useT();
  const vt = useVoucherType();
  const client = useQueryClient();
  const [unmatchedOnly, setUnmatchedOnly] = useState(false);
  const [open, setOpen] = useState<Line | null>(null);
  const lines = useQuery(bankQueries.lines({ account, unmatchedOnly }));
  const unmatch = useUnmatchLineMutation();
  const all = lines.data ?? [];
  const matched = all.filter((l) => l.match).length;
  return (
    <ReportPage testId="bank-lines" title={t('statementLines')} sub={`${matched} / ${all.length} ${t('matched')}`}>
      <label className="check">
        <input type="checkbox" checked={unmatchedOnly} onChange={(e) => setUnmatchedOnly(e.target.checked)} />
        <span>{t('unmatchedOnly')}</span>
      </label>
      <LoadingTable
        query={lines}
        head={
          <>
            <th>{t('date')}</th>
            <th>{t('particulars')}</th>
            <th className="num">{t('withdrawal')}</th>
            <th className="num">{t('deposit')}</th>
            <th>{t('matchedTo')}</th>
          </>
        }
      >
        {all.length === 0 && (
          <tr>
            <td colSpan={5} className="hint">
              {t('importFirst')}
            </td>
          </tr>
        )}
        {all.map((l) => (
          <tr key={l.id} data-testid="bank-line">
            <td className="nowrap">{formatDate(l.date)}</td>
            <td>
              {l.narration}
              {l.reference && <small className="hint block">{l.reference}</small>}
            </td>
            <td className="num">{l.amountPaise < 0 ? formatAmount(-l.amountPaise) : ''}</td>
            <td className="num">{l.amountPaise > 0 ? formatAmount(l.amountPaise) : ''}</td>
            <td>
              {l.match ? (
                <>
                  <span className={`tag ${l.match.how}`}>
                    {t(l.match.how === 'auto' ? 'matchAuto' : l.match.how === 'manual' ? 'matchManual' : 'matchPosted')}
                  </span>{' '}
                  {vt(l.match.voucherType)} · {formatDate(l.match.date)}
                  <button
                    type="button"
                    className="small ghost"
                    onClick={() => unmatch.mutate({ bankLineId: l.id }, { onSuccess: () => void client.invalidateQueries() })}
                  >
                    {t('unmatch')}
                  </button>
                </>
              ) : (
                <button type="button" className="small" onClick={() => setOpen(l)}>
                  {t('matchLine')}
                </button>
              )}
            </td>
          </tr>
        ))}
      </LoadingTable>
      {open && <MatchDialog line={open} onClose={() => setOpen(null)} />}
    </ReportPage>
  );
}
