// The page's DOM as seen inside page.evaluate callbacks: the project's tsconfig has no "dom"
// lib, so the few members the end-to-end tests use are declared here, once.
export interface PageElement {
  textContent: string | null;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): { left: number; right: number; top: number; bottom: number };
}

declare global {
  const document: {
    body: { innerText: string };
    querySelector(selector: string): PageElement | null;
    querySelectorAll(selector: string): Iterable<PageElement>;
  };
}
