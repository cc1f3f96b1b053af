#!/usr/bin/python3
"""Look-alike characters from glyph images, for the wrong-character rule's confusion sets.

Build-time tool, run by hand (never by the build or CI, which only read its committed output,
data/wrong-character/glyph-lookalikes.tsv). It renders every character of the CJK Unified Ideographs
block (the project's texts and dictionary ranked first) with one OFL-licensed CJK font installed from Debian (fonts-noto-cjk: Noto Sans CJK SC,
SIL Open Font License 1.1) by Pillow (Debian python3-pil), and keeps the pairs whose 32x32 bitmaps
differ only in a small region, each character against the TOP most frequent: the slips of a glance
that no reading, stroke order or decomposition yields (肋/助, 朕/联, 失/央, 迀/迁). Only the derived
pairs are written, never a glyph. The build (tools/build-wrong-character-data.mjs) decides which it offers.

Likeness of bitmaps A and B (the font places every glyph in the same em box, so no centring is needed):
  miss(A, B) = ink of A farther than one pixel from any ink of B (a one-pixel tolerance: stroke widths and
  positions differ slightly between characters built alike);
  diff = miss(A, B) + miss(B, A), and its bounding box: a slip of a glance changes one place of the glyph.
A pair is kept when diff <= MAX_DIFF_SHARE of the lighter glyph's ink and the differing pixels lie in a
box of at most MAX_BOX_SHARE of the glyph area. Both limits were chosen on ECSpell's train fold: at 0.25
false alarms came in (扛/打 in 扛好, 膨/胀 in 通膨); 币/市, 十/干, 凶/区 need 0.42-0.49, which lets in
dozens of times more pairs. Characters of under MIN_INK pixels (一, 丨) are left out.

Usage: /usr/bin/python3 tools/glyph-lookalikes.py [--font FILE] [--top N] [--max-share S] [--out FILE]
Needs: apt-get install -y fonts-noto-cjk python3-pil
"""
import argparse
import glob
import os
import re
import subprocess
import sys

SIZE = 32
TOP = 1600
INK_LEVEL = 96
MAX_DIFF_SHARE = 0.2
MAX_BOX_SHARE = 0.5
MIN_INK = 60
FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'
FACE = 'Noto Sans CJK SC'
FULL = (1 << (SIZE * SIZE)) - 1
COL_FIRST = sum(1 << (y * SIZE) for y in range(SIZE))
COL_LAST = COL_FIRST << (SIZE - 1)
HAN = re.compile(r'[\u4e00-\u9fff]')


def ranked_chars():
    """Han characters most frequent first: those the official texts of data/ use (at least twice, most used
    first), then the single-character words of jieba's dictionary by frequency, then the rest of the texts, then the rest of the CJK Unified Ideographs block."""
    counts = {}
    files = sorted(glob.glob('data/official-text/*.txt')) + ['data/ecspell/odw.train.correct.txt']
    for name in files:
        with open(name, encoding='utf-8') as f:
            for c in HAN.findall(f.read()):
                counts[c] = counts.get(c, 0) + 1
    chars = [c for c, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if n >= 2]
    jieba = {}
    with open('node_modules/@node-rs/jieba/dict.txt', encoding='utf-8') as f:
        for line in f:
            word, freq = line.split(' ')[:2]
            if len(word) == 1 and HAN.match(word):
                jieba[word] = jieba.get(word, 0) + int(freq)
    seen = set(chars)
    chars += [c for c, _ in sorted(jieba.items(), key=lambda kv: (-kv[1], kv[0])) if c not in seen]
    seen = set(chars)
    chars += sorted(c for c in counts if c not in seen)
    # Then every other character of the CJK block: a slip may be one no text of ours uses (迀 for 迁).
    seen = set(chars)
    return chars + [chr(u) for u in range(0x4E00, 0xA000) if chr(u) not in seen]


def open_face(path):
    from PIL import ImageFont
    for index in range(16):
        try:
            font = ImageFont.truetype(path, SIZE, index=index)
        except OSError:
            break
        if font.getname()[0] == FACE:
            return font
    sys.exit(f'glyph-lookalikes: no face "{FACE}" in {path}')


def bitmap(font, c):
    """The glyph of c as an int of SIZE*SIZE bits, row by row."""
    from PIL import Image, ImageDraw
    image = Image.new('L', (SIZE, SIZE), 0)
    ImageDraw.Draw(image).text((SIZE / 2, SIZE / 2), c, fill=255, font=font, anchor='mm')
    bits = 0
    for k, v in enumerate(image.getdata()):
        if v >= INK_LEVEL:
            bits |= 1 << k
    return bits


def dilate(b):
    h = b | ((b << 1) & ~COL_FIRST) | ((b >> 1) & ~COL_LAST)
    return (h | (h << SIZE) | (h >> SIZE)) & FULL


def box_area(b):
    rows = [y for y in range(SIZE) if (b >> (y * SIZE)) & ((1 << SIZE) - 1)]
    cols = 0
    for y in rows:
        cols |= (b >> (y * SIZE)) & ((1 << SIZE) - 1)
    xs = [x for x in range(SIZE) if (cols >> x) & 1]
    return (rows[-1] - rows[0] + 1) * (xs[-1] - xs[0] + 1)


def font_version(path):
    try:
        out = subprocess.run(['dpkg', '-S', path], capture_output=True, text=True).stdout.split(':')[0]
        version = subprocess.run(['dpkg-query', '-W', '-f=${Version}', out], capture_output=True, text=True).stdout
        return f'Debian package {out} {version}'
    except OSError:
        return 'unknown package'


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--font', default=FONT)
    ap.add_argument('--top', type=int, default=TOP)
    ap.add_argument('--out', default='data/wrong-character/glyph-lookalikes.tsv')
    ap.add_argument('--all', action='store_true', help='write every scored pair (for tuning), not only the kept ones')
    ap.add_argument('--max-share', type=float, default=MAX_DIFF_SHARE, help=f'differing ink kept, a share of the lighter glyph (default {MAX_DIFF_SHARE})')
    args = ap.parse_args()
    if not os.path.exists(args.font):
        sys.exit(f'glyph-lookalikes: no font file {args.font} (apt-get install -y fonts-noto-cjk)')
    chars = ranked_chars()
    font = open_face(args.font)
    glyphs = []
    for c in chars:
        b = bitmap(font, c)
        ink = b.bit_count()
        if ink >= MIN_INK:
            glyphs.append((c, b, dilate(b), ink))
    # Every character against the `top` most frequent: a slip is read as a frequent character, and may be
    # written as any (仼 for 任, 迀 for 迁).
    frequent = glyphs[:args.top]
    rows = []
    for i, (a, ba, da, ia) in enumerate(glyphs):
        for b, bb, db, ib in frequent[:i] if i < args.top else frequent:
            lighter = min(ia, ib)
            limit = lighter * (0.6 if args.all else args.max_share)
            ma = (ba & ~db)
            na = ma.bit_count()
            if na > limit:
                continue
            mb = (bb & ~da)
            diff = na + mb.bit_count()
            if diff > limit or diff == 0:
                continue
            share = diff / lighter
            box = box_area(ma | mb) / (SIZE * SIZE)
            if args.all or box <= MAX_BOX_SHARE:
                rows.append((share, b, a, box))
    rows.sort()
    with open(args.out, 'w', encoding='utf-8') as f:
        f.write('# Look-alike characters from glyph images: made by tools/glyph-lookalikes.py (run by hand; see its header).\n')
        f.write(f'# Font: {os.path.basename(args.font)} face "{FACE}" ({font_version(args.font)}; SIL Open Font License 1.1), {SIZE}x{SIZE} px, ink >= {INK_LEVEL}/255.\n')
        f.write(f'# Characters: each of {len(glyphs)} (data/official-text and data/ecspell, the single characters of the jieba dictionary, the rest of U+4E00-U+9FFF) against the {args.top} most frequent (first column); kept: differing ink <= {args.max_share} of the lighter glyph (one-pixel tolerance), in a box <= {MAX_BOX_SHARE} of the glyph area.\n')
        f.write('# Columns: character, character, differing ink share, box share. Only derived pairs, no glyphs.\n')
        for share, a, b, box in rows:
            f.write(f'{a}\t{b}\t{share:.2f}\t{box:.2f}\n')
    print(f'glyph-lookalikes: {len(rows)} pairs of {len(glyphs)} characters with the {args.top} most frequent -> {args.out}')


if __name__ == '__main__':
    main()
