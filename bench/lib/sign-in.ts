import type { ApiClient } from '../../app/core/contract';
import type { Host } from '../../app/host/create-host';
import { DEMO_PINS } from '../../app/host/demo/demo-shop';

type DemoRole = keyof typeof DEMO_PINS;

/** The device the benches register first, with the owner's PIN; it hands out codes for the others. */
const OFFICE = 'bench-office';

/**
 * Signs a demo user in on a device as the app does: the shop's first device is registered with the
 * owner's PIN, later ones with a code the owner makes on that first device, then the PIN login.
 */
export async function signIn(host: Host, role: DemoRole, deviceId: string): Promise<ApiClient> {
  const anon = host.client();
  const users = await anon.call('auth.users', {});
  const idOf = (r: DemoRole) => {
    const user = users.find((u) => u.role === r);
    if (!user) throw new Error(`the demo shop has no ${r}`);
    return user.id;
  };
  const login = async (r: DemoRole, device: string) =>
    (await anon.call('auth.login', { userId: idOf(r), pin: DEMO_PINS[r], deviceId: device, deviceName: device })).token;
  // The API lists devices only to a signed-in manager; a bench reads the store of the host it made.
  const known = (device: string) => host.store.devices.byClientId(device) !== undefined;
  if (!known(OFFICE)) await anon.call('auth.registerDevice', { deviceId: OFFICE, name: OFFICE, userId: idOf('owner'), pin: DEMO_PINS.owner });
  if (!known(deviceId)) {
    const office = host.client(await login('owner', OFFICE));
    const { code } = await office.call('auth.newDeviceCode', { name: deviceId });
    await anon.call('auth.registerDevice', { deviceId, name: deviceId, code });
  }
  return host.client(await login(role, deviceId));
}
