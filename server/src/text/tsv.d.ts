// Data tables bundled as text by esbuild's text loader (esbuild.mjs: loader '.tsv': 'text').
declare module '*.tsv' {
  const text: string;
  export default text;
}
