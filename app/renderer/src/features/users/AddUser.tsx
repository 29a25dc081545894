import { useState } from 'react';
import { ROLES, type Role } from '../../../../core/contract';
import { useAddUserMutation } from '../../api/users';
import { useT } from '../../i18n/i18n';
import { FormPanel, SelectField, TextField } from '../../ui/fields';
import { NEW_PIN, PinField } from '../../ui/PinFields';
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
    if (!NEW_PIN.test(pin)) return setProblem(t('pinShape'));
    setProblem(null);
    add.mutate({ name: name.trim(), role, pin }, { onSuccess: () => (toast('ok', t('saved')), setName(''), setPin('')) });
  };
  return (
    <FormPanel title={t('addUser')} submitLabel={t('addUser')} pending={add.isPending} problem={problem} onSubmit={submit}>
      <div className="form-row">
        <TextField label={t('userName')} name="new-user-name" value={name} onChange={setName} />
        <SelectField
          label={t('role')}
          name="new-user-role"
          value={role}
          options={ROLES.map((r) => ({ value: r, label: t(ROLE_WORDS[r]) }))}
          onChange={setRole}
        />
        <PinField label={t('firstPin')} name="new-user-pin" value={pin} onChange={setPin} />
      </div>
    </FormPanel>
  );
}
