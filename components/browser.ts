/**
 * Everything the pages do in the browser, as one small module (no framework: React renders the
 * pages at build time; see scripts/lib/static-export.ts). Each part enhances the server-rendered HTML it
 * finds by its data-* attributes and leaves the page alone when there is none. Loaded with
 * <script type="module">, so it runs once the document is parsed.
 */
import { enhanceCopyButtons } from './share/copy-button.browser';
import { enhanceCopyLinkButtons } from './share/copy-link-button.browser';
import { enhanceDirectoryFilters } from './directory/directory-filter.browser';
import { enhanceLanguageSwitches } from './layout/language-switch.browser';
import { enhanceLightbox } from './gallery/lightbox.browser';
import { enhanceNavigation } from './layout/nav-links.browser';
import { enhancePrintButtons } from './share/print-button.browser';
import { enhanceSearch } from './search/search.browser';
import { enhanceTextSizeControls } from './layout/text-size-control.browser';
import { enhanceTodayDates } from './figures/today-date.browser';

for (const enhance of [
  enhanceNavigation,
  enhanceLanguageSwitches,
  enhanceTextSizeControls,
  enhanceSearch,
  enhanceCopyButtons,
  enhanceCopyLinkButtons,
  enhancePrintButtons,
  enhanceTodayDates,
  enhanceDirectoryFilters,
  enhanceLightbox,
]) {
  try {
    enhance();
  } catch (error) {
    // One broken part must not take the others with it.
    console.error(error);
  }
}
