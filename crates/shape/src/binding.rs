//! Where a request goes over HTTP, for the vendors that bind each action to a method and a
//! path (Alibaba's ROA style, and RPC actions whose members go in the query or headers): the
//! action's [`HttpBinding`] and each request member's [`Location`] and [`Style`].
//!
//! The runtime builds requests from these, the mock reads them back with the same tables,
//! so the wire layout of an action is written once, in its shape.

/// How an action is called over HTTP.
#[derive(Debug)]
pub struct HttpBinding {
    /// The method (`GET`, `POST`, `PUT`, `DELETE`, ...).
    pub method: &'static str,
    /// The path, with `{Member}` for each request member whose location is
    /// [`Location::Path`] (`/clusters/{ClusterId}/nodepools`); `/` for RPC.
    pub path: &'static str,
    /// How the members whose location is [`Location::Body`] are encoded.
    pub body: BodyEncoding,
    /// What the answer's body holds.
    pub answer: AnswerBody,
}

/// How request members in the body are encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyEncoding {
    /// `application/x-www-form-urlencoded`, nested values flattened (`Key.1.Sub=...`).
    Form,
    /// `application/json`: the body members as one JSON object.
    Json,
}

/// What an answer's body holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerBody {
    /// A JSON object whose members are the action's output.
    Json,
    /// Nothing the client reads: the status says it all, and the answer is an empty object.
    None,
}

/// Where a request member goes in the HTTP request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location {
    /// The body, encoded as the action's [`HttpBinding::body`] says (every member of an
    /// action without a binding).
    Body,
    /// The query string, nested values flattened as in a form.
    Query,
    /// A `{Member}` segment of the action's [`HttpBinding::path`], percent-encoded.
    Path,
    /// A header named by the member's wire name.
    Header,
}

impl Location {
    /// The word for it in messages: `body`, `query`, `path`, `header`.
    pub fn word(self) -> &'static str {
        match self {
            Location::Body => "body",
            Location::Query => "query",
            Location::Path => "path",
            Location::Header => "header",
        }
    }
}

/// How a list or object request member is written where it goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// As one string holding its JSON (Alibaba's "shrink" members: `NodeIdList=["a","b"]`).
    Json,
    /// A list as one string of its items joined by commas (`a,b`).
    Simple,
}

/// One piece of a path template: text as it is, or the member whose value goes there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathPiece<'a> {
    /// Literal text of the path (`/clusters/`).
    Text(&'a str),
    /// `{Member}`: the wire name of a request member.
    Member(&'a str),
}

/// A path template that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathTemplateError {
    /// Byte offset in the template where the fault is.
    pub at: usize,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for PathTemplateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "at byte {}: {}", self.at, self.message)
    }
}

impl std::error::Error for PathTemplateError {}

/// The pieces of a path template (`/clusters/{ClusterId}/nodepools`), in order. A template
/// starts with `/`; a `{` opens a member name of letters, digits, `_`, `-` and `.` that a `}`
/// closes; a `}` outside one is an error. The generator refuses a template this cannot read,
/// so the runtime and the mock only meet good ones.
pub fn path_pieces(template: &str) -> Result<Vec<PathPiece<'_>>, PathTemplateError> {
    let fail = |at: usize, message: String| Err(PathTemplateError { at, message });
    if !template.starts_with('/') {
        return fail(0, format!("{template:?} does not start with /"));
    }
    let mut pieces = Vec::new();
    let mut rest = template;
    let mut offset = 0;
    while !rest.is_empty() {
        match rest.find(['{', '}']) {
            None => {
                pieces.push(PathPiece::Text(rest));
                break;
            }
            Some(i) if rest.as_bytes()[i] == b'}' => {
                return fail(offset + i, "a } without its {".to_owned());
            }
            Some(i) => {
                if i > 0 {
                    pieces.push(PathPiece::Text(&rest[..i]));
                }
                let after = &rest[i + 1..];
                let Some(end) = after.find('}') else {
                    return fail(offset + i, "a { without its }".to_owned());
                };
                let name = &after[..end];
                let good = |c: char| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.');
                if name.is_empty() || !name.chars().all(good) {
                    return fail(
                        offset + i + 1,
                        format!("{{{name}}} is not a member name (letters, digits, _ - .)"),
                    );
                }
                if matches!(pieces.last(), Some(PathPiece::Member(_))) {
                    return fail(
                        offset + i,
                        "two members side by side cannot be told apart".to_owned(),
                    );
                }
                pieces.push(PathPiece::Member(name));
                let used = i + 1 + end + 1;
                offset += used;
                rest = &rest[used..];
            }
        }
    }
    Ok(pieces)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_split_into_text_and_members() {
        assert_eq!(
            path_pieces("/clusters/{ClusterId}/nodepools/{NodepoolId}"),
            Ok(vec![
                PathPiece::Text("/clusters/"),
                PathPiece::Member("ClusterId"),
                PathPiece::Text("/nodepools/"),
                PathPiece::Member("NodepoolId"),
            ])
        );
        assert_eq!(path_pieces("/"), Ok(vec![PathPiece::Text("/")]));
        assert_eq!(
            path_pieces("/k8s/{cluster_id}.json"),
            Ok(vec![
                PathPiece::Text("/k8s/"),
                PathPiece::Member("cluster_id"),
                PathPiece::Text(".json"),
            ])
        );
    }

    #[test]
    fn bad_templates_say_where() {
        let error = |t| path_pieces(t).unwrap_err().to_string();
        assert_eq!(
            error("clusters"),
            "at byte 0: \"clusters\" does not start with /"
        );
        assert_eq!(error("/a/{Id"), "at byte 3: a { without its }");
        assert_eq!(error("/a/Id}"), "at byte 5: a } without its {");
        assert_eq!(
            error("/a/{}"),
            "at byte 4: {} is not a member name (letters, digits, _ - .)"
        );
        assert_eq!(
            error("/a/{B c}"),
            "at byte 4: {B c} is not a member name (letters, digits, _ - .)"
        );
        assert_eq!(
            error("/{A}{B}"),
            "at byte 4: two members side by side cannot be told apart"
        );
    }
}
