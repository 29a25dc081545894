/** The repositories this area owns in the Store (db/repos/sync). */
export interface SyncStore {
  syncCommands: SyncCommandsRepo;
  syncCloud: SyncCloudRepo;
}

/** A device's command as the counter applied it (or refused it), keyed by the command's uuid. */
export interface AppliedCommand {
  commandId: string;
  deviceId: string;
  method: string;
  userId: string;
  status: 'applied' | 'refused';
  reference: string | null;
  messageEn: string | null;
  messageHi: string | null;
  flagged: boolean;
  queuedAt: string;
  appliedAt: string;
}

export interface SyncCommandsRepo {
  get(commandId: string): AppliedCommand | undefined;
  /** records the outcome once: false when the command was already recorded (the first one stays) */
  record(outcome: AppliedCommand): boolean;
  /** a device's outcomes since a time, oldest first (re-seeding the staff document) */
  since(appliedAt: string): AppliedCommand[];
  /** per device: how many commands were applied or refused, and when the last was */
  perDevice(): Array<{ deviceId: string; commands: number; refused: number; lastAt: string }>;
}

/** The cloud relay the shop bridges to, with the key that signs its devices' tokens. */
export interface CloudSetting {
  relayUrl: string;
  privateKeyPem: string;
  publicKey: string;
  configuredAt: string;
}

export interface SyncCloudRepo {
  get(): CloudSetting | undefined;
  /** null: the shop stops using a cloud relay */
  set(setting: CloudSetting | null): void;
}

/** What the host's running sync says about itself and the cloud bridge (absent when no relay runs). */
export interface CloudBridgeStatus {
  relayUrl: string | null;
  /** every bridged document is connected to the cloud relay */
  connected: boolean;
  documents: number;
  lastConnectedAt: string | null;
}

/** The embedded relay as the services see it: the shop's id in document names and the cloud bridge. */
export interface HostSyncPort {
  shopId: string;
  /** the cloud relay and a device token for it (role and device as the session's), or null when none is set */
  cloudFor(deviceId: string, role: 'owner' | 'manager' | 'staff' | 'accountant'): { url: string; token: string } | null;
  cloudStatus(): CloudBridgeStatus;
  /** the devices the embedded relay has seen since the host started, with the commands of theirs waiting to be applied */
  devices(): DeviceSyncSeen[];
  /** registers the shop's key with the relay and starts bridging; null stops */
  configureCloud(setting: { relayUrl: string; secret: string } | null): Promise<CloudBridgeStatus>;
}

/** What the running relay and applier know of one device (nothing survives a restart: the shop file keeps the applied commands). */
export interface DeviceSyncSeen {
  deviceId: string;
  connections: number;
  /** when a connection of the device last opened or closed */
  lastSeenAt: string | null;
  waiting: number;
}
