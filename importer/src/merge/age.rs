//! Which source may replace which: an older page, an older package version of the same
//! metadata, or a page over metadata (which cannot be dated against it) is refused.

use crate::facts::{Origin, SourceKind};
use crate::package::compare_versions;

/// Why an action was not merged.
#[derive(Debug)]
pub struct Refused(pub String);

/// Whether `origin` may replace the facts of a file recorded with `(updated, package)`.
pub fn check_age(
    what: &str,
    old_updated: Option<&str>,
    old_package: Option<&str>,
    origin: &Origin,
    force: bool,
) -> Result<(), Refused> {
    if force {
        return Ok(());
    }
    let old_desc = match (old_package, old_updated) {
        (Some(p), _) => format!("metadata {p}"),
        (None, Some(u)) => format!("a page updated {u}"),
        (None, None) => "an undated source".to_owned(),
    };
    let new_desc = match (&origin.package, &origin.updated) {
        (Some(p), _) => format!("metadata {p}"),
        (None, Some(u)) => format!("a page updated {u}"),
        (None, None) => "an undated page".to_owned(),
    };
    let older = match (origin.kind, old_package, old_updated) {
        // The pages are rendered from the metadata: a page cannot be dated against it.
        (SourceKind::Page, Some(_), _) => true,
        (SourceKind::Page, None, Some(old)) => {
            origin.updated.as_deref().is_some_and(|new| new < old)
        }
        (SourceKind::Metadata, Some(old), _) => {
            let (old_name, old_v) = split_package(old);
            let (new_name, new_v) = split_package(origin.package.as_deref().unwrap_or_default());
            old_name == new_name && compare_versions(new_v, old_v) == Some(std::cmp::Ordering::Less)
        }
        _ => false,
    };
    if older {
        return Err(Refused(format!(
            "{what} comes from {old_desc}, newer than this input ({new_desc}); not imported (pass --force to import it anyway)"
        )));
    }
    Ok(())
}

fn split_package(p: &str) -> (&str, &str) {
    p.rsplit_once(' ').unwrap_or((p, ""))
}
