import { methodMutation, methodQuery } from './method';

export const shopQueries = {
  get: () => methodQuery('shop.get', {}),
  /** before anyone logs in: new (the first-run screen), demo or ready */
  status: () => methodQuery('shop.status', {}, { staleTime: 60_000 }),
  nextNumbers: () => methodQuery('shop.nextNumbers', {}),
  /** Settings → Backups: the list, the alert, the folder, what is kept */
  backups: () => methodQuery('shop.backups', {}, { staleTime: 0 }),
  /** the owner's banner: checked again each minute, and whenever the shop's data changes */
  backupAlert: (enabled: boolean) => methodQuery('shop.backupAlert', {}, { enabled, staleTime: 60_000, showError: false }),
};

export const useUpdateShopMutation = methodMutation('shop.update');
export const useCheckSetupMutation = methodMutation('shop.checkSetup');
export const useSetupShopMutation = methodMutation('shop.setup');
export const useStartDemoMutation = methodMutation('shop.startDemo');
export const useLeaveDemoMutation = methodMutation('shop.leaveDemo');
export const useSaveIdentityMutation = methodMutation('shop.saveIdentity');
export const usePreviewBackupMutation = methodMutation('shop.previewBackup');
export const useRestoreBackupMutation = methodMutation('shop.restoreBackup');
export const useBackupNowMutation = methodMutation('shop.backupNow');
export const useSetBackupFolderMutation = methodMutation('shop.setBackupFolder');
