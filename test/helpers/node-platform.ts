// Injected into every test and bench bundle (esbuild.mjs): the Node loader of language data is
// registered before the file's own code runs, as the CLI and the language server do at start-up.
import { registerNodeOpenCCDictionaries } from '../../server/src/node/openccDictionaries';
import { registerNodeLanguageData } from '../../server/src/node/wrongCharacterData';

registerNodeLanguageData();
registerNodeOpenCCDictionaries();
