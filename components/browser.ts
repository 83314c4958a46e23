/**
 * Everything the pages do in the browser, as one small module (no framework: React renders the
 * pages at build time; see lib/shipped-html.ts). Each part enhances the server-rendered HTML it
 * finds by its data-* attributes and leaves the page alone when there is none. Loaded with
 * <script type="module">, so it runs once the document is parsed.
 */
import { enhanceCopyButtons } from './copy-button.browser';
import { enhanceCopyLinkButtons } from './copy-link-button.browser';
import { enhanceDirectoryFilters } from './directory-filter.browser';
import { enhanceLanguageSwitches } from './language-switch.browser';
import { enhanceLightbox } from './lightbox.browser';
import { enhanceNavigation } from './nav-links.browser';
import { enhancePrintButtons } from './print-button.browser';
import { enhanceSearch } from './search.browser';
import { enhanceTextSizeControls } from './text-size-control.browser';
import { enhanceTodayDates } from './today-date.browser';

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
