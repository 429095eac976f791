import type { TestSpecification } from 'vitest/node';
import { BaseSequencer } from 'vitest/node';

/**
 * A vitest sequencer for mutation runs: test files in the order given, cheapest first, so a mutant
 * is killed by a fast unit test before the slow ones (real servers, real backoff sleeps, 4 000-case
 * properties) run at all (Stryker stops at the first failing test). Files not named run last. It only
 * orders the files: each still runs every test of its own that covers the mutant.
 */
export function cheapFirst(order: readonly string[]) {
  return class CheapFirst extends BaseSequencer {
    override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
      const rank = (file: TestSpecification) => {
        const index = order.findIndex((name) => file.moduleId.endsWith(name));
        return index === -1 ? order.length : index;
      };
      return [...files].sort((a, b) => rank(a) - rank(b));
    }
  };
}
