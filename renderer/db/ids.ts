// The page's id generator (shared/domain/common.ts createIdGenerator): one per page, so the
// ids it makes sort in the order they were made, on the machine's clock.
import { createIdGenerator } from '@shared/domain';

export const newId = createIdGenerator(() => Date.now());
