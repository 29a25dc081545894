import { useState } from 'react';
import { ROLES, type Role } from '../../../../core/contract';
import { useAddUserMutation } from '../../api/users';
import { useT } from '../../i18n/i18n';
import { Panel, SelectField, TextField } from '../../ui/fields';
import { ROLE_WORDS } from '../../ui/roles';
import { useToast } from '../../ui/Toasts';

/** A new user: name, role and a first PIN (4 or 6 digits). */
export function AddUser() {
  const { t } = useT();
  const toast = useToast();
  const add = useAddUserMutation();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('staff');
  const [pin, setPin] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = () => {
    if (!name.trim()) return setProblem(t('fillUserName'));
    if (!/^(\d{4}|\d{6})$/.test(pin)) return setProblem(t('pinShape'));
    setProblem(null);
    add.mutate({ name: name.trim(), role, pin }, { onSuccess: () => (toast('ok', t('saved')), setName(''), setPin('')) });
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Panel
        title={t('addUser')}
        actions={
          <button type="submit" className="primary" disabled={add.isPending}>
            {t('addUser')}
          </button>
        }
      >
        <div className="form-row">
          <TextField label={t('userName')} name="new-user-name" value={name} onChange={setName} />
          <SelectField
            label={t('role')}
            name="new-user-role"
            value={role}
            options={ROLES.map((r) => ({ value: r, label: t(ROLE_WORDS[r]) }))}
            onChange={setRole}
          />
          <label className="field">
            <span>{t('firstPin')}</span>
            <input name="new-user-pin" type="password" inputMode="numeric" autoComplete="off" value={pin} onChange={(e) => setPin(e.target.value)} />
          </label>
        </div>
        {problem && (
          <p className="error" role="alert">
            {problem}
          </p>
        )}
      </Panel>
    </form>
  );
}
