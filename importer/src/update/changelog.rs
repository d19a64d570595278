//! A service version's `CHANGELOG.md` (beside its spec; the generator copies it into both
//! crates): one entry per crate version, newest first, the way aws-sdk-rust's release notes
//! read. An entry is the version and date, the vendor release the service moved to, then the
//! change report's items of the service by level: breaking changes, new features,
//! documentation, each with its place, what changed and the check that found it (a detail
//! such as an example's title says what changed only beside `example-removed`). Documentation changes beyond [`DOCS_LISTED`] are counted by check instead
//! of listed, so a release that rewrites a hundred descriptions stays readable.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::changes::{Change, Level};

/// What a new changelog starts with.
pub const HEADER: &str = "# Changelog\n\n\
Release notes of this service version's generated crates (model and client), newest first,\n\
written by `cargo xtask update` from the API change report; `spec/README.md` says what each\n\
check means.\n";

/// Documentation changes listed one by one; the rest are counted.
pub const DOCS_LISTED: usize = 30;

/// A vendor package the service moved from one release to another.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Moved {
    /// Distribution name (`tccli-intl-en`).
    pub package: String,
    /// Release the service's spec came from.
    pub from: String,
    /// Release it comes from now.
    pub to: String,
}

/// One entry: `## <version> (<date>)`, the packages moved, then the changes by level; its
/// blocks are separated by blank lines and it ends with a line break.
pub fn entry(version: &str, date: &str, moved: &[Moved], changes: &[&Change]) -> String {
    let mut blocks = vec![format!("## {version} ({date})\n")];
    if !moved.is_empty() {
        let list: Vec<String> = moved
            .iter()
            .map(|m| format!("{} {} → {}", m.package, m.from, m.to))
            .collect();
        blocks.push(format!("Vendor metadata: {}.\n", list.join(", ")));
    }
    for (level, title) in [
        (Level::Breaking, "Breaking changes"),
        (Level::Additive, "New features"),
        (Level::Docs, "Documentation"),
    ] {
        let items: Vec<&Change> = changes
            .iter()
            .copied()
            .filter(|c| c.level == level)
            .collect();
        if items.is_empty() {
            continue;
        }
        let listed = if level == Level::Docs {
            DOCS_LISTED.min(items.len())
        } else {
            items.len()
        };
        let mut s = format!("### {title}\n\n");
        for c in &items[..listed] {
            let _ = writeln!(s, "- `{}`: {} (`{}`)", c.place, c.detail, c.id);
        }
        let rest = &items[listed..];
        if !rest.is_empty() {
            let mut by_check: BTreeMap<&str, usize> = BTreeMap::new();
            for c in rest {
                *by_check.entry(c.id).or_default() += 1;
            }
            let counts: Vec<String> = by_check
                .iter()
                .map(|(id, n)| format!("{n} `{id}`"))
                .collect();
            let _ = writeln!(s, "- and {} more: {}", rest.len(), counts.join(", "));
        }
        blocks.push(s);
    }
    blocks.join("\n")
}

/// `existing` (the changelog as it is; a new one starts with [`HEADER`]) with `entry` put
/// before its newest entry, a blank line between entries.
pub fn prepend(existing: Option<&str>, entry: &str) -> String {
    let existing = existing.unwrap_or(HEADER);
    let at = existing
        .match_indices("## ")
        .map(|(i, _)| i)
        .find(|&i| i == 0 || existing[..i].ends_with('\n'));
    match at {
        Some(i) => format!("{}{entry}\n{}", &existing[..i], &existing[i..]),
        None => format!("{}\n\n{entry}", existing.trim_end()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(id: &'static str, level: Level, place: &str, detail: &str) -> Change {
        Change {
            id,
            level,
            service: "tat/2020-10-28".into(),
            place: place.into(),
            detail: detail.into(),
            old: None,
            new: None,
        }
    }

    #[test]
    fn an_entry_lists_the_changes_by_level() {
        let changes = [
            change(
                "member-removed",
                Level::Breaking,
                "DescribeInvocations.output.TotalCount",
                "member removed",
            ),
            change(
                "description-changed",
                Level::Docs,
                "CreateInvoker.input.Name",
                "description changed",
            ),
            change(
                "action-added",
                Level::Additive,
                "CancelInvocation",
                "new action",
            ),
        ];
        let refs: Vec<&Change> = changes.iter().collect();
        let moved = [Moved {
            package: "tccli-intl-en".into(),
            from: "3.1.180.1".into(),
            to: "3.1.193.1".into(),
        }];
        assert_eq!(
            entry("0.2.0", "2025-01-02", &moved, &refs),
            "## 0.2.0 (2025-01-02)\n\n\
             Vendor metadata: tccli-intl-en 3.1.180.1 → 3.1.193.1.\n\n\
             ### Breaking changes\n\n\
             - `DescribeInvocations.output.TotalCount`: member removed (`member-removed`)\n\n\
             ### New features\n\n\
             - `CancelInvocation`: new action (`action-added`)\n\n\
             ### Documentation\n\n\
             - `CreateInvoker.input.Name`: description changed (`description-changed`)\n"
        );
    }

    #[test]
    fn documentation_changes_beyond_a_few_dozen_are_counted() {
        let changes: Vec<Change> = (0..DOCS_LISTED + 5)
            .map(|i| {
                let id = if i % 2 == 0 {
                    "description-changed"
                } else {
                    "member-example-changed"
                };
                change(id, Level::Docs, &format!("A.input.M{i}"), "changed")
            })
            .collect();
        let refs: Vec<&Change> = changes.iter().collect();
        let e = entry("0.1.1", "2025-01-02", &[], &refs);
        assert_eq!(e.matches("\n- `A.input.").count(), DOCS_LISTED);
        assert!(
            e.ends_with("- and 5 more: 3 `description-changed`, 2 `member-example-changed`\n"),
            "{e}"
        );
    }

    #[test]
    fn a_new_entry_goes_first() {
        let first = prepend(None, "## 0.1.1 (2025-01-01)\n\nold\n");
        assert_eq!(first, format!("{HEADER}\n## 0.1.1 (2025-01-01)\n\nold\n"));
        let second = prepend(Some(&first), "## 0.2.0 (2025-02-01)\n\nnew\n");
        assert_eq!(
            second,
            format!("{HEADER}\n## 0.2.0 (2025-02-01)\n\nnew\n\n## 0.1.1 (2025-01-01)\n\nold\n")
        );
    }
}
