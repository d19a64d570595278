//! The change report as a pull request description (GitHub's CommonMark).
//!
//! A vendor release changes hundreds of places, most of them documentation, and a PR
//! description holds 65,536 characters. So: breaking changes first, then additive ones, as
//! tables; documentation changes collapsed in `<details>`, one block per action or type; the
//! same change at many places (every action's `RequestId` description) folded into one row
//! that counts them; descriptions shown as the words that changed. Past [`LIMIT`] rows stop
//! being added (documentation first, breaking last) and the report says how many are left
//! out; `--format json` lists every change, unfolded.

use std::cmp::Reverse;
use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;

use super::words::inline_diff;
use super::{Change, Level, Report};

/// The most bytes the markdown takes (a PR description holds 65,536 characters, and the
/// tool that posts it may add a line or two).
pub const LIMIT: usize = 60_000;

/// How many owners a folded row names before it counts the rest: a reviewer checks each
/// action a breaking change reaches; for the rest the first few say enough.
const NAMED: usize = 3;
const NAMED_BREAKING: usize = 20;
/// The longest member example shown, in characters, before and after.
const EXAMPLE_CHARS: usize = 40;

/// Levels in the order the report shows them.
const LEVELS: [Level; 3] = [Level::Breaking, Level::Additive, Level::Docs];

/// One table row: one change, or the same change at several places.
struct Row<'a> {
    changes: Vec<&'a Change>,
}

impl<'a> Row<'a> {
    fn first(&self) -> &'a Change {
        self.changes[0]
    }

    fn level(&self) -> Level {
        self.first().level
    }
}

/// The action or type a place belongs to (`DescribeInvocations` of
/// `DescribeInvocations.output.TotalCount`), and the place inside it.
fn split(place: &str) -> (&str, Option<&str>) {
    match place.split_once('.') {
        Some((owner, inner)) => (owner, Some(inner)),
        None => (place, None),
    }
}

/// Changes by level, breaking first (in the comparison's order within a level), the same
/// change at places that differ only by their owner folded into the row of the first.
/// Same means the same service, check, level, detail and texts before and after; a change of an
/// action or type itself (no place inside it) is never folded, as its owner is all it names.
fn rows(changes: &[Change]) -> Vec<Row<'_>> {
    let mut ordered: Vec<&Change> = changes.iter().collect();
    ordered.sort_by_key(|c| Reverse(c.level));
    type Key<'a> = (
        &'a str,
        &'a str,
        &'a str,
        &'a str,
        &'a str,
        Option<&'a str>,
        Option<&'a str>,
    );
    let mut seen: HashMap<Key<'_>, usize> = HashMap::new();
    let mut rows: Vec<Row<'_>> = Vec::new();
    for c in ordered {
        if let (_, Some(inner)) = split(&c.place) {
            let key = (
                c.service.as_str(),
                c.id,
                c.level.name(),
                inner,
                c.detail.as_str(),
                c.old.as_deref(),
                c.new.as_deref(),
            );
            if let Some(&i) = seen.get(&key) {
                rows[i].changes.push(c);
                continue;
            }
            seen.insert(key, rows.len());
        }
        rows.push(Row { changes: vec![c] });
    }
    rows
}

/// Where a docs row goes: the block of folded rows, or its service's action or type.
#[derive(Clone, PartialEq, Eq, Hash)]
enum Group<'a> {
    Folded,
    Owner(&'a str, &'a str),
}

/// A row written out, with what placing and counting it needs.
struct Line<'a> {
    level: Level,
    group: Group<'a>,
    changes: usize,
    text: String,
}

/// The markdown of `report`, at most [`LIMIT`] bytes unless even the breaking rows' count
/// cannot be said in it.
pub(crate) fn render(report: &Report) -> String {
    let mut s = format!("## API changes ({} → working tree)\n\n", report.base);
    if report.changes.is_empty() {
        s.push_str("No API changes.\n");
        return s;
    }
    let count = |l: Level| report.changes.iter().filter(|c| c.level == l).count();
    let _ = writeln!(
        s,
        "{} breaking, {} additive, {} docs only.\n",
        count(Level::Breaking),
        count(Level::Additive),
        count(Level::Docs)
    );
    if !report.bumps.is_empty() {
        s.push_str("| crate | version | because |\n|---|---|---|\n");
    }
    for b in &report.bumps {
        let _ = writeln!(
            s,
            "| `{}` | {} → {} | {} |",
            b.name,
            b.from,
            b.to,
            b.level.name()
        );
    }
    let many_services = report
        .changes
        .iter()
        .any(|c| c.service != report.changes[0].service);
    let lines = lines(&rows(&report.changes), many_services);
    let total = LEVELS.map(|l| lines.iter().filter(|x| x.level == l).count());
    let docs_owners = report
        .changes
        .iter()
        .filter(|c| c.level == Level::Docs)
        .map(|c| (&c.service, split(&c.place).0))
        .collect::<BTreeSet<_>>()
        .len();
    let page = |keep: [usize; 3]| {
        let mut page = s.clone();
        body(&mut page, &lines, keep, (many_services, docs_owners));
        page
    };
    // Cut documentation rows first, then additive, then breaking: for the first level whose
    // rows cannot all stay, keep as many as fit (rendering is monotonic in rows kept).
    let mut keep = total;
    let mut out = page(keep);
    for level in (0..LEVELS.len()).rev() {
        if out.len() <= LIMIT {
            break;
        }
        let (mut lo, mut hi) = (0, keep[level]);
        while lo < hi {
            let mid = (lo + hi).div_ceil(2);
            keep[level] = mid;
            if page(keep).len() <= LIMIT {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        keep[level] = lo;
        out = page(keep);
    }
    out
}

/// Every row as the line it is shown as.
fn lines<'a>(rows: &[Row<'a>], many_services: bool) -> Vec<Line<'a>> {
    let mut out = Vec::new();
    let mut folded = Vec::new();
    // Each owner's docs rows, owners in the order they first come.
    let mut owners: Vec<Vec<Line<'_>>> = Vec::new();
    let mut owner_at: HashMap<Group<'_>, usize> = HashMap::new();
    for row in rows {
        let c = row.first();
        let level = row.level();
        let (owner, inner) = split(&c.place);
        let group = if row.changes.len() > 1 {
            Group::Folded
        } else {
            Group::Owner(&c.service, owner)
        };
        let service = if many_services {
            format!("{} ", c.service)
        } else {
            String::new()
        };
        let place = if row.changes.len() > 1 {
            format!("{service}{}", folded_place(row))
        } else if level == Level::Docs {
            // The block's summary names the owner.
            format!("`{}`", inner.unwrap_or(owner))
        } else {
            format!("{service}`{}`", c.place)
        };
        let text = format!("| `{}` | {place} | {} |\n", c.id, change_cell(c));
        let line = Line {
            level,
            group: group.clone(),
            changes: row.changes.len(),
            text,
        };
        match (level, group) {
            (Level::Docs, Group::Folded) => folded.push(line),
            (Level::Docs, g) => {
                let i = *owner_at.entry(g).or_insert_with(|| {
                    owners.push(Vec::new());
                    owners.len() - 1
                });
                owners[i].push(line);
            }
            _ => out.push(line),
        }
    }
    // Docs rows in the order shown: the folded block, then each owner's block.
    out.extend(folded);
    out.extend(owners.into_iter().flatten());
    out
}

/// `` `output.RequestId` ×69 (`CancelInvocation`, `CreateCommand`, `CreateInvoker` and 66
/// more) ``.
fn folded_place(row: &Row<'_>) -> String {
    let (_, inner) = split(&row.first().place);
    let n = row.changes.len();
    let names = if row.level() == Level::Breaking {
        NAMED_BREAKING
    } else {
        NAMED
    };
    let named: Vec<String> = row
        .changes
        .iter()
        .take(names)
        .map(|c| format!("`{}`", split(&c.place).0))
        .collect();
    let more = if n > names {
        format!(" and {} more", n - names)
    } else {
        String::new()
    };
    format!(
        "`{}` ×{n} ({}{more})",
        inner.unwrap_or_default(),
        named.join(", ")
    )
}

/// What changed: the words of a description, a member's example before and after, or the
/// comparison's own detail.
fn change_cell(c: &Change) -> String {
    match (c.id, &c.old, &c.new) {
        ("description-changed" | "error-description-changed", Some(old), Some(new)) => {
            inline_diff(old, new)
        }
        ("member-example-changed", old, new) => {
            let value = |v: &Option<String>| v.as_deref().map_or("none".to_owned(), code);
            format!("{} → {}", value(old), value(new))
        }
        _ => c.detail.replace('\n', " ").replace('|', "\\|"),
    }
}

/// A code span of `text` cut to [`EXAMPLE_CHARS`], safe in a table cell.
fn code(text: &str) -> String {
    let mut t: String = text.chars().take(EXAMPLE_CHARS).collect();
    if t.len() < text.len() {
        t.push('…');
    }
    let t = t.replace('\n', " ").replace('|', "\\|");
    let mut fence = "`".to_owned();
    while t.contains(&fence) {
        fence.push('`');
    }
    let pad = if t.starts_with('`') || t.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{t}{pad}{fence}")
}

const TABLE: &str = "| check | where | change |\n|---|---|---|\n";

/// The sections after the crate table, with the first `keep[i]` rows of `LEVELS[i]`.
fn body(
    s: &mut String,
    lines: &[Line<'_>],
    keep: [usize; 3],
    (many_services, docs_owners): (bool, usize),
) {
    for (i, level) in LEVELS.into_iter().enumerate() {
        let of_level: Vec<&Line<'_>> = lines.iter().filter(|l| l.level == level).collect();
        if of_level.is_empty() {
            continue;
        }
        let changes: usize = of_level.iter().map(|l| l.changes).sum();
        let title = match level {
            Level::Breaking => "Breaking",
            Level::Additive => "Additive",
            Level::Docs => "Docs only",
        };
        let _ = write!(s, "\n### {title}: {changes} change{}\n\n", plural(changes));
        let kept = &of_level[..keep[i]];
        if level != Level::Docs {
            if !kept.is_empty() {
                s.push_str(TABLE);
                kept.iter().for_each(|l| s.push_str(&l.text));
            }
            continue;
        }
        if kept.is_empty() {
            continue;
        }
        let _ = write!(
            s,
            "<details>\n<summary>{changes} documentation changes in {docs_owners} actions and types</summary>\n\n"
        );
        // Rows and changes of each block, cut or not.
        let mut sizes: HashMap<&Group<'_>, (usize, usize)> = HashMap::new();
        for l in &of_level {
            let e = sizes.entry(&l.group).or_default();
            *e = (e.0 + 1, e.1 + l.changes);
        }
        let mut at = 0;
        while at < kept.len() {
            let group = &kept[at].group;
            let end = at + kept[at..].iter().take_while(|l| &l.group == group).count();
            let block = &kept[at..end];
            let (rows, changes) = sizes[group];
            let cut = if block.len() < rows {
                format!(", {} shown", block.len())
            } else {
                String::new()
            };
            let summary = match group {
                Group::Folded => format!(
                    "The same change at several places: {rows} row{}, {changes} places{cut}",
                    plural(rows)
                ),
                Group::Owner(svc, owner) => {
                    let svc = if many_services {
                        format!("{} ", html(svc))
                    } else {
                        String::new()
                    };
                    format!(
                        "{svc}<code>{}</code>: {changes} change{}{cut}",
                        html(owner),
                        plural(changes)
                    )
                }
            };
            let _ = write!(s, "<details>\n<summary>{summary}</summary>\n\n{TABLE}");
            block.iter().for_each(|l| s.push_str(&l.text));
            s.push_str("\n</details>\n\n");
            at = end;
        }
        s.push_str("</details>\n");
    }
    let left: Vec<usize> = LEVELS
        .iter()
        .enumerate()
        .map(|(i, l)| lines.iter().filter(|x| x.level == *l).count() - keep[i])
        .collect();
    let rows: usize = left.iter().sum();
    if rows > 0 {
        let mut parts = Vec::new();
        for (i, level) in LEVELS.iter().enumerate() {
            if left[i] > 0 {
                parts.push(format!("{} {}", left[i], level.name()));
            }
        }
        let _ = writeln!(
            s,
            "\n**{rows} of {} rows left out** ({}) to keep this under {} KB: `cargo xtask changes --format json` lists every change.",
            lines.len(),
            parts.join(", "),
            LIMIT / 1000
        );
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Text inside the HTML of a `<summary>`, where markdown escapes would show as written.
fn html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
