type Render = () => void;
let render: Render = () => {};

export const onRoute = (r: Render) => void (render = r);

/** Moves within the catalog without a page load (the snapshot stays in memory). */
export function go(path: string) {
  history.pushState(null, '', path);
  window.scrollTo(0, 0);
  render();
}

window.addEventListener('popstate', () => render());
document.addEventListener('click', (e) => {
  const a = e.target instanceof Element ? e.target.closest('a[data-nav]') : null;
  if (!(a instanceof HTMLAnchorElement) || e.ctrlKey || e.metaKey) return;
  e.preventDefault();
  go(a.pathname + a.search);
});
