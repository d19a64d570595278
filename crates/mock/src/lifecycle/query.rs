//! What a Describe request asks for, read once: an id list, `Filters` (every filter must
//! match, any of its values may) and the `Offset`/`Limit` page, with the documented defaults.

use serde_json::Value;

/// The selection and page of one Describe request (defaults already filled).
pub struct Query {
    ids: Option<Vec<String>>,
    filters: Vec<(String, Vec<String>)>,
    offset: usize,
    limit: usize,
}

impl Query {
    /// Read `filled`; `ids_member` is the action's id list (`InvocationIds`).
    pub fn read(filled: &Value, ids_member: &str) -> Query {
        let ids = filled.get(ids_member).map(strings);
        let filters = filled
            .get("Filters")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|f| {
                let name = f.get("Name")?.as_str()?.to_owned();
                Some((name, strings(f.get("Values")?)))
            })
            .collect();
        let number = |name: &str| {
            filled
                .get(name)
                .and_then(Value::as_i64)
                .map(|n| usize::try_from(n.max(0)).unwrap_or(usize::MAX))
        };
        Query {
            ids,
            filters,
            offset: number("Offset").unwrap_or(0),
            limit: number("Limit").unwrap_or(usize::MAX),
        }
    }

    /// Every id the request names: the id list and the values of `...-id` filters.
    pub fn named_ids(&self) -> Vec<&str> {
        let listed = self.ids.iter().flatten().map(String::as_str);
        let filtered = self
            .filters
            .iter()
            .filter(|(name, _)| name.ends_with("-id"))
            .flat_map(|(_, values)| values.iter().map(String::as_str));
        listed.chain(filtered).collect()
    }

    /// Whether an item with id `own_id` and filter fields `field(name)` is selected.
    pub fn selects(&self, own_id: &str, field: impl Fn(&str) -> Vec<String>) -> bool {
        if let Some(ids) = &self.ids {
            if !ids.iter().any(|id| id == own_id) {
                return false;
            }
        }
        self.filters.iter().all(|(name, values)| {
            let have = field(name);
            values.iter().any(|v| have.contains(v))
        })
    }

    /// `TotalCount` and the page of `items`.
    pub fn page<T>(&self, items: Vec<T>) -> (usize, Vec<T>) {
        let total = items.len();
        let page = items
            .into_iter()
            .skip(self.offset)
            .take(self.limit)
            .collect();
        (total, page)
    }
}

fn strings(value: &Value) -> Vec<String> {
    value
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn filters_and_ids_select_and_pages_slice() {
        let q = Query::read(
            &json!({"Filters": [{"Name": "command-name", "Values": ["a", "b"]}, {"Name": "command-id", "Values": ["cmd-1"]}], "Offset": 1, "Limit": 1}),
            "CommandIds",
        );
        assert_eq!(q.named_ids(), ["cmd-1"]);
        let field = |name: &str| match name {
            "command-name" => vec!["b".to_owned()],
            "command-id" => vec!["cmd-1".to_owned()],
            _ => vec![],
        };
        assert!(q.selects("cmd-1", field));
        assert!(!q.selects("cmd-1", |_| vec![]));
        assert_eq!(q.page(vec![1, 2, 3]), (3, vec![2]));
        let ids = Query::read(&json!({"CommandIds": ["cmd-2"]}), "CommandIds");
        assert!(!ids.selects("cmd-1", |_| vec![]));
        assert!(ids.selects("cmd-2", |_| vec![]));
    }
}
