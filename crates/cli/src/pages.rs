//! `--all`: follow Offset/Limit pagination and merge every page into one answer.
//!
//! The merged answer is the first page's object with its items member holding every item, so
//! `--output json` stays the service's own shape and `--query` works the same with or without
//! `--all`. Without `--limit`, pages are as large as the documentation allows, to make as few
//! calls as possible. Where the next page starts and when to stop is
//! [`sdk_shape::next_offset`], the rule the SDK's paginator follows too, so `--all` and the
//! SDK stop on the same page of the same action.

use std::io::Write;

use sdk_shape::{next_offset, PageReceived, Pagination};
use serde_json::{Number, Value};

use crate::exit::Failure;
use crate::run::{stderr_is_terminal, Caller};

/// Fetch every page of `request` and merge them.
pub async fn fetch_all(
    caller: &Caller,
    pagination: Pagination,
    mut request: Value,
) -> Result<Value, Failure> {
    let action = caller.action();
    let Value::Object(members) = &mut request else {
        return caller.send(request).await;
    };
    let start = members
        .get(pagination.offset)
        .and_then(Value::as_i64)
        .unwrap_or(0);
    if !members.contains_key(pagination.limit) {
        if let Some(max) = action
            .input_member(pagination.limit)
            .and_then(|m| m.maximum)
        {
            members.insert(pagination.limit.to_owned(), Value::from(max));
        }
    }
    let page_size = members.get(pagination.limit).and_then(Value::as_u64);
    let progress = stderr_is_terminal();
    let mut merged: Option<Value> = None;
    let mut items: Vec<Value> = Vec::new();
    let mut offset = start;
    let mut number = 0;
    loop {
        members.insert(
            pagination.offset.to_owned(),
            Value::Number(Number::from(offset)),
        );
        let mut body = caller.send(Value::Object(members.clone())).await?;
        let page: Vec<Value> = match body.get_mut(pagination.items).map(Value::take) {
            Some(Value::Array(page)) => page,
            _ => Vec::new(),
        };
        let total = body.get(pagination.total).and_then(Value::as_u64);
        let got = page.len();
        items.extend(page);
        merged.get_or_insert(body);
        number += 1;
        if progress {
            let of = total.map_or_else(String::new, |t| format!(" of {t}"));
            let mut stderr = std::io::stderr().lock();
            let _ = write!(stderr, "\rfetched {}{of} items", items.len());
            let _ = stderr.flush();
        }
        let next = next_offset(&PageReceived {
            offset,
            items: got,
            total,
            limit: page_size,
            number,
        });
        match next {
            Some(next) => offset = next,
            None => break,
        }
    }
    if progress {
        eprint!("\r\x1b[K");
    }
    let mut merged = merged.unwrap_or_else(|| Value::Object(Default::default()));
    if let Value::Object(object) = &mut merged {
        object.insert(pagination.items.to_owned(), Value::Array(items));
    }
    Ok(merged)
}
