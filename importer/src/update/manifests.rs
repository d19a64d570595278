//! The hand-written places that name a generated crate's version: the workspace manifest's
//! `[workspace.dependencies]` line (`tat-model = { path = "crates/tat-model", version =
//! "0.1.0" }`), through which hand-written crates depend on it, and the lock files' package
//! entries. Each is moved by a precise textual edit, so nothing else in the file changes.

/// The workspace manifest with `name`'s `[workspace.dependencies]` line moved from `from` to
/// `to`. `Ok(None)` when the section has no line for the crate: generated crates depend on
/// each other by path, so only those a hand-written crate uses are listed. A line that names
/// the crate without `version = "<from>"` is an error: it would be left behind.
pub fn move_workspace_dependency(
    manifest: &str,
    name: &str,
    from: &str,
    to: &str,
) -> Result<Option<String>, String> {
    let mut in_section = false;
    let mut found = None;
    for (i, line) in manifest.lines().enumerate() {
        let trimmed = line.trim();
        if trimmed.starts_with('[') {
            in_section = trimmed == "[workspace.dependencies]";
            continue;
        }
        let key = trimmed
            .split(['=', '.'])
            .next()
            .unwrap_or_default()
            .trim()
            .trim_matches('"');
        if in_section && key == name {
            found = Some((i, line));
            break;
        }
    }
    let Some((i, line)) = found else {
        return Ok(None);
    };
    let old = format!("version = \"{from}\"");
    if line.matches(&old).count() != 1 {
        return Err(format!(
            "Cargo.toml:{}: the [workspace.dependencies] line of {name} has no `{old}` to move to {to}: `{}`",
            i + 1,
            line.trim()
        ));
    }
    let moved = line.replacen(&old, &format!("version = \"{to}\""), 1);
    Ok(Some(replace_line(manifest, i, &moved)))
}

/// A lock file with `name`'s package entry moved from `from` to `to`, as cargo would write it
/// at the next build (`None` when the lock has no such entry: cargo adds it then).
pub fn move_lock_entry(lock: &str, name: &str, from: &str, to: &str) -> Option<String> {
    let lines: Vec<&str> = lock.lines().collect();
    let at = lines.windows(2).position(|w| {
        w[0] == format!("name = \"{name}\"") && w[1] == format!("version = \"{from}\"")
    })?;
    Some(replace_line(lock, at + 1, &format!("version = \"{to}\"")))
}

/// `text` with line `index` (0-based) replaced, line endings kept.
fn replace_line(text: &str, index: usize, line: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i == index {
            out.push_str(line);
            if l.ends_with("\r\n") {
                out.push_str("\r\n");
            } else if l.ends_with('\n') {
                out.push('\n');
            }
        } else {
            out.push_str(l);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const MANIFEST: &str = "[workspace]\nmembers = []\n\n[workspace.dependencies]\nserde = \"1\"\ntat-model = { path = \"crates/tat-model\", version = \"0.1.0\" }\ntat-client = { path = \"crates/tat-client\" }\n\n[profile.dev]\ndebug = 1\n";

    #[test]
    fn the_workspace_dependency_line_is_moved_and_nothing_else() {
        let moved = move_workspace_dependency(MANIFEST, "tat-model", "0.1.0", "0.2.0")
            .unwrap()
            .unwrap();
        assert_eq!(
            moved,
            MANIFEST.replace(
                "tat-model\", version = \"0.1.0\"",
                "tat-model\", version = \"0.2.0\""
            )
        );
        assert_eq!(
            move_workspace_dependency(MANIFEST, "cvm-model", "0.1.0", "0.2.0"),
            Ok(None)
        );
        assert_eq!(
            move_workspace_dependency(MANIFEST, "tat-client", "0.1.0", "0.2.0").unwrap_err(),
            "Cargo.toml:7: the [workspace.dependencies] line of tat-client has no `version = \"0.1.0\"` to move to 0.2.0: `tat-client = { path = \"crates/tat-client\" }`"
        );
    }

    #[test]
    fn the_lock_entry_is_moved() {
        let lock = "[[package]]\nname = \"tat-model\"\nversion = \"0.1.0\"\ndependencies = [\n \"serde\",\n]\n";
        assert_eq!(
            move_lock_entry(lock, "tat-model", "0.1.0", "0.1.1").unwrap(),
            lock.replace("0.1.0", "0.1.1")
        );
        assert_eq!(move_lock_entry(lock, "tat-client", "0.1.0", "0.1.1"), None);
    }
}
