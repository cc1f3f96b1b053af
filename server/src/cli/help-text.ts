// The text of `gongwen-lint --help` (help.ts fills it), apart so `npm run generate` reads it without the CLI.
import type { Localized } from '../engine/types';

export const HELP_TEXT = {
  en: `gongwen-lint — proofreading for Chinese government reports (公文校对)

Usage: gongwen-lint [options] [files | directories | globs]
       gongwen-lint --stdin [--stdin-filename NAME] [options] < file
       gongwen-lint --convert {{targets}} FILE
       gongwen-lint --stdio            run the language server on stdin/stdout

Directories are searched for .txt, .md, .markdown and .docx files (.doc, .docm and .wps are listed
as skipped, with a reason; node_modules, .git, dist and out are not entered); globs support *, **, ?,
{a,b} and [abc]. With no files, the current directory is checked.

Output
  -f, --format {{formats}}   output format (default stylish)
  --quiet                    report errors only
  --max-warnings N           exit 1 when there are more than N warnings
  --locale zh|zh-TW|en       message language: simplified Chinese, Traditional Chinese (Taiwan: every line,
                             this help too; file names, options and rule ids as written), English (default: from
                             LC_ALL/LC_MESSAGES/LANG, else simplified Chinese; LANG never picks zh-TW, so JSON and
                             SARIF stay as they were)
  --color, --no-color        force colours on or off (default: on a TTY; NO_COLOR, FORCE_COLOR)

Fixing
  --fix                      apply safe fixes and write files back (own encoding, BOM, line endings)
  --fix-dry-run              apply fixes in memory; --format json then includes "output"
  --annotate                 Word: write NAME.annotated.docx with one comment per finding

Configuration
  -c, --config FILE          use this config file instead of the nearest .gongwenrc.json
  --no-config-lookup         ignore .gongwenrc.json files
  --rule ID:SEVERITY         set a rule's severity (off, info, warn, error); may repeat
  --max-file-size SIZE       skip larger files: bytes, or with K, M or G (KB, KiB … too;
                             powers of 1024), e.g. 500K, 20M, 1G (default 20M, or maxFileSize
                             in .gongwenrc.json)

Input
  --stdin                    lint text from stdin
  --stdin-filename NAME      name of the stdin text (.md → Markdown; config is looked up from it);
                             only with --stdin (without it, a note on stderr and nothing else)
  --convert TARGET FILE      print FILE converted to {{targetList}}

Large runs
  -j, --jobs N               lint on N worker threads (default: number of CPUs; 1 = in-process)
  --shard I/N                lint only the I-th of N deterministic slices of the sorted files

  -v, --version              print the version
  -h, --help                 print this help

Encodings: UTF-8 (with or without BOM), UTF-16 LE/BE (with BOM, or without for Chinese and ASCII text),
GB18030/GBK without BOM.
Binary, oversized, unreadable and undecodable files, and folders that cannot be read, are skipped
with a one-line reason on stderr.

Exit codes
  0  no errors, and warnings within --max-warnings
  1  lint errors, or more warnings than --max-warnings
  2  bad usage or configuration, a path or glob that matches nothing, a file named on the
     command line (or the text on --stdin) that cannot be read or decoded, a fix that could
     not be written, or a crash. Skipped binary and oversized files (named or found, binary
     text on --stdin too), and files and folders found in directories that cannot be read or
     decoded, do not change the code.

Environment: LC_ALL, LC_MESSAGES, LANG (language); NO_COLOR, FORCE_COLOR (colours);
GONGWEN_DEBUG=1 (the stack of an internal error).

Rules: {{rules}}
`,
  zh: `gongwen-lint —— 公文校对（proofreading for Chinese government reports）

用法：gongwen-lint [选项] [文件 | 目录 | 通配符]
      gongwen-lint --stdin [--stdin-filename 名称] [选项] < 文件
      gongwen-lint --convert {{targets}} 文件
      gongwen-lint --stdio            以标准输入输出运行语言服务器

目录下查找 .txt、.md、.markdown 和 .docx 文件（.doc、.docm、.wps 列为跳过并说明原因；
不进入 node_modules、.git、dist、out）；通配符支持 *、**、?、{a,b}、[abc]。不给文件时检查当前目录。

输出
  -f, --format {{formats}}   输出格式（默认 stylish）
  --quiet                    只报告错误
  --max-warnings N           警告多于 N 个时退出码为 1
  --locale zh|zh-TW|en       提示语言：简体中文、繁体中文（台湾：所有提示，包括本帮助；文件名、选项和规则
                             id 照原样）、英文（默认按 LC_ALL/LC_MESSAGES/LANG，否则简体中文；LANG 不会选
                             zh-TW，JSON、SARIF 输出不变）
  --color, --no-color        强制开启或关闭颜色（默认仅终端开启；遵循 NO_COLOR、FORCE_COLOR）

修正
  --fix                      应用安全的自动修正并写回文件（保持原编码、BOM 和换行符）
  --fix-dry-run              只在内存中修正；配合 --format json 输出 "output"
  --annotate                 Word 文档：另写 NAME.annotated.docx，每个问题一条批注

配置
  -c, --config 文件          使用指定配置文件，而不是最近的 .gongwenrc.json
  --no-config-lookup         不读取 .gongwenrc.json
  --rule 规则:级别           设置规则级别（off、info、warn、error），可重复
  --max-file-size 大小       跳过更大的文件：字节数，可带单位 K、M、G（也可写 KB、KiB 等，
                             均按 1024 进位），如 500K、20M、1G（默认 20M，或 .gongwenrc.json
                             中的 maxFileSize）

输入
  --stdin                    从标准输入读取文字
  --stdin-filename 名称      标准输入文字的文件名（.md 按 Markdown；据此查找配置）；
                             只与 --stdin 同用（单独使用时在标准错误输出一行提示，别无作用）
  --convert 目标 文件        输出转换为 {{targetList}} 的全文

大批量
  -j, --jobs N               用 N 个工作线程（默认 CPU 核数；1 表示不用线程）
  --shard I/N                只检查排序后文件列表的第 I 份（共 N 份，划分固定）

  -v, --version              显示版本
  -h, --help                 显示本帮助

编码：UTF-8（有无 BOM 均可）、UTF-16 LE/BE（带 BOM；中文和 ASCII 文字不带 BOM 也能识别）、无 BOM 的 GB18030/GBK。
二进制、过大、无法读取或无法解码的文件，以及无法读取的文件夹，会被跳过，并在标准错误输出一行原因。

退出码
  0  没有错误，且警告数不超过 --max-warnings
  1  有错误，或警告数超过 --max-warnings
  2  用法或配置有误、路径或通配符没有匹配到文件、命令行上点名的文件（或 --stdin 读入的文字）
     无法读取或解码、修正无法写回，或程序出错。跳过的二进制文件和过大文件（无论是否点名，
     --stdin 读入的二进制内容也一样），以及目录中找到而无法读取或解码的文件和文件夹，不影响退出码。

环境变量：LC_ALL、LC_MESSAGES、LANG（提示语言）；NO_COLOR、FORCE_COLOR（颜色）；
GONGWEN_DEBUG=1（内部错误时显示调用栈）。

规则：{{rules}}
`,
} satisfies Localized;
