// Which configuration applies to a file: `--config FILE`, else the nearest .gongwenrc.json
// above it (unless --no-config-lookup), then `--rule` and `--max-file-size` on top.
import { dirname, isAbsolute, relative as relativePath, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { GongwenConfig, ResolvedConfig, Severity } from '../engine';
import { defaultConfig } from '../engine/config';
import { findConfigFile } from '../node/configLookup';

export interface ConfigChoice {
  /** Index into `ConfigResolver.configs` (what workers receive). */
  index: number;
  config: ResolvedConfig;
  /** The config file, if any. */
  file?: string;
}

/**
 * The engine's part in resolving a configuration: the CLI passes its engine on demand (cli/engine.ts, a second bundle
 * loaded only when needed), the language server the engine it has loaded. Not imported here, so that the server's
 * bundle, which uses this module for Word documents, does not take in the CLI's way of loading the engine.
 */
export interface ConfigEngine {
  loadConfigFile(file: string): GongwenConfig;
  resolveConfig(...layers: (GongwenConfig | undefined)[]): ResolvedConfig;
  defaultConfig(): ResolvedConfig;
}

export interface ConfigResolverOptions {
  configFile?: string;
  lookup: boolean;
  rules: Record<string, Severity>;
  maxFileSize?: number;
}

export class ConfigResolver {
  readonly configs: ResolvedConfig[] = [];
  private readonly byFile = new Map<string, ConfigChoice>();
  private readonly byDirectory = new Map<string, ConfigChoice>();
  private readonly ignorers = new Map<number, Ignore>();

  constructor(
    private readonly options: ConfigResolverOptions,
    private readonly engine: () => ConfigEngine,
  ) {}

  /** The configuration for files in `directory`. Throws ConfigError for a broken config file. */
  forDirectory(directory: string): ConfigChoice {
    let choice = this.byDirectory.get(directory);
    if (!choice) {
      const file = this.options.configFile ?? (this.options.lookup ? findConfigFile(directory) : undefined);
      choice = this.load(file);
      this.byDirectory.set(directory, choice);
    }
    return choice;
  }

  forFile(file: string): ConfigChoice {
    return this.forDirectory(dirname(file));
  }

  /** ignorePatterns are gitignore-style, relative to the directory of their config file. */
  isIgnored = (absolutePath: string, isDirectory: boolean): boolean => {
    const choice = isDirectory ? this.forDirectory(absolutePath) : this.forFile(absolutePath);
    if (!choice.file || choice.config.ignorePatterns.length === 0) return false;
    const relative = relativePath(dirname(choice.file), absolutePath);
    if (!relative || relative.startsWith('..') || isAbsolute(relative)) return false;
    let ignorer = this.ignorers.get(choice.index);
    if (!ignorer) {
      ignorer = ignore().add(choice.config.ignorePatterns);
      this.ignorers.set(choice.index, ignorer);
    }
    const posix = relative.split(sep).join('/');
    return ignorer.ignores(isDirectory ? `${posix}/` : posix);
  };

  private load(file: string | undefined): ConfigChoice {
    const key = file ?? '';
    let choice = this.byFile.get(key);
    if (!choice) {
      let config: ResolvedConfig;
      if (!file && Object.keys(this.options.rules).length === 0) config = defaultsOnDemand(this.engine);
      else {
        // A file to read and check against the rules' schema, or --rule settings: the engine's work.
        const fromFile: GongwenConfig | undefined = file ? this.engine().loadConfigFile(file) : undefined;
        config = this.engine().resolveConfig(fromFile, { rules: this.options.rules });
      }
      if (this.options.maxFileSize) config.maxFileSize = this.options.maxFileSize;
      choice = { index: this.configs.length, config, file };
      this.configs.push(config);
      this.byFile.set(key, choice);
    }
    return choice;
  }
}

/**
 * The configuration with nothing set — what resolveConfig() makes of no layers — whose `rules` (every rule's default
 * severity and options) are made from the engine's rules when first read: a run whose texts are all empty does not
 * load the engine for them (engine.ts). The rest is known without it.
 */
function defaultsOnDemand(engine: () => ConfigEngine): ResolvedConfig {
  const config = defaultConfig([]);
  let rules: ResolvedConfig['rules'] | undefined;
  Object.defineProperty(config, 'rules', {
    enumerable: true,
    configurable: true,
    get: () => (rules ??= engine().defaultConfig().rules),
    set: (value: ResolvedConfig['rules']) => {
      rules = value;
    },
  });
  return config;
}
