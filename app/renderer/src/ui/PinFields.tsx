/** New PINs are 4 or 6 digits; the form says so before the host has to. */
export const NEW_PIN = /^(\d{4}|\d{6})$/;

/**
 * A PIN box: hidden digits, the number pad on touch, never filled in by the browser (`newPin`: a
 * PIN being made, which password managers must not fill with a saved one either).
 */
export function PinField(props: { label: string; name: string; value: string; onChange: (v: string) => void; newPin?: boolean }) {
  const { label, name, value, onChange } = props;
  const autoComplete = props.newPin ? 'new-password' : 'off';
  return (
    <label className="field">
      <span>{label}</span>
      <input name={name} type="password" inputMode="numeric" autoComplete={autoComplete} value={value} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}
