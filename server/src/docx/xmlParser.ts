// htmlparser2's tokenizer alone, in a module of its own so that read.ts can require it on first use
// (a static import from here keeps the rest of htmlparser2 out of the bundles).
export { Parser } from 'htmlparser2';
