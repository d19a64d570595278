//! Where a value sits in a request or an answer (`InvocationSet[0].Timeout`), rendered only
//! when there is an error: checking a valid document allocates nothing for paths (the input
//! check runs before every request is sent, the answer check after every answer).

/// A member path in wire names, built on the stack while walking a document.
#[derive(Clone, Copy)]
pub(crate) enum Path<'a> {
    /// The document itself.
    Root,
    /// A member of the object at the parent path.
    Member(&'a Path<'a>, &'a str),
    /// An item of the list at the parent path.
    Index(&'a Path<'a>, usize),
}

impl Path<'_> {
    /// `Filters[0].Values`; the root renders as the empty string.
    pub(crate) fn render(&self) -> String {
        match self {
            Path::Root => String::new(),
            Path::Member(parent, name) => match parent {
                Path::Root => (*name).to_owned(),
                _ => format!("{}.{name}", parent.render()),
            },
            Path::Index(parent, i) => format!("{}[{i}]", parent.render()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Path;

    #[test]
    fn paths_render_in_wire_names() {
        let set = Path::Member(&Path::Root, "InvocationSet");
        let item = Path::Index(&set, 0);
        assert_eq!(
            Path::Member(&item, "Timeout").render(),
            "InvocationSet[0].Timeout"
        );
        assert_eq!(Path::Root.render(), "");
    }
}
