"""Read articles from files and folders, with their outlet and publication date.

Metadata comes from a ``sources.csv`` manifest beside the articles (``file,outlet,url,published``)
and, where that is missing or incomplete, from the text itself; ``metadata_source`` says which, per
field. Bad files are reported as :class:`geo.errors.BadInput` and never stop the good ones.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

import markdown
from bs4 import BeautifulSoup, Tag
from wordfreq import zipf_frequency

from geo.dates import line_date, months_named, weekday_named_first, yearless_day
from geo.errors import BadInput
from geo.textutil import ARABIC_ARTICLES

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
MANIFEST = "sources.csv"
MANIFEST_COLUMNS = ("file", "outlet", "url", "published")
MAX_BYTES = 2_000_000
OUTLETS_FILE = Path(__file__).resolve().parent.parent / "data" / "outlets.csv"


@dataclass(frozen=True)
class Article:
    """One article's text and what is known about it."""

    name: str  # the file name, or a name given to pasted text
    text: str
    title: str = ""
    outlet: str = ""  # "" when unknown
    url: str = ""
    published: date | None = None
    metadata_source: str = ""  # per field, e.g. "outlet: manifest; published: text 'date' line"

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class SourceInfo:
    """A manifest row."""

    outlet: str = ""
    url: str = ""
    published: date | None = None


def decode(data: bytes, source: str) -> str:
    """Bytes to text: UTF-16 where a byte-order mark says so (as Windows Notepad saves "Unicode"), else
    UTF-8 first, then Windows-1252; binary data is refused."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise BadInput(source, "has a UTF-16 byte-order mark but is not UTF-16 text") from None
        if any(ord(c) < 9 for c in text[:4096]):
            raise BadInput(source, "looks like a binary file, not text")
        return text
    if b"\x00" in data:
        raise BadInput(source, "looks like a binary file, not text")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise BadInput(source, "is neither UTF-8 nor Windows-1252 text")


def html_to_text(html: str) -> str:
    """Visible text of an HTML page, paragraphs separated by blank lines; scripts, styles, menus, side
    columns and footers dropped."""
    return _visible_text(BeautifulSoup(html, "html.parser"))


def _visible_text(soup: BeautifulSoup) -> str:
    """:func:`html_to_text` of a parsed page; it drops the page's scripts from ``soup``."""
    for tag in soup(["script", "style", "noscript", "template", "iframe", "svg", "nav", "aside", "footer", "form"]):
        tag.decompose()  # and the page's menus, side columns ("Most viewed") and footer: not the article
    for listed in soup(["ul", "ol"]):
        items = listed.find_all("li")
        if items and all(_only_links(item) for item in items):
            listed.decompose()  # "Related": other stories' headlines, each a link
    # The <title> is the headline again, with the outlet's name, where the page has its own <h1>.
    tags = ["h1", "h2", "h3", "p", "li", "figcaption", "tr"] + ([] if soup.find("h1") else ["title"])
    blocks = [_block_text(el) for el in soup.find_all(tags) if el.find_parent(tags) is None]  # once, not nested
    text = "\n\n".join(b for b in blocks if b)
    return text or "\n\n".join(line.strip() for line in soup.get_text("\n").splitlines() if line.strip())


def _block_text(element: Tag) -> str:
    """A block's words on one line; a table row's cells joined by colons ("7 December: Homs falls")."""
    if element.name == "tr":
        cells = [_words(cell) for cell in element.find_all(["td", "th"])]
        return ": ".join(c for c in cells if c)
    return _words(element)


# Tags inside a block that part words; others (<strong>, <a>, <em>) run on with the text around them.
_PARTING = ["br", "p", "div", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "blockquote"]


def _words(element: Tag) -> str:
    """An element's words, as written: "<strong>Hama</strong>, Syria's" is "Hama, Syria's", not "Hama , Syria's"."""
    for inner in element.find_all(_PARTING):
        inner.insert_after(" ")
    return " ".join(element.get_text("").split())


def _only_links(element: Tag) -> bool:
    """Whether all the element's words are those of its links."""
    links = element.find_all("a")
    words = " ".join(element.get_text(" ").split())
    return bool(links) and words == " ".join(" ".join(a.get_text(" ").split()) for a in links)


def _is_html(name: str, text: str) -> bool:
    return name.lower().endswith((".html", ".htm")) or re.match(r"\s*<(!doctype|html)", text, re.I) is not None


# Where pages say who published them and when: Open Graph, article and Dublin Core tags, schema.org.
_OUTLET_TAGS = ("og:site_name", "application-name", "publisher", "dc.publisher")
_DATE_TAGS = (
    "article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date", "dc.date.issued",
    "parsely-pub-date", "sailthru.date", "og:published_time",
)  # fmt: skip
_ISO_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})")


def page_metadata(html: str) -> SourceInfo:
    """Outlet, address and publication day an HTML page states about itself in its ``<meta>`` tags, its
    canonical link, its first ``<time datetime>`` or its schema.org JSON-LD."""
    return _page_metadata(BeautifulSoup(html, "html.parser"))


def _page_metadata(soup: BeautifulSoup) -> SourceInfo:
    tags: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        key = str(tag.get("property") or tag.get("name") or tag.get("itemprop") or "").casefold()
        if key and key not in tags and tag.get("content"):
            tags[key] = str(tag["content"]).strip()
    for script in soup.find_all("script", type="application/ld+json"):
        try:
            data = json.loads(script.string or "")
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict):
                tags.setdefault("datepublished", str(item.get("datePublished") or ""))
                publisher = item.get("publisher")
                if isinstance(publisher, dict) and publisher.get("name"):
                    tags.setdefault("publisher", str(publisher["name"]))
    time_tag = soup.find("time", datetime=True)
    if time_tag is not None:
        tags.setdefault("time", str(time_tag["datetime"]))
    outlet = next((tags[k] for k in _OUTLET_TAGS if tags.get(k) and not tags[k].startswith("http")), "")
    canonical = soup.find("link", rel="canonical")
    url = tags.get("og:url") or (str(canonical.get("href") or "") if canonical is not None else "")
    published = None
    for key in (*_DATE_TAGS, "time"):
        match = _ISO_DAY.match(tags.get(key, ""))
        if match:
            try:
                published = date.fromisoformat(match.group(1))
                break
            except ValueError:
                continue
    return SourceInfo(outlet, url if url.startswith("http") else "", published)


def read_article(name: str, data: bytes, info: SourceInfo | None = None) -> Article:
    """An article from a file's bytes: its text, and what the manifest row (``info``), the page's own
    metadata (HTML) and the text say about it."""
    raw = _decoded(name, data)
    if not _is_html(name, raw):
        return build_article(name, _checked(name, _plain(name, raw)), info)
    soup = BeautifulSoup(raw, "html.parser")  # parsed once for both
    page = _page_metadata(soup)  # first: the text drops the scripts that hold the JSON-LD
    return build_article(name, _checked(name, _visible_text(soup)), info, page)


def article_text(name: str, data: bytes) -> str:
    """The text of an article file's bytes, checked for size, encoding and emptiness."""
    raw = _decoded(name, data)
    return _checked(name, html_to_text(raw) if _is_html(name, raw) else _plain(name, raw))


def _plain(name: str, raw: str) -> str:
    """A text file's text; of Markdown, the text without its markup ("# ", "**Damascus**", links)."""
    return html_to_text(markdown.markdown(raw, extensions=["tables"])) if name.lower().endswith(".md") else raw


def _decoded(name: str, data: bytes) -> str:
    if len(data) > MAX_BYTES:
        raise BadInput(name, f"is {len(data):,} bytes, over the {MAX_BYTES:,}-byte limit")
    return decode(data, name)


def _checked(name: str, text: str) -> str:
    """The text with its line breaks made ``\n``, other spaces (no-break, thin) made plain, the
    invisible characters web pages hide in words (soft hyphens, zero-width spaces) taken out, the lines
    that link to other stories and a wiki's citation marks blanked; an error naming the file when there is
    none."""
    if not text.strip():
        raise BadInput(name, "has no text")
    text = _without_links(text.replace("\r\n", "\n").replace("\r", "\n").translate(_PLAIN_SPACES))
    text = _BROKEN_WORD.sub(_mended, text)
    return _CITATION.sub(lambda m: " " * len(m.group()), text)


# A word broken over two lines, as a printed page's text copies: "fighting on its northern out-\nskirts,".
_BROKEN_WORD = re.compile(r"([^\W\d_]+)-[ \t]*\n[ \t]*([a-z]+)(\S*)")
_COMMON_ZIPF = 3.0  # how often English uses a common word


def _mended(match: re.Match[str]) -> str:
    """A word broken over two lines made whole ("out-skirts": "outskirts", "Da-mascus": "Damascus"), where
    the whole is a common word or its parts are not two ("well-known", "rebel-held", "Maarat-al-Numan" stay
    hyphenated); on one line, then the line break, and spaces for what was taken out, so the text keeps its
    length."""
    left, right, rest = match.groups()
    two_words = right in ARABIC_ARTICLES or all(
        zipf_frequency(w.casefold(), "en") >= _COMMON_ZIPF for w in (left, right)
    )
    whole = zipf_frequency((left + right).casefold(), "en") >= _COMMON_ZIPF or not two_words
    word = (left + right if whole else f"{left}-{right}") + rest
    return word + "\n" + " " * (len(match.group()) - len(word) - 1)


# A wiki's citation marks, blanked so offsets stay: "... countryside.[12] By 29 November", "[citation needed]".
_CITATION = re.compile(r"\[(?:\d{1,3}|citation needed)\]")


# Lines of a copied web page that point to other stories, not the article's own: "Read more: Rebels enter
# Hama", "Related: ...", Al Jazeera's "list of 4 items ... end of list", "Advertisement"; and a wire story's
# photo captions and trailer: "[1/3] A fighter stands ... REUTERS/Stringer Purchase Licensing Rights", the
# reporters' and editors' names, and a line on the agency's standards.
_LINK_LINE = re.compile(
    r"(?:read more|related(?: stories)?|also read|recommended|see also|more on this story|watch|listen)\s*[:|]|"
    r"advertisement\s*$|skip to (?:content|main content)\s*$|skip next section\b|"  # DW's "Skip next section ..."
    r"\[\d+/\d+\]|.*\bpurchase licensing rights\b|(?:additional\s+)?reporting by\b.*\bediting by\b|our standards:",
    re.I,
)
_LIST_START = re.compile(r"list of \d+ items?\s*$", re.I)
_LIST_END = re.compile(r"end of list\s*$", re.I)


def _without_links(text: str) -> str:
    """The text with the lines that link to other stories blanked (``_LINK_LINE``, a list of them)."""
    lines, inside = text.split("\n"), False
    for k, line in enumerate(lines):
        bare = line.strip()
        if _LIST_START.match(bare):
            inside = True
        if inside or _LINK_LINE.match(bare):
            lines[k] = ""
        if inside and _LIST_END.match(bare):
            inside = False
    return text if inside else "\n".join(lines)  # a list never closed: kept whole, not to lose the article


_PLAIN_SPACES = str.maketrans(
    {**{c: " " for c in "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"}, "\u00ad": None,
     "\u200b": None, "\u2060": None, "\ufeff": None}
)  # fmt: skip


def parse_date(value: str, source: str, line: int | None = None) -> date | None:
    value = value.strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise BadInput(source, f"published date {value!r} is not YYYY-MM-DD", line) from None


def read_manifest(path: Path) -> tuple[dict[str, SourceInfo], list[BadInput]]:
    """Rows of a ``sources.csv`` by file name, and the problems of the rows that could not be used."""
    errors: list[BadInput] = []
    try:
        text = decode(path.read_bytes(), str(path))
    except (OSError, BadInput) as exc:
        return {}, [exc if isinstance(exc, BadInput) else BadInput(str(path), f"cannot be read ({exc})")]
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in MANIFEST_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        return {}, [
            BadInput(str(path), f"missing column(s) {', '.join(missing)}; expected {','.join(MANIFEST_COLUMNS)}", 1)
        ]
    rows: dict[str, SourceInfo] = {}
    for row in reader:
        line = reader.line_num
        try:
            published = parse_date(row["published"] or "", str(path), line)
        except BadInput as exc:
            errors.append(exc)
            published = None
        if row["file"]:
            rows[row["file"].strip()] = SourceInfo((row["outlet"] or "").strip(), (row["url"] or "").strip(), published)
    return rows, errors


@lru_cache(maxsize=1)
def _outlets_by_domain() -> dict[str, str]:
    with OUTLETS_FILE.open(encoding="utf-8") as fh:
        return {row["domain"]: row["outlet"] for row in csv.DictReader(fh)}


def outlet_of(domain: str, outlets: dict[str, str]) -> str:
    """The outlet whose site a domain is, also a part of it: "english.alarabiya.net" is "alarabiya.net"'s."""
    labels = domain.lower().removeprefix("www.").split(".")
    for k in range(len(labels) - 1):
        if (name := outlets.get(".".join(labels[k:]))) is not None:
            return name
    return ""


# "date 2024-11-30 Title", first or under a line or two naming the outlet ("Kyiv Post").
_DATE_LINE = re.compile(r"\A\s*(?:[^\n]{1,60}\n\s*){0,2}?date\s+(\d{4}-\d{2}-\d{2})\s+(.+)")
_DOMAIN = re.compile(r"\b((?:[a-z0-9-]+\.)+[a-z]{2,})(?=[/\s\"')\]]|$)", re.I)
# An outlet's own correspondent: "Al Jazeera’s Resul Serdar, reporting from Hatay".
_CORRESPONDENT = re.compile(
    r"(?P<outlet>(?:[Tt]he )?[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})['’]s (?:[\w-]+ ){0,2}?[A-Z][\w'’-]+ [A-Z][\w'’-]+,? "
    r"(?:reporting|speaking) from\b"
)
_TOLD = re.compile(r"\btold [Tt]he ([A-Z][\w.]*(?: [A-Z][\w.]*){0,3})")  # "a source told the Kyiv Independent"
# A dateline: "AMMAN, Dec 7 (Reuters) -", "Nairobi, 2 December 2024 (Radio Dabanga)", "BEIRUT (AP) —": where the report
# was filed, perhaps when, and the agency or outlet that filed it.
_OUTLET_IN_BRACKETS = r"\((?P<outlet>[A-Z][A-Za-z .&'’-]{1,30})\)\s*"
_WIRE = re.compile(
    r"[A-Z][\w.'’/ -]{1,30}?(?:,\s+(?:(?P<when>[^()\n]{3,40}?)\s*)?|\s+(?=\())" + _OUTLET_IN_BRACKETS + r"(?:[-–—:]|$)"
)
# An outlet's name in brackets opening the text: "(CNN) — Rebels advanced on Homs".
_BRACKETED = re.compile(_OUTLET_IN_BRACKETS + r"[-–—]")
# A town in capitals, then the date: "ISTANBUL Dec 02, 2024 - 10:41 am GMT+3".
_TOWN_DATE = re.compile(r"[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+)?\s+(?P<when>[A-Z0-9].{5,60})")
# Towns in capitals, a dash, the date: "EL FASHER / TAWILA – April 14, 2025".
_TOWNS_DASH_DATE = re.compile(r"[A-Z][A-Z .'’/-]{1,40}?\s+[-–—]\s+(?P<when>[A-Z0-9][^–—]{5,40})")
# A town, the outlet and the date: "Hama, SANA – December 4, 2024".
_TOWN_OUTLET_DATE = re.compile(
    r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?,\s+(?P<outlet>[A-Z][\w.&'’ ]{1,30}?)\s*[-–—]\s*(?P<when>[A-Z0-9][^–—]{5,40})"
)
# A town and the outlet opening the report: "Hama, SANA - Army units ...".
_TOWN_OUTLET = re.compile(
    r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?,\s+(?P<outlet>[A-Z][\w.&'’]{1,15}(?: [A-Z][\w.&'’]+){0,2})\s*(?:--|[-–—])\s"
)  # also "Damascus, SANA -- ..."
# An agency's dateline with its name between slashes: "MOSCOW, December 4. /TASS/."
_SLASHED = re.compile(
    r"[A-Z][A-Z .'’-]{1,30},\s+(?P<when>[A-Z][a-z]+\.?\s+\d{1,2})\.?\s+/(?P<outlet>[A-Z][\w-]{1,20})/\.?"
)
# A dateline that opens with the date, then the town: "February 24, 2025 (KHARTOUM) – The army said".
_DATE_FIRST = re.compile(r"(?P<when>[^()\n]{6,30}?)\s+\([A-Z][A-Za-z .'’-]{1,30}\)\s*(?:[-–—]|$)")
# A dateline in brackets, as Human Rights Watch writes them: "(Beirut, March 12, 2025) – Armed groups ...".
BRACKETED_DATELINE = re.compile(r"\([A-Z][\w .'’-]{1,30},\s+(?P<when>[^()\n]{6,30}?)\)\s*[-–—]")
# A dateline without an outlet, dated: "BAGHDAD, June 10, 2014 —", "BEIRUT, Lebanon, Dec. 8, 2024 -".
_PLAIN_WIRE = re.compile(
    r"[A-Z][A-Z.'’ -]{1,30}?(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?,\s+(?P<when>[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})\s+[-–—]"
)
# "By Staff Writer, Al Jazeera", "By Al Jazeera Staff", "From Reuters", "Kyiv Independent": a line
# naming a known outlet.
_BYLINE = re.compile(
    r"(?:(?:by|from|source:|credit:)\s+(?:.{0,60}?[,|]\s*)?)?(?P<outlet>[A-Z][\w.&'’ -]{1,40}?)"  # "Source: Middle East Eye", "Asharq Al-Awsat"
    r"(?:\s+(?:staff(?:\s+writers?)?|newsroom|reporters?|correspondents?|team|news\s+desk))?"
    r"(?:\s+(?:with|and)\s+(?:agencies|wires|[A-Z]{2,5}))?\s*",  # "Daily Sabah with AA", "Al Jazeera and agencies"
    re.I,
)
# "By Libya Observer staff", "By Al-Monitor Staff": an outlet's own byline, also one not listed.
_STAFF_BYLINE = re.compile(
    r"(?i:by)\s+(?P<outlet>(?:[Tt]he\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4})\s+"
    r"(?i:staff(?:\s+writers?)?|news\s*desk|newsroom|editorial\s+team)\s*"
)
# "By Lina Sinjab, BBC Middle East correspondent": a reporter's name, then the outlet and their post.
_REPORTER_OF = re.compile(r"(?i:by)\s+[^,|]{3,40}[,|]\s*(?P<rest>[A-Z].{1,60})")


def infer_metadata(text: str, outlets: dict[str, str] | None = None) -> tuple[str, str, date | None, dict[str, str]]:
    """Title, outlet and publication date read from the text, with how each was found."""
    known = _known_by_default() if outlets is None else _known_outlets(outlets)
    outlets = _outlets_by_domain() if outlets is None else outlets
    how: dict[str, str] = {}
    title, outlet, published = "", "", None
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    first_lines, last_lines = lines[:5], lines[5:][-3:]
    match = _DATE_LINE.match(text)
    if match:
        try:
            published = date.fromisoformat(match.group(1))
            how["published"] = "text: 'date' line"
        except ValueError:
            pass
        title = match.group(2).strip()
    else:
        published, how_found, said = _date_in_header(first_lines)
        if published is None:
            published, how_found, said = _date_in_header(last_lines, datelines=False)
        if published is not None:
            published, how["published"] = _day_or_month_first(published, said, how_found, text)
        elif yearless := _yearless_dateline(first_lines, text):
            published, how["published"] = yearless[0], f"text: dateline {yearless[1]}"
        headings = (
            [found[0] for line in lines if (found := line_date(line)) is not None and found[1] == line]
            if said in first_lines  # a line that is only a date: perhaps a timeline's first day, no publication's
            else []
        )
        if len(headings) >= _TIMELINE_HEADINGS:
            published, how["published"] = max(headings), f"text: the latest of {len(headings)} date headings"
    for line in first_lines[:3]:
        for domain in _DOMAIN.findall(line):
            name = outlet_of(domain, outlets)
            if name and len(line) < 60:
                outlet, how["outlet"] = name, f"text: outlet line naming {domain}"
                first_lines.remove(line)
                break
        if outlet:
            break
    if not outlet:
        counts: dict[str, int] = {}
        for domain in _DOMAIN.findall(text):
            name = outlet_of(domain, outlets)
            if name:
                counts[name] = counts.get(name, 0) + 1
        if counts:
            outlet = max(counts, key=lambda k: counts[k])
            how["outlet"] = f"text: links to its domain ({counts[outlet]})"
    if not outlet:
        outlet, how_found = _outlet_in_header(first_lines, known)
        if not outlet:
            outlet, how_found = _outlet_in_header(last_lines, known, datelines=False)
        if outlet:
            how["outlet"] = how_found
    correspondent = None if outlet else _CORRESPONDENT.search(text)
    if correspondent and _bare(correspondent.group("outlet")) in known:  # "Al Jazeera’s Resul Serdar, reporting from"
        outlet, how["outlet"] = known[_bare(correspondent.group("outlet"))], f"text: '{correspondent.group().strip()}'"
    told = None if outlet else _TOLD.search(text)
    named = f"The {told.group(1).rstrip('.')}" if told else ""  # "... told the Kyiv Independent."
    if told and named in outlets.values():
        outlet, how["outlet"] = named, f"text: '{told.group().rstrip('.')}'"
    if not title and first_lines:
        title = first_lines[0] if len(first_lines[0]) < 200 else first_lines[0][:120] + "…"
    return title, outlet, published, how


def _date_in_header(lines: list[str], datelines: bool = True) -> tuple[date | None, str, str]:
    """The publication date a header or closing line gives ("Published 2024-10-03", "Dec. 6, 2024",
    "Published Nov. 27, 2024 · The Kyiv Independent") or a dateline with its year ("Nairobi, 2 December
    2024 (Radio Dabanga)"), with how it was found and the words that give it."""
    for line in lines:
        for label, when in _dated_parts(line, datelines):
            found = line_date(when)
            if found is not None:
                return found[0], f"text: {label} '{found[1]}'", found[1]
    return None, "", ""


def _yearless_dateline(lines: list[str], text: str) -> tuple[date, str] | None:
    """The day of a wire dateline without a year ("KYIV, Jan 10 (Reuters) - Ukraine's military said on
    Friday"), where the text's years and the weekday its report opens with tell the year
    (:func:`~geo.dates.yearless_day`)."""
    for i, line in enumerate(lines):
        wire = _WIRE.match(line) or _SLASHED.match(line)
        if wire and wire.group("when"):
            lead = line[wire.end() :].strip() or (lines[i + 1] if i + 1 < len(lines) else "")
            return yearless_day(wire.group("when"), lead, text)
    return None


# A date in figures that reads as a day either way: "03/09/2025" (3 September, or 9 March as DW means it);
# not with dots, which only those who write the day first use ("07.12.2024").
_EITHER_WAY = re.compile(r"(?P<first>\d{1,2})([/-])(?P<second>\d{1,2})\2\d{4}")


_TIMELINE_HEADINGS = 3  # lines that are only a date, of which the first heads a timeline, not the article


def _day_or_month_first(published: date, said: str, how: str, text: str) -> tuple[date, str]:
    """A header date in figures that reads as a day both ways ("03/09/2025") is read month first where
    the text's dates name that month and not the other ("on March 6") or where only that reading is the
    weekday the text names first ("02/12/2025" and "on Wednesday": 12 February), else day first, as most of
    the world writes it; how it was read is said either way."""
    either = _EITHER_WAY.fullmatch(said)
    if either is None or max(int(either.group("first")), int(either.group("second"))) > 12:
        return published, how  # one reading only: "30/11/2024", "11/30/2024"
    if either.group("first") == either.group("second"):
        return published, how
    other = published.replace(month=published.day, day=published.month)
    named = months_named(text)
    if named.get(other.month, 0) > named.get(published.month, 0):
        return other, f"{how}, month first: the text's dates name {other:%B}"
    weekday = weekday_named_first(text)
    if weekday is not None and other.weekday() == weekday[0] != published.weekday():  # "02/12/2025" (DW's) and
        return other, f"{how}, month first: the {weekday[1]} the text names first"  # "on Wednesday": 12 February
    return published, f"{how}, day first (month first it would be {other.isoformat()})"


# A date written in figures and then in words, as DW's pages give it: "12/07/2024December 7, 2024".
_TWICE = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\s*(?P<when>[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})")
# A date written twice without a space, as Al Jazeera's pages copy: "Published On 30 Nov 202430 Nov 2024".
_GLUED_TWICE = re.compile(r"(?:[A-Z][a-z]+(?: [Oo]n)?:? )?(?P<when>\d{1,2} [A-Z][a-z]{2,8} \d{4})(?P=when)")


def _dated_parts(line: str, datelines: bool) -> Iterator[tuple[str, str]]:
    """The parts of a line that may be a date, in the order they are tried, each with what the line is:
    the line itself, the date of a signed line, of a wire dateline ("AMMAN, Dec 7 (Reuters) -"), of one
    that opens with it ("February 24, 2025 (KHARTOUM) –"), of a named one ("Reuters, December 9, 2024")
    and of a town's ("ISTANBUL Dec 02, 2024 - ...", "EL FASHER / TAWILA – April 14, 2025", "Hama, SANA –
    December 4, 2024")."""
    yield "date line", line
    for signed in (_SIGNED.fullmatch(line), _SIGNED_LAST.fullmatch(line)):
        if signed:
            yield "date line", signed.group("when")
    for part in _HEADER_PARTS.split(line) if _HEADER_PARTS.search(line) else ():
        yield "date line", part  # "THE OBSERVER · WORLD · 6 DECEMBER 2024      Page 12": a printed page's header
    wire = (_WIRE.match(line) or _PLAIN_WIRE.match(line)) if datelines else None
    if wire and wire.group("when"):
        yield "dateline", wire.group("when")
    if datelines and (dated := _DATE_FIRST.match(line) or BRACKETED_DATELINE.match(line)):
        yield "dateline", dated.group("when")
    if named := _NAMED_DATE.fullmatch(line):
        yield "date line", named.group("when")
    if twice := _TWICE.fullmatch(line) or _GLUED_TWICE.fullmatch(line):  # "12/07/2024December 7, 2024": the
        yield "date line", twice.group("when")  # one written out
    for town in (
        (_TOWN_DATE.fullmatch(line), _TOWNS_DASH_DATE.fullmatch(line), _TOWN_OUTLET_DATE.fullmatch(line))
        if datelines
        else ()
    ):
        if town:
            yield "dateline", town.group("when")


def _opening_date(line: str) -> tuple[date, str] | None:
    """The date a dateline that opens with it gives ("February 24, 2025 (KHARTOUM) –"), with how it was written."""
    dated = _DATE_FIRST.match(line)
    return line_date(dated.group("when")) if dated else None


def _bare(name: str) -> str:
    """An outlet's name as compared: "The Guardian" and "guardian" alike."""
    return name.casefold().removeprefix("the ")


def _initials(name: str) -> set[str]:
    """ "Associated Press" -> "ap"; "The New York Times" -> "nyt"; "Voice of America" -> "voa" and, without
    its small words, as "Syrian Observatory for Human Rights" is written: "sohr"."""
    words = _bare(name).split()
    short = "".join(w[0] for w in words if w not in _SMALL_WORDS)
    return {"".join(w[0] for w in words)} | ({short} if len(short) > 2 else set())


_SMALL_WORDS = frozenset({"of", "for", "the", "and", "on", "in"})


def _known_outlets(outlets: dict[str, str]) -> dict[str, str]:
    """Every outlet by the names a text may give it: bare ("guardian"), without a last "News" ("bbc") and
    as initials ("ap", "nyt", "sohr") that no other outlet has and that are no outlet's name ("RT" is RT, not
    Radio Tamazuj; "AA" is both Anadolu Agency's and Asharq Al-Awsat's, so neither's)."""
    known = {_bare(name): name for name in outlets.values()}
    known |= {_bare(name).removesuffix(" news"): name for name in outlets.values() if name.endswith(" News")}
    several = {name for name in set(outlets.values()) if len(name.split()) > 1}
    initials = Counter(short for name in several for short in _initials(name))
    return {short: name for name in several for short in _initials(name) if initials[short] == 1} | known


def _known_start(words: str, known: dict[str, str]) -> str:
    """The longest start of ``words`` that names a known outlet ("BBC" of "BBC Middle East
    correspondent"), or ""."""
    split = words.split()
    for n in range(min(len(split), 5), 0, -1):
        if _bare(" ".join(split[:n])) in known:
            return " ".join(split[:n])
    return ""


@lru_cache(maxsize=1)
def _known_by_default() -> dict[str, str]:
    """:func:`_known_outlets` of ``data/outlets.csv``, built once rather than for every article."""
    return _known_outlets(_outlets_by_domain())


# A date line that opens with its outlet or town: "Reuters, December 9, 2024", "Aleppo, 9 December 2024",
# "Published by Al-Monitor, 9 December 2024", "Axios — Dec 8, 2024".
_NAMED_DATE = re.compile(
    r"(?:[Pp]ublished\s+)?(?:[Bb]y\s+)?(?P<who>[A-Z][\w.&'’ -]{1,40}?)(?:,|\s+[—–|·])\s+"
    r"(?P<when>[^,]{3,20}(?:,\s*\d{4})?)"
)
# A date line signed by its outlet or author: "Published 6 December 2024 by The National", "Published
# Nov. 27, 2024 · The Kyiv Independent", "Published 8 December 2024, 09:30 GMT — BBC News".
# Between the parts of a page's header: "THE OBSERVER · WORLD · 6 DECEMBER 2024", "DECEMBER 7, 2024 / 11:45 PM / CBS/AP".
_HEADER_PARTS = re.compile(r"\s+[·|•/]\s+|\s{3,}")
_SIGNED = re.compile(r"(?P<when>.+?)\s+(?:[·|—–-]|by)\s+(?P<who>[^·|—–]{2,40}?)\W*", re.I)
# ... or with the outlet after the last comma: "Sunday December 08 2024, 12.01am, The Times".
_SIGNED_LAST = re.compile(r"(?P<when>.+),\s+(?P<who>[^,·|—–]{2,40}?)\W*")


def _outlet_in_header(lines: list[str], known: dict[str, str], datelines: bool = True) -> tuple[str, str]:
    """The outlet a wire dateline ("AMMAN, Dec 7 (Reuters) -"), a byline ("By Staff, Al Jazeera", "From
    Reuters") or a signed date line ("Published 6 December 2024 by The National") in the article's first
    or last lines names, with how it was found; ("", "") when none does."""
    for line in lines:
        wire = _WIRE.match(line) or _SLASHED.match(line) if datelines and _opening_date(line) is None else None
        if wire:  # not "February 24, 2025 (KHARTOUM) –", whose brackets hold a town
            said = wire.group("outlet").strip()
            shown = f"({said})" if wire.re is _WIRE else f"/{said}/"
            return known.get(_bare(said), said), f"text: dateline '{shown}'"
        bracketed = _BRACKETED.match(line)
        if bracketed and _bare(said := bracketed.group("outlet")) in known:
            return known[_bare(said)], f"text: dateline '({said})'"
        town = _TOWN_OUTLET_DATE.fullmatch(line) if datelines else None
        if town and _bare(said := town.group("outlet")) in known and line_date(town.group("when")):
            return known[_bare(said)], f"text: dateline '{town.group().strip()}'"
        town = _TOWN_OUTLET.match(line) if datelines else None  # "Hama, SANA - Army units on Sunday ..."
        if town and _bare(said := town.group("outlet")) in known:
            return known[_bare(said)], f"text: dateline '{town.group().strip()}'"
        byline = _BYLINE.fullmatch(line)
        if byline and _bare(byline.group("outlet")) in known:
            said = byline.group("outlet")
            return known[_bare(said)], f"text: byline naming {said}"
        staff = _STAFF_BYLINE.fullmatch(line)
        if staff:
            said = staff.group("outlet")
            return known.get(_bare(said), said), f"text: byline of {said} staff"
        reporter = _REPORTER_OF.fullmatch(line)
        said = _known_start(reporter.group("rest"), known) if reporter else ""
        if said:
            return known[_bare(said)], f"text: byline naming {said}"
        for signed in (_SIGNED.fullmatch(line), _SIGNED_LAST.fullmatch(line)):
            if signed and _bare(signed.group("who")) in known and line_date(signed.group("when")):
                said = signed.group("who")
                return known[_bare(said)], f"text: date line signed {said}"
        named = _NAMED_DATE.fullmatch(line)
        if named and _bare(named.group("who")) in known and line_date(named.group("when")):
            said = named.group("who")
            return known[_bare(said)], f"text: date line of {said}"
    return "", ""


_URL_DATE = re.compile(r"(?<=[/-])(20\d\d)([/-]?)(\d\d?|[a-z]{3})\2(\d\d?)(?=[/-]|\.html?|$)", re.I)


def url_date(url: str) -> date | None:
    """The date a news URL carries in its path ("/news/2024/12/7/", "/syria-2024-12-07/", "/2024/dec/07/",
    "/20241207/")."""
    for match in _URL_DATE.finditer(urlsplit(url).path):
        year, _, month, day = match.groups()
        found = line_date(f"{day} {month} {year}") if month.isalpha() else None
        if found is not None:
            return found[0]
        try:
            return date(int(year), int(month), int(day))
        except ValueError:
            continue
    return None


def build_article(name: str, text: str, info: SourceInfo | None = None, page: SourceInfo | None = None) -> Article:
    """An article with metadata from the manifest row where given, else from the page's own metadata
    (``page``, for HTML), else from the text."""
    title, outlet, published, how = infer_metadata(text)
    sources = dict(how)
    url = ""
    for given, label in ((page, "page metadata"), (info, "manifest")):  # the manifest has the last word
        if given is None:
            continue
        if given.outlet:  # a page's own name for its outlet, as the outlets list spells it ("the Guardian")
            outlet = given.outlet if given is info else _known_by_default().get(_bare(given.outlet), given.outlet)
            sources["outlet"] = label
        if given.published:
            published, sources["published"] = given.published, label
        if given.url:
            url, sources["url"] = given.url, label
    from_url, from_its_date = "manifest url's domain", "manifest url"
    if not url:
        url = _own_address(text, outlet)
        from_url, from_its_date = "text: its address's domain", "text: the date in its address"
        if url:
            sources["url"] = "text: a line that is only an address on its outlet's site"
    if url and not outlet:
        domain = _site(url)
        outlet = outlet_of(domain, _outlets_by_domain())
        if outlet:
            sources["outlet"] = f"{from_url} {domain}"
    if url and published is None:
        published = url_date(url)
        if published is not None:
            sources["published"] = from_its_date
    for field, value in (("outlet", outlet), ("published", published), ("url", url)):
        if not value:
            sources[field] = "unknown"
    described = "; ".join(f"{k}: {v}" for k, v in sorted(sources.items()))
    return Article(name, text, title, outlet, url, published, described)


# A line that is only an address, perhaps labelled: "Source: https://www.aljazeera.com/news/2024/12/8/...".
_ADDRESS_LINE = re.compile(
    r"^\s*(?:(?:source|url|link|originally published at)\s*:\s*)?(https?://\S+)\s*$", re.I | re.M
)


def _site(url: str) -> str:
    """The domain of an address, as ``data/outlets.csv`` lists it: "https://www.bbc.co.uk/news" -> "bbc.co.uk"."""
    return urlsplit(url).netloc.lower().removeprefix("www.")


def _own_address(text: str, outlet: str) -> str:
    """The article's own address, where a line of its text is nothing but a link to its outlet's site."""
    for match in _ADDRESS_LINE.finditer(text):
        if (name := outlet_of(_site(match.group(1)), _outlets_by_domain())) and (not outlet or name == outlet):
            return match.group(1)
    return ""


def with_metadata(article: Article, outlet: str | None, url: str | None, published: date | None) -> Article:
    """The article with metadata given by hand (the command line, a form) in place of what was found."""
    if not (outlet or url or published):
        return article
    return build_article(
        article.name,
        article.text,
        SourceInfo(outlet or article.outlet, url or article.url, published or article.published),
    )


def iter_article_files(paths: list[Path]) -> Iterator[tuple[Path, SourceInfo | None, list[BadInput]]]:
    """Article files under the given files and folders, each with its manifest row and manifest errors."""
    manifests: dict[Path, tuple[dict[str, SourceInfo], list[BadInput]]] = {}
    for path in paths:
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
        else:
            files = [path]
        for file in files:
            folder = file.parent
            new_folder = folder not in manifests
            if new_folder:
                manifest = folder / MANIFEST
                manifests[folder] = read_manifest(manifest) if manifest.exists() else ({}, [])
            rows, errors = manifests[folder]
            yield file, rows.get(file.name), errors if new_folder else []


def load_articles(paths: list[Path]) -> tuple[list[Article], list[BadInput]]:
    """Every readable article under ``paths``, and a BadInput for each file or row that is not."""
    articles: list[Article] = []
    errors: list[BadInput] = []
    for file, info, manifest_errors in iter_article_files(paths):
        errors.extend(manifest_errors)
        try:
            data = file.read_bytes()
        except OSError as exc:
            errors.append(BadInput(str(file), f"cannot be read ({exc.strerror or exc})"))
            continue
        try:
            articles.append(read_article(file.name, data, info))
        except BadInput as exc:
            errors.append(replace_source(exc, str(file)))
    return articles, errors


def replace_source(error: BadInput, source: str) -> BadInput:
    return BadInput(source, error.reason, error.line)
