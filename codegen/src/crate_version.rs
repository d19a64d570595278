//! The version of a service's generated crates: `crate_version` in its `service.json`
//! (`0.1.0` when absent), one version for the model and the client crate, written into both
//! manifests and into every generated dependency on them. `cargo xtask update` moves it by
//! the change report's verdict; here it is only read and checked to be Cargo's
//! `MAJOR.MINOR.PATCH`, so a bad one is a spec error naming the file, never a manifest
//! Cargo refuses.

use crate::error::SpecError;

/// The version of a service's crates whose `service.json` names none.
pub const DEFAULT: &str = "0.1.0";

/// `MAJOR.MINOR.PATCH` as numbers: three decimal numbers without leading zeros (semver's
/// rule), no pre-release or build suffix.
pub fn parse(version: &str) -> Option<[u64; 3]> {
    let mut parts = version.split('.');
    let mut out = [0; 3];
    for slot in &mut out {
        let part = parts.next()?;
        let plain = !part.is_empty()
            && part.bytes().all(|b| b.is_ascii_digit())
            && (part == "0" || !part.starts_with('0'));
        if !plain {
            return None;
        }
        *slot = part.parse().ok()?;
    }
    parts.next().is_none().then_some(out)
}

/// The crate version `service.json` (`file`) gives, checked: one that is not
/// `MAJOR.MINOR.PATCH` is an error at `/crate_version` (and the default stands in for it).
pub fn checked(file: &str, version: Option<String>, errors: &mut Vec<SpecError>) -> String {
    match version {
        None => DEFAULT.to_owned(),
        Some(v) if parse(&v).is_some() => v,
        Some(v) => {
            errors.push(SpecError::new(
                file,
                "/crate_version",
                format!(
                    "`{v}` is not a crate version: expected MAJOR.MINOR.PATCH, three \
                     numbers without leading zeros (`0.2.0`)"
                ),
            ));
            DEFAULT.to_owned()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn only_major_minor_patch_is_a_crate_version() {
        assert_eq!(parse("0.1.0"), Some([0, 1, 0]));
        assert_eq!(parse("12.0.345"), Some([12, 0, 345]));
        for bad in [
            "",
            "0.1",
            "0.1.0.1",
            "0.01.0",
            "v0.1.0",
            "0.1.0-beta",
            "0.1.x",
            "0..1",
        ] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }
}
