/** The language switch of components/layout/language-switch.tsx follows the reader's #anchor. */
export function enhanceLanguageSwitches(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-language-switch]')];
  const follow = () => {
    for (const link of links) link.href = (link.dataset.languageSwitch ?? '') + window.location.hash;
  };
  follow();
  window.addEventListener('hashchange', follow);
}
