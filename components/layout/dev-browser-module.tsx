/**
 * In `npm run dev` only (scripts/dev.ts): loads the site's browser module, which the built pages
 * load by a <script type="module"> of their own. It runs once React's development runtime has
 * hydrated the page (React marks the nodes it owns), so the two do not fight over the DOM, and
 * the page reloads when esbuild has rebuilt the module. Renders nothing in a build.
 */
export function DevBrowserModule() {
  const url = process.env.NODE_ENV === 'development' ? process.env.SITE_DEV_MODULE : undefined;
  if (!url) return null;
  const origin = new URL(url).origin;
  const script = [
    `const hydrated=()=>Object.keys(document.body).some((key)=>key.startsWith('__reactFiber'));`,
    `let tries=0;const start=()=>hydrated()||++tries>200?import(${JSON.stringify(url)}):setTimeout(start,50);`,
    `addEventListener('load',start);`,
    `new EventSource(${JSON.stringify(`${origin}/esbuild`)}).addEventListener('change',()=>location.reload());`,
  ].join('');
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
