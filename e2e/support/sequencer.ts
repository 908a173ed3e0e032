import { BaseSequencer, type TestSpecification } from "vitest/node"

/**
 * The visual tests go first, while the demo data is as the stack made it: later browser tests change it
 * (profiles, carts, reorders), and the screenshots must not depend on which of them ran before.
 */
export default class VisualFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    const isVisual = (file: TestSpecification) => file.moduleId.endsWith("visual.e2e.ts")
    return [...sorted.filter(isVisual), ...sorted.filter((file) => !isVisual(file))]
  }
}
