import { z } from 'zod';
import { method } from '../define';
import { Id, IsoInstant } from '../schemas';
import { SyncTarget } from '../sync-documents';

const RelayUrl = z
  .string()
  .trim()
  .max(300)
  .regex(/^wss?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, 'a ws:// or wss:// address')
  .describe('the cloud relay, as the operator gave it: wss://relay.example.in/sync');

export const CloudStatus = z.object({
  relayUrl: z.string().nullable().describe('null: no cloud relay; the shop syncs on its Wi-Fi only'),
  connected: z.boolean().describe('every document the counter bridges is connected to the cloud relay now'),
  documents: z.int().min(0),
  lastConnectedAt: IsoInstant.nullable(),
});

export const DeviceSync = z.object({
  deviceId: Id,
  connected: z.boolean().describe('the device has a connection open to the counter’s relay now'),
  lastSyncAt: IsoInstant.nullable().describe('when the device was last connected or the counter last applied one of its commands; null: never'),
  waiting: z.int().min(0).describe('commands the counter has from the device and has not applied yet'),
  applied: z.int().min(0),
  refused: z.int().min(0),
});

export const syncApi = {
  'sync.target': method({
    summary:
      'Where this device finds its shop’s documents: the shop id, the counter’s own relay, and the cloud relay with a token for this device when the shop uses one (null when the counter runs no relay). A paired tablet or phone saves it.',
    access: 'staff',
    params: z.object({}),
    result: SyncTarget.nullable(),
    errors: [],
    example: {},
  }),
  'sync.cloud': method({
    summary: 'The cloud relay the counter bridges the shop’s documents to, and whether it is connected now.',
    access: 'owner',
    params: z.object({}),
    result: CloudStatus,
    errors: [],
    example: {},
    reads: ['shop'],
  }),
  'sync.setCloud': method({
    summary:
      'Use a cloud relay (the owner’s phone away from the shop, an off-site copy): the shop’s key is registered with it using the operator’s secret, then the counter bridges its documents there. `relayUrl: null` stops.',
    access: 'owner',
    params: z.object({
      relayUrl: RelayUrl.nullable(),
      secret: z.string().trim().max(200).default('').describe('the relay operator’s registration secret (needed to start)'),
    }),
    result: CloudStatus,
    errors: ['INVALID_INPUT'],
    example: { relayUrl: 'wss://relay.example.in/sync', secret: 'the secret the relay operator gave the shop' },
    changes: ['shop'],
  }),
  'sync.devices': method({
    summary: 'Each registered device’s sync: connected now, its last sync, the commands waiting at the counter, and how many were applied or refused.',
    access: 'manager',
    params: z.object({}),
    result: z.array(DeviceSync),
    errors: [],
    example: {},
    reads: ['users', 'billing', 'customers', 'accounting', 'inventory'],
  }),
};
