import { eq } from 'drizzle-orm';
import type { PayLinksRepo } from '../../../app/core/services/khata/ports';
import { payLinks } from '../../schema';
import type { RepoContext } from '../context';

export function createPayLinksRepo({ orm }: RepoContext): PayLinksRepo {
  return {
    add: (link) => void orm.insert(payLinks).values(link).run(),
    get: (tokenHash) => orm.select().from(payLinks).where(eq(payLinks.tokenHash, tokenHash)).get(),
  };
}
