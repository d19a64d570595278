//! `scripts/metadata-pins.txt`: the vendor packages the spec is imported from, one
//! `name==version` a line (pip's form, `#` comments), which `scripts/fetch-metadata.sh`
//! fetches. The update moves a pin by rewriting the version on its line and nothing else, so
//! the comments and the order stay as written.

use std::path::Path;

use super::UpdateError;

/// The pin file, relative to the repository root.
pub const PINS: &str = "scripts/metadata-pins.txt";

/// One pinned package.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pin {
    /// Distribution name (`tccli-intl-en`).
    pub name: String,
    /// Pinned version (`3.1.193.1`).
    pub version: String,
    /// 1-based line in the pin file.
    pub line: usize,
}

/// The pin file as read.
#[derive(Debug, Clone)]
pub struct Pins {
    text: String,
    /// The pins, in the file's order.
    pub pins: Vec<Pin>,
}

impl Pins {
    /// Read `root/scripts/metadata-pins.txt`.
    pub fn read(root: &Path) -> Result<Pins, Vec<UpdateError>> {
        let text = std::fs::read_to_string(root.join(PINS))
            .map_err(|e| vec![UpdateError::new(format!("{PINS}: cannot read: {e}"))])?;
        Pins::parse(&text)
    }

    /// Parse the file's text: every line that is not blank or a comment is `name==version`,
    /// each name once.
    pub fn parse(text: &str) -> Result<Pins, Vec<UpdateError>> {
        let mut pins: Vec<Pin> = Vec::new();
        let mut errors = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let line = i + 1;
            let content = raw.split('#').next().unwrap_or_default().trim();
            if content.is_empty() {
                continue;
            }
            let Some((name, version)) = content.split_once("==").filter(|(n, v)| {
                well_formed(n, |c| c.is_ascii_alphanumeric() || "._-".contains(c))
                    && well_formed(v, |c| c.is_ascii_alphanumeric() || ".+_-".contains(c))
            }) else {
                errors.push(UpdateError::new(format!(
                    "{PINS}:{line}: expected NAME==VERSION (`tccli-intl-en==3.1.193.1`), found `{content}`"
                )));
                continue;
            };
            if let Some(first) = pins.iter().find(|p| p.name == name) {
                errors.push(UpdateError::new(format!(
                    "{PINS}:{line}: `{name}` is pinned twice (also line {})",
                    first.line
                )));
                continue;
            }
            pins.push(Pin {
                name: name.to_owned(),
                version: version.to_owned(),
                line,
            });
        }
        if errors.is_empty() {
            Ok(Pins {
                text: text.to_owned(),
                pins,
            })
        } else {
            Err(errors)
        }
    }

    /// The pin of `name`.
    pub fn get(&self, name: &str) -> Option<&Pin> {
        self.pins.iter().find(|p| p.name == name)
    }

    /// The file's text with each `(name, version)` of `moves` pinned at its new version; the
    /// other lines as they were.
    pub fn moved<'a>(&self, moves: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
        let mut lines: Vec<String> = self.text.lines().map(str::to_owned).collect();
        for (name, version) in moves {
            let Some(pin) = self.get(name) else { continue };
            let line = &mut lines[pin.line - 1];
            let old = format!("{}=={}", pin.name, pin.version);
            *line = line.replacen(&old, &format!("{name}=={version}"), 1);
        }
        let mut text = lines.join("\n");
        if self.text.ends_with('\n') {
            text.push('\n');
        }
        text
    }
}

fn well_formed(part: &str, allowed: impl Fn(char) -> bool) -> bool {
    part.starts_with(|c: char| c.is_ascii_alphanumeric()) && part.chars().all(allowed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::package::compare_versions;
    use std::cmp::Ordering;

    const FILE: &str = "# comment\n\ntccli==3.1.189.1\n  tccli-intl-en==3.1.193.1  # English\n";

    #[test]
    fn pins_are_read_and_moved_in_place() {
        let pins = Pins::parse(FILE).unwrap();
        assert_eq!(
            pins.pins,
            [
                Pin {
                    name: "tccli".into(),
                    version: "3.1.189.1".into(),
                    line: 3
                },
                Pin {
                    name: "tccli-intl-en".into(),
                    version: "3.1.193.1".into(),
                    line: 4
                },
            ]
        );
        assert_eq!(
            pins.moved([("tccli-intl-en", "3.1.200.1")]),
            "# comment\n\ntccli==3.1.189.1\n  tccli-intl-en==3.1.200.1  # English\n"
        );
    }

    #[test]
    fn a_line_that_is_not_a_pin_is_named() {
        let e = Pins::parse("tccli==3.1.189.1\ntccli-intl-en=3.1\ntccli==1\n").unwrap_err();
        let e: Vec<String> = e.iter().map(ToString::to_string).collect();
        assert_eq!(
            e,
            [
                "scripts/metadata-pins.txt:2: expected NAME==VERSION (`tccli-intl-en==3.1.193.1`), found `tccli-intl-en=3.1`",
                "scripts/metadata-pins.txt:3: `tccli` is pinned twice (also line 1)",
            ]
        );
    }

    #[test]
    fn versions_compare_as_dotted_numbers() {
        assert_eq!(
            compare_versions("3.1.193.1", "3.1.180.1"),
            Some(Ordering::Greater)
        );
        assert_eq!(
            compare_versions("3.1.99.1", "3.1.100.1"),
            Some(Ordering::Less)
        );
        assert_eq!(
            compare_versions("3.1.193", "3.1.193.0"),
            Some(Ordering::Equal)
        );
        assert_eq!(compare_versions("3.1.193rc1", "3.1.193"), None);
    }
}
