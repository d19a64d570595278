//! Reading and writing the vendors' JSON profile files: a file that cannot be read gets an
//! error naming it and saying what is wrong (never quoting it: it holds secrets), and a file
//! is written whole to a private temporary file beside it (mode 0600) and renamed over the
//! old one, so a crash never leaves half a file and the secrets are never readable by others,
//! even for a moment.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use crate::exit::Failure;
use crate::language::say;

/// The JSON object in `path`; `None` when the file does not exist.
pub fn read_object(path: &Path) -> Result<Option<Map<String, Value>>, Failure> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(Failure::usage(say!(
                "{}: cannot be read: {e}",
                "{}：无法读取：{e}",
                path.display()
            )))
        }
    };
    match serde_json::from_str::<Value>(&text) {
        Ok(Value::Object(map)) => Ok(Some(map)),
        Ok(_) => Err(Failure::usage(say!(
            "{}: not a JSON object; fix or remove the file",
            "{}：不是 JSON 对象；请修正或删除该文件",
            path.display()
        ))),
        // serde_json's message can quote the text; say only where it broke.
        Err(e) => Err(Failure::usage(say!(
            "{}: not valid JSON (line {}, column {}); fix or remove the file",
            "{}：不是有效的 JSON（第 {} 行第 {} 列）；请修正或删除该文件",
            path.display(),
            e.line(),
            e.column()
        ))),
    }
}

/// Write `text` to `path` with mode 0600, through a temporary file renamed over it. Creates
/// the folder (mode 0700) when missing.
pub fn write_private(path: &Path, text: &str) -> Result<(), Failure> {
    let fail = |e: std::io::Error| {
        Failure::usage(say!(
            "{}: cannot be written: {e}",
            "{}：无法写入：{e}",
            path.display()
        ))
    };
    let dir = path.parent().unwrap_or(Path::new("."));
    if !dir.exists() {
        create_private_dir(dir).map_err(fail)?;
    }
    let temp = temp_path(path);
    let written = write_new_private(&temp, text).and_then(|()| std::fs::rename(&temp, path));
    if let Err(e) = written {
        let _ = std::fs::remove_file(&temp);
        return Err(fail(e));
    }
    Ok(())
}

/// A name beside `path` that no other run uses.
fn temp_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.{}.tmp", std::process::id()))
}

#[cfg(unix)]
fn write_new_private(path: &Path, text: &str) -> std::io::Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()
}

#[cfg(not(unix))]
fn write_new_private(path: &Path, text: &str) -> std::io::Result<()> {
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()
}

#[cfg(unix)]
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
}

#[cfg(not(unix))]
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)
}

/// `value` with the keys of every object sorted, as tccli writes its files
/// (`json.dump(..., sort_keys=True)`).
pub fn sorted(value: Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut entries: Vec<(String, Value)> = map.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(entries.into_iter().map(|(k, v)| (k, sorted(v))).collect())
        }
        Value::Array(items) => Value::Array(items.into_iter().map(sorted).collect()),
        other => other,
    }
}

/// `value` as indented JSON ending with a newline: two spaces a level as tccli writes
/// (Python's `indent=2`), or a tab a level as aliyun writes (Go's `MarshalIndent` with `\t`).
pub fn pretty(value: &Value, tabs: bool) -> String {
    // Serialising a `Value` cannot fail.
    let text = serde_json::to_string_pretty(value).unwrap_or_default();
    let mut out = String::with_capacity(text.len() + 1);
    for line in text.lines() {
        // JSON strings hold no raw newlines, so leading spaces are indentation alone.
        let body = line.trim_start_matches(' ');
        let depth = (line.len() - body.len()) / 2;
        if tabs {
            out.push_str(&"\t".repeat(depth));
        } else {
            out.push_str(&"  ".repeat(depth));
        }
        out.push_str(body);
        out.push('\n');
    }
    out
}

/// A secret as tccli's `configure list` shows it: sixteen asterisks and its last four
/// characters, or asterisks alone when it is too short for four characters to say little.
pub fn mask(secret: &str) -> String {
    let chars: Vec<char> = secret.chars().collect();
    if chars.len() < 12 {
        return "*".repeat(16);
    }
    let tail: String = chars[chars.len() - 4..].iter().collect();
    format!("{}{tail}", "*".repeat(16))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_keep_four_characters_of_long_secrets_only() {
        assert_eq!(mask("AKIDabcdefgh1234"), "****************1234");
        assert_eq!(mask("short"), "****************");
        assert_eq!(mask(""), "****************");
    }

    #[cfg(unix)]
    #[test]
    fn files_are_written_private_and_whole() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("new/sub/x.json");
        write_private(&path, "{}\n").unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(path.parent().unwrap()), 0o700);
        // An existing file readable by others is replaced by a private one.
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        write_private(&path, "{\"a\": 1}\n").unwrap();
        assert_eq!(mode(&path), 0o600);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "{\"a\": 1}\n");
        let leftovers = std::fs::read_dir(path.parent().unwrap()).unwrap().count();
        assert_eq!(
            pretty(&serde_json::json!({"a": {"b": 1}}), true),
            "{\n\t\"a\": {\n\t\t\"b\": 1\n\t}\n}\n"
        );
        assert_eq!(leftovers, 1, "no temporary file left behind");
    }

    #[test]
    fn broken_files_are_named_and_not_quoted() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.json");
        assert!(read_object(&path).unwrap().is_none());
        std::fs::write(&path, "{\"secretKey\": \"HIDDEN\" ").unwrap();
        let e = read_object(&path).unwrap_err();
        assert!(
            e.message().contains("c.json") && e.message().contains("line 1"),
            "{}",
            e.message()
        );
        assert!(!e.message().contains("HIDDEN"));
        std::fs::write(&path, "[1]").unwrap();
        assert!(read_object(&path)
            .unwrap_err()
            .message()
            .contains("not a JSON object"));
    }
}
