import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The WCAG 2.2 AA rule sets and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

type Violation = {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
};

/** One line per failing element, so a failure says what to fix and where. */
export const describeViolations = (violations: Violation[]) =>
  violations
    .flatMap((v) =>
      v.nodes.map(
        (n) =>
          `${v.id} (${v.impact ?? '?'}): ${v.help} at ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`,
      ),
    )
    .join('\n');

/**
 * Runs axe over the page as it is now (or only the parts a state changed, given as CSS selectors: a full
 * pass over the whole page is slow on a busy machine) and expects no violation, listing any in the message.
 */
export async function expectNoAxeViolations(page: Page, include: string[] = []) {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  for (const selector of include) builder = builder.include(selector);
  const { violations } = await builder.analyze();
  expect(violations.length, describeViolations(violations)).toBe(0);
}
