"""Text helpers shared by the stages: name normalisation and sentence splitting."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_APOSTROPHES = "'’‘`ʿʾ´ʼ"
ARABIC_ARTICLES = frozenset(
    {"al", "el", "an", "ar", "as", "ad", "at", "az", "ash", "ath", "adh", "en", "es", "ez", "et", "ed", "ul"}
)
_TELL = {"tell", "tall", "tel", "tal"}
_AYN = {"ayn", "ain", "ein"}  # the Arabic "spring": Ain Issa, ‘Ayn ‘Īsá; Ras al-Ain, Ra's al 'Ayn
_NON_WORD = re.compile(r"[^\w]+")
_DOUBLE = re.compile(r"(\w)\1+")
# An article run into the next word, its consonant doubled as the sound is: "Ezzor" is ez-Zor, "Annuman" an-Numan.
_ARTICLE_RUN_IN = re.compile(r"^[ae]([dnrtz])\1(?=[a-z]{2})")  # not s: "Bashar al-Assad"
_FINAL_H = re.compile(r"(?<=\w{3}[ae])h$")  # the Arabic final -a written with an h or not: Qayyarah, Qayyara
_VOWELS = re.compile(r"(?<=\w)[aeiouy]+")


def fold(text: str) -> str:
    """Case-fold and strip accents and apostrophes: ``Ma'arrat an-Nu'mān`` -> ``maarrat an-numan``."""
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c) and c not in _APOSTROPHES)
    return kept.casefold().replace("ı", "i")


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start:end`` overlaps any of the ``(start, end)`` spans."""
    return any(s < end and start < e for s, e in spans)


def ends_with_word(text: str, words: frozenset[str], stems: tuple[str, ...] = ()) -> bool:
    """Whether the last word of ``text`` (before a final "the"; a comma after it aside), in lower case, is
    one of ``words`` or starts with one of ``stems``: a quick test that spares a long pattern anchored at
    the end most texts."""
    tail = text.rstrip()
    if tail[-4:].lower() == " the":
        tail = tail[:-4].rstrip()
    last = tail.rsplit(None, 1)[-1].lower().rstrip(",") if tail else ""
    return last in words or last.startswith(stems)


def lowered(text: str) -> str:
    """``text`` in lower case, character for character, so offsets into it are offsets into ``text``.

    Patterns of lower-case words run several times faster on it than with ``re.IGNORECASE``.
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)  # "İ" lowers to two characters


def plain(name: str) -> str:
    """A name as plain Latin letters for display: ``Ḩamāh`` -> ``Hamah``, ``Dar‘ā`` -> ``Dar'a``."""
    decomposed = unicodedata.normalize("NFKD", name)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "".join("'" if c in _APOSTROPHES else c for c in kept)


@lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """The key two spellings of one place share: articles dropped, Tell/Tall/Tal unified, doubles merged.

    ``Al-Hamdaniyah``, ``Hamdaniya``, ``el Hamdaniyah`` share a key; so do ``Tall Rif'at`` and ``Tal Rifat``,
    ``Beqaa`` and ``Bekaa`` (the Arabic qaf is written q or k), and ``Deir Ezzor`` and ``Deir ez-Zor``.
    """
    words = [w for w in _NON_WORD.split(fold(name)) if w]
    if len(words) > 1:
        last = len(words) - 1  # an article comes before a word: "Long An" and "Xi'an" end on none
        words = [w for k, w in enumerate(words) if w not in ARABIC_ARTICLES or k == last] or words
        words = words[:1] + [_ARTICLE_RUN_IN.sub(r"\1", w) for w in words[1:]]  # "Deir Ezzor": Deir ez-Zor
    words = ["tal" if w in _TELL else "ayn" if w in _AYN else _FINAL_H.sub("", w) for w in words]
    return _DOUBLE.sub(r"\1", " ".join(words).replace("q", "k"))


def skeleton_key(name: str) -> str:
    """A looser key with inner vowels dropped: ``Saraqib``, ``Saraqeb`` and ``Saraqab`` -> ``srqb``.

    Only for names no exact key matched, and only trusted near the article's own geography.
    """
    return _VOWELS.sub("", name_key(name)).replace("h", "")


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article: character span in the article text and its paragraph number."""

    start: int
    end: int
    text: str
    paragraph: int


# Titles written before a person's name ("Const. Kim Flett", "Gen. Hassan").
TITLES = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "const", "cst", "det",
    "insp", "supt", "gov", "sen", "rep", "rev", "amb",
})  # fmt: skip
_ABBREVIATIONS = TITLES | {
    "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc",
    "inc", "ltd", "co", "corp", "mt", "ft", "jr", "sr", "ky", "calif", "fla", "ind", "mich", "minn", "mo",
}  # fmt: skip
# A word a sentence may open with before the place it tells of: "Meanwhile, in Russia's Kursk Oblast, ...".
SENTENCE_OPENER = (
    r"(?:(?:Meanwhile|Elsewhere|Separately|Also|And|But|Further|Farther)(?:\s+(?:north|south|east|west))?,?\s+)?"
)
_LAST_WORD = re.compile(r"([\w.]+)[.!?]+[\"”’)\]]*\s+$")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_BOUNDARY = re.compile(r"[.!?]+[\"”’)\]]*\s+|\n[ \t]*\n\s*")
_LINE_BOUNDARY = re.compile(r"[.!?]+[\"”’)\]]*[ \t]+|\s*\n\s*")


def lines_are_paragraphs(text: str) -> bool:
    """Whether the text has no blank line, so that each line is a paragraph (else a line break inside a
    paragraph only wraps it)."""
    return _BLANK_LINE.search(text) is None


def raw_offsets(raw: str) -> list[int]:
    """For each character of ``" ".join(raw.split())`` (a :class:`Sentence`'s text), where it stands in
    ``raw``: a sentence's wrapped lines and runs of spaces are one space in its text."""
    out: list[int] = []
    for word in re.finditer(r"\S+", raw):
        if out:
            out.append(out[-1] + 1)  # the space, at the first blank after the word before
        out.extend(range(word.start(), word.end()))
    return out


def split_sentences(text: str) -> list[Sentence]:
    """Split text into sentences and number their paragraphs.

    Blank lines end paragraphs and single line breaks are wrapped lines; in a text with no blank line
    at all, each line is a paragraph.
    """
    sentences: list[Sentence] = []
    paragraph, start = 0, 0
    boundary, breaks_at = (_LINE_BOUNDARY, 1) if lines_are_paragraphs(text) else (_BOUNDARY, 2)
    headings = heading_ends(text)
    matches = sorted([*boundary.finditer(text), *(m for m in _LINE_END.finditer(text) if m.start() in headings),
                      *_BULLET_LINE.finditer(text)], key=lambda m: m.start())  # fmt: skip
    for match in matches:
        if match.start() < start:  # inside a boundary already taken
            continue
        end = match.end()
        is_paragraph_break = match.group().count("\n") >= breaks_at
        if not is_paragraph_break and match.start() not in headings:
            word = _LAST_WORD.search(text[max(start, end - 60) : end])
            if word and _is_abbreviation(word.group(1)) and not _clock_then_sentence(word.group(1), text, end):
                continue
            following = text[end : end + 1]
            if following and following.islower():
                continue
        _append(sentences, text, start, match.start() + len(match.group().rstrip()), paragraph)
        if is_paragraph_break:
            paragraph += 1
        start = end
    _append(sentences, text, start, len(text), paragraph)
    return sentences


_LINE_END = re.compile(r"[ \t]*\n[ \t]*")
# A list's item starts a sentence of its own, also a post's that an emoji opens ("🔴 Government forces ...").
_BULLET_LINE = re.compile(r"\n[ \t]*(?=[-•*–]\s+\S|[\u2600-\u27bf\U0001f300-\U0001faff])")


# A line that is only a date in figures, perhaps timed: "07.12.2024", "2024-12-07T10:15:00Z".
_NUMERIC_DATE_LINE = re.compile(
    r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}(?:[T ,]+[\d:.]+\s*(?:Z|[AP]M|GMT|UTC|[+-]\d[\d:]*)?)?"
)


@lru_cache(maxsize=4)  # asked for each article by the sentence splitter and by the extractor
def heading_ends(text: str) -> frozenset[int]:
    """Where a heading line ends inside a paragraph: a line much shorter than the text's wrapped lines,
    without a full stop, followed by a capital ("10:20 GMT", "Crowds celebrate in Umayyad Square" above
    a live blog's entry) or by a date in figures ("07.12.2024"); or a line of a paragraph that is a list of
    headlines (:func:`_listed_lines`). Lines wrapped at a fixed width do not qualify, so their sentences
    stay whole; nor do any lines of a text without blank lines, which has only its line breaks between
    paragraphs."""
    if _BLANK_LINE.search(text) is None:
        return frozenset()
    lines = text.split("\n")
    width = max((len(line.rstrip()) for line in lines), default=0)
    ends, offset = set(), 0
    listed = _listed_lines(lines)
    for k, (line, following) in enumerate(zip(lines, lines[1:], strict=False)):
        offset += len(line)
        bare = line.rstrip()
        after = following.strip()
        if bare and (
            k in listed
            or (after[:1].isupper() or _NUMERIC_DATE_LINE.fullmatch(after))
            and len(bare) < 0.6 * width
            and bare[-1] not in '.,;:!?"”’)'
        ):
            ends.add(offset - (len(line) - len(bare)))
        offset += 1
    return frozenset(ends)


def _listed_lines(lines: list[str]) -> set[int]:
    """The lines (by index) of paragraphs that are lists of headlines or posts, each line a sentence: three
    lines or more, each opening with a capital (or an emoji), none ending on a word that links it to the
    next, and the last without a full stop ("Clashes reported near Hama military airport" / "Jordan
    closes Nassib border crossing"); not their last line."""
    found: set[int] = set()
    block: list[int] = []
    for k, line in enumerate([*lines, ""]):
        if line.strip():
            block.append(k)
            continue
        last = lines[block[-1]].rstrip() if block else ""
        if (
            len(block) > 2
            and last[-1] not in '.!?"”’)'
            and all(lines[i].strip()[0].isupper() or not lines[i].strip()[0].isalnum() for i in block)
            and not any(lines[i].split()[-1].casefold() in _LINKING for i in block[:-1])
        ):
            found.update(block[:-1])
        block = []
    return found


# Words a wrapped line may end on that no headline does: "stormed into the city on" / "Friday, tearing ...".
_LINKING = frozenset(
    {"a", "an", "the", "of", "on", "in", "at", "to", "for", "from", "by", "with", "and", "or", "but", "as", "that"}
)


_CLOCK = re.compile(r"[ap]\.m\.?", re.I)
_OPENING_WORD = re.compile(
    r"(?:The|A|An|It|He|She|They|We|In|On|At|But|This|That|These|Those|His|Her|Their|Its|There)\b"
)


def _clock_then_sentence(word: str, text: str, end: int) -> bool:
    """Whether "a.m." or "p.m." ends a sentence, as a word that opens one follows it ("at around 3:44 a.m.
    The ambulance service said"; not "at 3:44 a.m. Saturday")."""
    return _CLOCK.fullmatch(word) is not None and _OPENING_WORD.match(text, end) is not None


def _is_abbreviation(word: str) -> bool:
    bare = word.rstrip(".")
    return "." in bare or len(bare) == 1 and bare.isalpha() or bare.casefold() in _ABBREVIATIONS  # not "on December 3."


_MAX_SENTENCE = 2000  # characters: a run-on "sentence" longer than any a newspaper prints is read in parts


def _append(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > _MAX_SENTENCE:  # a text without full stops: parts cut at a space, so work stays linear
        cut = text.rfind(" ", start + 1, start + _MAX_SENTENCE)
        cut = cut if cut > start else start + _MAX_SENTENCE
        _append(out, text, start, cut, paragraph)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append(Sentence(start, end, " ".join(text[start:end].split()), paragraph))
