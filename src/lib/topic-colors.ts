/**
 * One colour per topic, from the theme (`--color-topic-<id>` in src/styles/theme.css), shared by the
 * timeline, its legend and anything that colours by topic. None in the hue of the United States or
 * Colombia, no two in one hue (tests/unit/lib/theme-colors.test.ts checks both).
 */
import { maybeThemeColor } from './theme-colors';

/** For a dataset's own topics that have no token: dark neutrals, so they never pass for a side. */
const SPARE = ['#52525b', '#3f3f46', '#57534e', '#44403c', '#1e293b'];

export function topicColor(id: string, index = 0): string {
  return maybeThemeColor(`topic-${id}`) ?? SPARE[index % SPARE.length]!;
}
