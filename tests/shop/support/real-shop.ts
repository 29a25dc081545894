import type { ApiClient } from '../../../app/core/contract';
import type { TestHost } from '../../support/test-host';

/** A real shop's identity as its owner types it on first run: a registered LLP continuing its paper book. */
export const GUPTA_KIRANA = {
  name: 'Gupta Kirana',
  legalName: 'Gupta Traders LLP',
  address: '12 MG Road, Pune',
  stateCode: '27',
  phone: '9826011111',
  registration: 'regular' as const,
  gstin: '27AAPFU0939F1ZV',
  upiVpa: 'guptakirana@okaxis',
  upiPayee: 'R K Gupta',
  saleSeries: { prefix: 'GK/2627', next: '0542' },
  creditNoteSeries: { prefix: 'GKCN', next: '1' },
};
export const GUPTA_OWNER = { name: 'Ramesh Gupta', pin: '482913' };

/** The set-up shop's owner, signed in with a PIN on a counter device. */
export async function signInOwner(host: TestHost, deviceId: string, pin = GUPTA_OWNER.pin): Promise<ApiClient> {
  const anon = host.client();
  const owner = (await anon.call('auth.users', {})).find((u) => u.role === 'owner');
  if (!owner) throw new Error('no owner');
  const { token } = await anon.call('auth.login', { userId: owner.id, pin, deviceId, deviceName: 'Counter' });
  return host.client(token);
}
