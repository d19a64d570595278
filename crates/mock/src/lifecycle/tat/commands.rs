//! Commands: CreateCommand stores the request with its documented defaults under a fresh
//! `cmd-` id; DescribeCommands lists what is stored and nothing else; ModifyCommand changes
//! the members it names; DeleteCommand(s) forget commands, all or none.

use serde_json::{Map, Value};

use super::{strings, Call, Store, COMMAND_CAPACITY};
use crate::errors::Failure;
use crate::lifecycle::clock::tat_time;
use crate::lifecycle::query::Query;

/// The documented prefix of command ids.
pub const PREFIX: &str = "cmd-";

/// A stored command: the request members it was created with (defaults filled), as changed
/// by ModifyCommand since.
pub struct Command {
    pub id: String,
    pub members: Map<String, Value>,
    pub created_ms: i64,
    pub updated_ms: i64,
}

impl Command {
    /// The string member `name`, if set.
    pub fn text(&self, name: &str) -> Option<&str> {
        self.members.get(name).and_then(Value::as_str)
    }

    /// Tag keys and values (`Tags: [{"Key", "Value"}]`).
    fn tags(&self) -> impl Iterator<Item = (&str, &str)> {
        self.members
            .get("Tags")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|t| Some((t.get("Key")?.as_str()?, t.get("Value")?.as_str()?)))
    }

    /// The values a DescribeCommands filter `name` sees.
    fn field(&self, name: &str) -> Vec<String> {
        let text = |m: &str| self.text(m).map(str::to_owned).into_iter().collect();
        match name {
            "command-id" => vec![self.id.clone()],
            "command-name" => text("CommandName"),
            "command-type" => text("CommandType"),
            // Everything the mock stores was created by a user; TAT's public commands are
            // not the mock's to invent.
            "created-by" => vec!["USER".to_owned()],
            "tag-key" => self.tags().map(|(k, _)| k.to_owned()).collect(),
            "tag-value" => self.tags().map(|(_, v)| v.to_owned()).collect(),
            other => match other.strip_prefix("tag:") {
                Some(key) => self
                    .tags()
                    .filter(|(k, _)| *k == key)
                    .map(|(_, v)| v.to_owned())
                    .collect(),
                // scene-id: the mock's commands belong to no scene.
                None => Vec::new(),
            },
        }
    }
}

pub fn create(
    call: &Call<'_>,
    store: &mut Store,
    filled: &Value,
) -> Result<Map<String, Value>, Failure> {
    if store.commands.len() >= COMMAND_CAPACITY {
        return Err(call.fail(
            &["LimitExceeded.CommandQuota", "LimitExceeded"],
            format!("The mock keeps at most {COMMAND_CAPACITY} commands; delete some first."),
        ));
    }
    let id = store.fresh_id(PREFIX);
    store.commands.push(Command {
        id: id.clone(),
        members: filled.as_object().cloned().unwrap_or_default(),
        created_ms: call.now,
        updated_ms: call.now,
    });
    let mut answer = Map::new();
    answer.insert("CommandId".to_owned(), Value::String(id));
    Ok(answer)
}

pub fn describe(
    call: &Call<'_>,
    store: &Store,
    filled: &Value,
) -> Result<Map<String, Value>, Failure> {
    let query = Query::read(filled, "CommandIds");
    let selected: Vec<&Command> = store
        .commands
        .iter()
        .rev()
        .filter(|c| query.selects(&c.id, |name| c.field(name)))
        .collect();
    let (total, page) = query.page(selected);
    let shape = call.item_shape("CommandSet");
    let items = page.into_iter().map(|c| render(c, shape)).collect();
    let mut answer = Map::new();
    answer.insert("TotalCount".to_owned(), Value::from(total));
    answer.insert("CommandSet".to_owned(), Value::Array(items));
    Ok(answer)
}

/// A command as the `Command` type documents it: only members it has a value for.
fn render(command: &Command, shape: Option<&'static sdk_shape::StructShape>) -> Value {
    let mut item = Map::new();
    for member in shape.map_or(&[][..], |s| s.members) {
        let value = match member.name {
            "CommandId" => Some(Value::String(command.id.clone())),
            "CreatedTime" => Some(Value::String(tat_time(command.created_ms))),
            "UpdatedTime" => Some(Value::String(tat_time(command.updated_ms))),
            "CreatedBy" => Some(Value::String("USER".to_owned())),
            name => command.members.get(name).cloned(),
        };
        if let Some(value) = value {
            item.insert(member.name.to_owned(), value);
        }
    }
    Value::Object(item)
}

/// ModifyCommand: the members given replace the stored ones. The raw request is used, not
/// the one with defaults: a member left out is left unchanged.
pub fn modify(
    call: &Call<'_>,
    store: &mut Store,
    request: &Value,
) -> Result<Map<String, Value>, Failure> {
    let id = request
        .get("CommandId")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let Some(command) = store.commands.iter_mut().find(|c| c.id == id) else {
        return Err(call.command_not_found(id));
    };
    for (name, value) in request.as_object().into_iter().flatten() {
        if name != "CommandId" {
            command.members.insert(name.clone(), value.clone());
        }
    }
    command.updated_ms = call.now;
    Ok(Map::new())
}

/// DeleteCommand and DeleteCommands: every id must name a stored command, else nothing is
/// deleted.
pub fn delete(
    call: &Call<'_>,
    store: &mut Store,
    request: &Value,
) -> Result<Map<String, Value>, Failure> {
    let mut ids = strings(request, "CommandIds");
    if let Some(id) = request.get("CommandId").and_then(Value::as_str) {
        ids.push(id.to_owned());
    }
    if let Some(missing) = ids.iter().find(|id| store.command(id).is_none()) {
        return Err(call.command_not_found(missing));
    }
    store.commands.retain(|c| !ids.contains(&c.id));
    Ok(Map::new())
}
