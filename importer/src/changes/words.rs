//! What changed in a description, as one line of CommonMark a reviewer reads in a table cell:
//! the words removed struck (`~~old~~`), the words added in bold (`**new**`), a few words of
//! context around each change and `…` for the rest. Whole descriptions are in the JSON form.
//!
//! Text is compared word by word: a word is a run of letters, digits and `_`; each other
//! character (punctuation) is a word of its own, and so is each Chinese or Japanese
//! character, as those scripts have no spaces. Spaces and line breaks are not words, so
//! `-USER:` and `- USER:` are the same words: a change of layout alone is said to be one.

use std::fmt::Write as _;
use std::ops::Range;

use similar::{capture_diff_slices, Algorithm, DiffOp};

/// Context kept on each side of a change, in weight units (a word weighs [`WORD`], a wide
/// character one): four words, or twelve Chinese characters.
const CONTEXT: usize = 4 * WORD;
/// What a word weighs against a wide (CJK) character, which carries about a third as much.
const WORD: usize = 3;
/// A run of removed or added words longer than this shows its start and end only.
const LONG_RUN: usize = 16 * WORD;
/// The shortened run: this much of its start, [`RUN_END`] of its end.
const RUN_START: usize = 10 * WORD;
const RUN_END: usize = 4 * WORD;
/// Past this many bytes the remaining changes are counted, not shown.
const MAX_LEN: usize = 600;

/// A description split into words (see the module's comment), and whether a space came
/// before each.
struct Words<'a> {
    words: Vec<&'a str>,
    spaced: Vec<bool>,
}

impl<'a> Words<'a> {
    fn new(text: &'a str) -> Self {
        let mut w = Words {
            words: Vec::new(),
            spaced: Vec::new(),
        };
        let mut space = false;
        let mut start = None;
        for (i, c) in text.char_indices() {
            let in_word = is_word(c);
            if !in_word {
                if let Some(s) = start.take() {
                    w.push(&text[s..i], space);
                    space = false;
                }
            }
            if c.is_whitespace() {
                space = true;
            } else if !in_word {
                w.push(&text[i..i + c.len_utf8()], space);
                space = false;
            } else if start.is_none() {
                start = Some(i);
            }
        }
        if let Some(s) = start {
            w.push(&text[s..], space);
        }
        w
    }

    fn push(&mut self, word: &'a str, space: bool) {
        // The first word has nothing before it to be spaced from.
        self.spaced.push(space && !self.words.is_empty());
        self.words.push(word);
    }

    fn weight(&self, r: Range<usize>) -> usize {
        self.words[r].iter().map(|w| weight(w)).sum()
    }

    /// The words of `r`, escaped, spaced as in the text.
    fn text(&self, r: Range<usize>) -> String {
        let mut s = String::new();
        for i in r.clone() {
            if i > r.start && self.spaced[i] {
                s.push(' ');
            }
            s.push_str(&escape(self.words[i]));
        }
        s
    }

    /// The first words of `r` up to `units` of weight (at least one word), and the
    /// punctuation that ends the last of them (`be.` rather than `be`).
    fn head(&self, r: Range<usize>, units: usize) -> Range<usize> {
        let mut end = r.start;
        let mut w = 0;
        while end < r.end && (end == r.start || w + weight(self.words[end]) <= units) {
            w += weight(self.words[end]);
            end += 1;
        }
        while end < r.end && !self.spaced[end] && !self.words[end].starts_with(is_word) {
            end += 1;
        }
        r.start..end
    }

    /// The last words of `r` up to `units` of weight (at least one word), not starting with
    /// the punctuation that ends the word before (`: 20` rather than `20`'s `:`).
    fn tail(&self, r: Range<usize>, units: usize) -> Range<usize> {
        let mut start = r.end;
        let mut w = 0;
        while start > r.start && (start == r.end || w + weight(self.words[start - 1]) <= units) {
            w += weight(self.words[start - 1]);
            start -= 1;
        }
        while start + 1 < r.end
            && start > r.start
            && !self.spaced[start]
            && !self.words[start].starts_with(is_word)
        {
            start += 1;
        }
        start..r.end
    }

    /// A removed or added run, its middle left out when it is long.
    fn run(&self, r: Range<usize>) -> String {
        if self.weight(r.clone()) <= LONG_RUN {
            return self.text(r);
        }
        let head = self.head(r.clone(), RUN_START);
        let tail = self.tail(head.end..r.end, RUN_END);
        format!("{} … {}", self.text(head), self.text(tail))
    }
}

/// A word weighs [`WORD`]; a character that is a word of its own (punctuation, CJK), one.
fn weight(word: &str) -> usize {
    if word.starts_with(is_word) {
        WORD
    } else {
        1
    }
}

/// A character of a word of several characters: letters, digits and `_` outside the
/// scripts written without spaces.
fn is_word(c: char) -> bool {
    (c.is_alphanumeric() || c == '_') && !is_wide(c)
}

/// A character next to which `~~` or `**` may not open or close (CommonMark's flanking
/// rules treat punctuation specially); a space between them keeps the marks working.
fn is_punctuation(c: char) -> bool {
    !c.is_alphanumeric() && !c.is_whitespace()
}

/// Characters of scripts written without spaces (CJK ideographs, kana, Hangul, and their
/// full-width punctuation): each is a word.
fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x2E80..=0x303F | 0x3040..=0x30FF | 0x3100..=0x9FFF | 0xAC00..=0xD7AF
        | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFFEF | 0x20000..=0x3FFFF)
}

/// Text as itself in CommonMark (GitHub's flavour): every character that could start
/// emphasis, a link, HTML, an entity, math or a table cell is escaped.
pub(crate) fn escape(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '~' | '[' | ']' | '<' | '>' | '|' | '&' | '$'
        ) {
            s.push('\\');
        }
        s.push(if c.is_whitespace() { ' ' } else { c });
    }
    s
}

/// A stretch of the comparison: words both texts have, or words of the old text replaced by
/// words of the new one (either side may be empty).
#[derive(Debug, Clone)]
enum Part {
    Same(Range<usize>),
    Changed {
        old: Range<usize>,
        new: Range<usize>,
    },
}

/// The comparison as stretches of same and changed words, adjacent changes joined.
fn parts(old: &Words<'_>, new: &Words<'_>) -> Vec<Part> {
    let mut parts: Vec<Part> = Vec::new();
    for op in capture_diff_slices(Algorithm::Myers, &old.words, &new.words) {
        let (o, n) = (op.old_range(), op.new_range());
        if let DiffOp::Equal { .. } = op {
            parts.push(Part::Same(n));
            continue;
        }
        match parts.last_mut() {
            Some(Part::Changed { old, new }) => {
                old.end = o.end;
                new.end = n.end;
            }
            _ => parts.push(Part::Changed { old: o, new: n }),
        }
    }
    absorb_short_matches(&mut parts, old, new);
    parts
}

/// A rewritten sentence shares a few words with the old one ("the", "of") by chance; shown
/// as matches they cut the change into pieces that read as nothing. A match between two
/// changes, lighter than the larger side of each, becomes part of one change.
fn absorb_short_matches(parts: &mut Vec<Part>, old: &Words<'_>, new: &Words<'_>) {
    let mut i = 1;
    while i + 1 < parts.len() {
        let (
            Part::Changed { old: o1, new: n1 },
            Part::Same(same),
            Part::Changed { old: o2, new: n2 },
        ) = (&parts[i - 1], &parts[i], &parts[i + 1])
        else {
            i += 1;
            continue;
        };
        let w = new.weight(same.clone());
        let before = old.weight(o1.clone()).max(new.weight(n1.clone()));
        let after = old.weight(o2.clone()).max(new.weight(n2.clone()));
        if w < before && w < after {
            let joined = Part::Changed {
                old: o1.start..o2.end,
                new: n1.start..n2.end,
            };
            parts.splice(i - 1..=i + 1, [joined]);
            i = i.max(2) - 1;
        } else {
            i += 1;
        }
    }
}

/// The change from `old` to `new` as one line: changed words marked, context around them.
pub(crate) fn inline_diff(old: &str, new: &str) -> String {
    let (o, n) = (Words::new(old), Words::new(new));
    if o.words == n.words {
        return "spaces or line breaks only".to_owned();
    }
    let parts = parts(&o, &n);
    let changes = parts
        .iter()
        .filter(|p| matches!(p, Part::Changed { .. }))
        .count();
    let mut out = String::new();
    let mut shown = 0;
    let last = parts.len() - 1;
    // Whether the piece written last ends inside a mark with punctuation.
    let mut closed_on_punctuation = false;
    for (i, p) in parts.iter().enumerate() {
        let (piece, spaced) = match p {
            Part::Same(r) if i == 0 => {
                let t = n.tail(r.clone(), CONTEXT);
                let more = if t.start > r.start { "… " } else { "" };
                (format!("{more}{}", n.text(t)), false)
            }
            Part::Same(r) => {
                let first = n.words[r.start].chars().next().unwrap_or(' ');
                let spaced = n.spaced[r.start] || (closed_on_punctuation && !is_punctuation(first));
                let text = if i == last {
                    let h = n.head(r.clone(), CONTEXT);
                    let more = if h.end < r.end { " …" } else { "" };
                    format!("{}{more}", n.text(h))
                } else if n.weight(r.clone()) <= 3 * CONTEXT {
                    n.text(r.clone())
                } else {
                    let h = n.head(r.clone(), CONTEXT);
                    let t = n.tail(h.end..r.end, CONTEXT);
                    format!("{} … {}", n.text(h), n.text(t))
                };
                (text, spaced)
            }
            Part::Changed { old: ro, new: rn } => {
                if out.len() > MAX_LEN {
                    let rest = changes - shown;
                    let _ = write!(out, " … ({rest} more change{})", plural(rest));
                    break;
                }
                shown += 1;
                let mut s = String::new();
                if !ro.is_empty() {
                    let _ = write!(s, "~~{}~~", o.run(ro.clone()));
                }
                if !rn.is_empty() {
                    if !s.is_empty() {
                        s.push(' ');
                    }
                    let _ = write!(s, "**{}**", n.run(rn.clone()));
                }
                let (first, spaced) = match (ro.is_empty(), rn.is_empty()) {
                    (false, _) => (o.words[ro.start], o.spaced[ro.start]),
                    (true, _) => (n.words[rn.start], n.spaced[rn.start]),
                };
                let end = if rn.is_empty() {
                    o.words[ro.end - 1]
                } else {
                    n.words[rn.end - 1]
                };
                closed_on_punctuation = end.chars().last().is_some_and(is_punctuation);
                let opens_on_punctuation = first.starts_with(is_punctuation);
                (s, spaced || opens_on_punctuation)
            }
        };
        if matches!(p, Part::Same(_)) {
            closed_on_punctuation = false;
        }
        if spaced && !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&piece);
    }
    out
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changed_word_shows_with_its_context() {
        assert_eq!(
            inline_diff(
                "The number of results to return. The default is 20 and the maximum value is 50 for this action.",
                "The number of results to return. The default is 20 and the maximum value is 100 for this action."
            ),
            "… the maximum value is ~~50~~ **100** for this action."
        );
    }

    #[test]
    fn a_word_shared_by_chance_does_not_cut_a_rewrite() {
        assert_eq!(
            inline_diff(
                "Cancel all of the commands that are running now.",
                "Start a job on the weekend for every instance."
            ),
            "~~Cancel all of the commands that are running now~~ **Start a job on the weekend for every instance**."
        );
    }

    #[test]
    fn a_long_run_keeps_its_ends() {
        let new: Vec<String> = (0..40).map(|i| format!("w{i}")).collect();
        assert_eq!(
            inline_diff("Old.", &new.join(" ")),
            "~~Old.~~ **w0 w1 w2 w3 w4 w5 w6 w7 w8 w9 … w36 w37 w38 w39**"
        );
    }

    #[test]
    fn punctuation_is_its_own_word() {
        assert_eq!(
            inline_diff("Maximum value: 100.", "Maximum value: 200."),
            "Maximum value: ~~100~~ **200**."
        );
        assert_eq!(
            inline_diff(
                "-USER: a user. -INVOKER: a task.",
                "- USER: a user. - INVOKER: an invoker."
            ),
            "… a user. - INVOKER: ~~a task~~ **an invoker**."
        );
    }

    #[test]
    fn layout_alone_is_named() {
        assert_eq!(
            inline_diff("One  line\nand another.", "One line and another."),
            "spaces or line breaks only"
        );
    }

    #[test]
    fn chinese_is_compared_character_by_character() {
        assert_eq!(
            inline_diff("最大值为50。", "最大值为100。"),
            "最大值为~~50~~ **100**。"
        );
    }

    #[test]
    fn markup_in_descriptions_stays_text() {
        // A mark never opens or closes on punctuation next to a letter, where CommonMark
        // would not take it as a mark.
        assert_eq!(
            inline_diff("a *b*", "a <b>|c"),
            "a ~~\\*~~ **\\<** b ~~\\*~~ **\\>\\|c**"
        );
    }
}
