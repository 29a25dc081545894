/** The repositories this area owns in the Store (db/repos/sync). */
export interface SyncStore {
  syncCommands: SyncCommandsRepo;
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
