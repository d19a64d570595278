//! Registration codes and the instances registered with them (TAT's managed, non-cloud
//! machines). CreateRegisterCode makes a code (id and value, its limit and validity in
//! hours, both with the documented defaults) that DescribeRegisterCodes lists and
//! DisableRegisterCodes / DeleteRegisterCodes change. The registered instances are the
//! scenario's `rins-` instances: DescribeRegisterInstances lists them with their agent
//! status, ModifyRegisterInstance renames one, DeleteRegisterInstance removes it, after
//! which commands for it are refused as for any unknown instance. Ids the mock did not make
//! stay with the shape answers (the documented examples), as everywhere in TAT's state.

use rand::Rng;
use serde_json::{Map, Value};

use super::render::{documented, listing};
use super::{strings, Call, Store};
use crate::errors::Failure;
use crate::lifecycle::clock::tat_time;
use crate::lifecycle::query::Query;
use crate::lifecycle::scenario::{AgentStatus, Scenario};

/// The documented prefix of registered instance ids.
pub const INSTANCE_PREFIX: &str = "rins-";

/// Most registration codes kept; creating more is refused.
pub const CODE_CAPACITY: usize = 10_000;

/// `EffectiveTime` above this many hours means the code never expires (as documented).
const PERMANENT_HOURS: i64 = 99_999;

pub struct RegisterCode {
    pub id: String,
    /// The request members it was made with, documented defaults filled.
    members: Map<String, Value>,
    enabled: bool,
    created_ms: i64,
    updated_ms: i64,
    expires_ms: Option<i64>,
}

/// A registered instance, from the scenario, as renamed since.
pub struct Registered {
    pub id: String,
    name: String,
    environment: String,
    online: bool,
    updated_ms: Option<i64>,
}

/// The scenario's registered instances.
pub fn from_scenario(scenario: &Scenario) -> Vec<Registered> {
    scenario
        .instances
        .iter()
        .filter(|i| i.id.starts_with(INSTANCE_PREFIX))
        .map(|i| Registered {
            id: i.id.clone(),
            name: i.name.clone().unwrap_or_else(|| i.id.clone()),
            environment: i.environment.clone(),
            online: i.agent_status == AgentStatus::Online,
            updated_ms: None,
        })
        .collect()
}

/// `8-4-4-4-12` lower-case hex, the form of documented registration code ids.
fn code_id() -> String {
    let hex = random_hex(32);
    format!(
        "{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..]
    )
}

fn random_hex(len: usize) -> String {
    let mut rng = rand::rng();
    (0..len)
        .map(|_| char::from(b"0123456789abcdef"[rng.random_range(0..16)]))
        .collect()
}

fn number(members: &Map<String, Value>, name: &str) -> Option<i64> {
    members.get(name).and_then(Value::as_i64)
}

pub fn create(
    call: &Call<'_>,
    store: &mut Store,
    filled: &Value,
) -> Result<Map<String, Value>, Failure> {
    if store.register_codes.len() >= CODE_CAPACITY {
        return Err(call.fail(
            &["LimitExceeded"],
            format!(
                "The mock keeps at most {CODE_CAPACITY} registration codes; delete some first."
            ),
        ));
    }
    let members = filled.as_object().cloned().unwrap_or_default();
    // The shapes hold the documented default (4 hours) and range.
    let hours = number(&members, "EffectiveTime").unwrap_or(4);
    let expires_ms = (hours <= PERMANENT_HOURS).then(|| call.now + hours * 3_600_000);
    let id = loop {
        let id = code_id();
        if store.register_codes.iter().all(|c| c.id != id) {
            break id;
        }
    };
    let value = random_hex(64);
    store.register_codes.push(RegisterCode {
        id: id.clone(),
        members,
        enabled: true,
        created_ms: call.now,
        updated_ms: call.now,
        expires_ms,
    });
    let mut answer = Map::new();
    answer.insert("RegisterCodeId".to_owned(), Value::String(id));
    answer.insert("RegisterCodeValue".to_owned(), Value::String(value));
    Ok(answer)
}

/// Whether a request naming `named` ids is the state's: it names one of the mock's codes,
/// or names none while the mock has some.
fn codes_from_state(store: &Store, named: &[String]) -> bool {
    if named.is_empty() {
        return !store.register_codes.is_empty();
    }
    named
        .iter()
        .any(|id| store.register_codes.iter().any(|c| &c.id == id))
}

pub fn describe_codes(
    call: &Call<'_>,
    store: &Store,
    filled: &Value,
) -> Option<Result<Map<String, Value>, Failure>> {
    if !codes_from_state(store, &strings(filled, "RegisterCodeIds")) {
        return None;
    }
    let query = Query::read(filled, "RegisterCodeIds");
    let selected: Vec<&RegisterCode> = store
        .register_codes
        .iter()
        .rev()
        .filter(|c| query.selects(&c.id, |_| Vec::new()))
        .collect();
    let (total, page) = query.page(selected);
    let items = page
        .into_iter()
        .map(|c| {
            let mut item = c.members.clone();
            item.insert("RegisterCodeId".to_owned(), Value::String(c.id.clone()));
            item.insert("Enabled".to_owned(), Value::Bool(c.enabled));
            // No agent registers with a code in the mock: the scenario's registered
            // instances come registered.
            item.insert("RegisteredCount".to_owned(), Value::from(0));
            if let Some(at) = c.expires_ms {
                item.insert("ExpiredTime".to_owned(), Value::String(tat_time(at)));
            }
            item.insert(
                "CreatedTime".to_owned(),
                Value::String(tat_time(c.created_ms)),
            );
            item.insert(
                "UpdatedTime".to_owned(),
                Value::String(tat_time(c.updated_ms)),
            );
            documented(call.item_shape("RegisterCodeSet"), item)
        })
        .collect();
    Some(Ok(listing("RegisterCodeSet", total, items)))
}

/// DisableRegisterCodes and DeleteRegisterCodes: all the codes named, or none when one of
/// them is not the mock's.
pub fn change_codes(
    call: &Call<'_>,
    store: &mut Store,
    request: &Value,
) -> Option<Result<Map<String, Value>, Failure>> {
    let named = strings(request, "RegisterCodeIds");
    if !named
        .iter()
        .any(|id| store.register_codes.iter().any(|c| &c.id == id))
    {
        return None;
    }
    if let Some(unknown) = named
        .iter()
        .find(|id| store.register_codes.iter().all(|c| &c.id != *id))
    {
        return Some(Err(call.fail(
            &[
                "ResourceNotFound.RegisterCodesNotFoundCode",
                "InvalidParameterValue.InvalidRegisterCodeId",
                "ResourceNotFound",
            ],
            format!("The registration code {unknown:?} does not exist."),
        )));
    }
    if call.action.name == "DeleteRegisterCodes" {
        store.register_codes.retain(|c| !named.contains(&c.id));
    } else {
        for code in store
            .register_codes
            .iter_mut()
            .filter(|c| named.contains(&c.id))
        {
            code.enabled = false;
            code.updated_ms = call.now;
        }
    }
    Some(Ok(Map::new()))
}

impl Registered {
    fn status(&self) -> &'static str {
        if self.online {
            "Online"
        } else {
            "Offline"
        }
    }

    fn field(&self, name: &str) -> Vec<String> {
        match name {
            "instance-name" => vec![self.name.clone()],
            "instance-id" => vec![self.id.clone()],
            "register-status" => vec![self.status().to_owned()],
            "sys-name" => vec![self.environment.clone()],
            // No code of the mock's registered it, and the scenario gives no IPs or tags.
            _ => Vec::new(),
        }
    }
}

pub fn describe_instances(
    call: &Call<'_>,
    store: &Store,
    filled: &Value,
) -> Option<Result<Map<String, Value>, Failure>> {
    let query = Query::read(filled, "InstanceIds");
    let named = query.named_ids();
    let from_state = if named.is_empty() {
        !store.registered.is_empty()
    } else {
        named
            .iter()
            .any(|id| store.registered.iter().any(|r| r.id == *id))
    };
    if !from_state {
        return None;
    }
    let selected: Vec<&Registered> = store
        .registered
        .iter()
        .filter(|r| query.selects(&r.id, |name| r.field(name)))
        .collect();
    let (total, page) = query.page(selected);
    let items = page
        .into_iter()
        .map(|r| {
            let mut item = Map::new();
            item.insert("InstanceId".to_owned(), Value::String(r.id.clone()));
            item.insert("InstanceName".to_owned(), Value::String(r.name.clone()));
            item.insert(
                "SystemName".to_owned(),
                Value::String(r.environment.clone()),
            );
            item.insert("Status".to_owned(), Value::String(r.status().to_owned()));
            if let Some(at) = r.updated_ms {
                item.insert("UpdatedTime".to_owned(), Value::String(tat_time(at)));
            }
            documented(call.item_shape("RegisterInstanceSet"), item)
        })
        .collect();
    Some(Ok(listing("RegisterInstanceSet", total, items)))
}

/// ModifyRegisterInstance and DeleteRegisterInstance of a registered instance the mock
/// knows; `None` for others (the shape answer).
pub fn change_instance(
    call: &Call<'_>,
    store: &mut Store,
    request: &Value,
) -> Option<Result<Map<String, Value>, Failure>> {
    let id = request.get("InstanceId").and_then(Value::as_str)?;
    let index = store.registered.iter().position(|r| r.id == id)?;
    if call.action.name == "DeleteRegisterInstance" {
        let removed = store.registered.remove(index);
        store.deregistered.push(removed.id);
    } else {
        let registered = &mut store.registered[index];
        if let Some(name) = request.get("InstanceName").and_then(Value::as_str) {
            registered.name = name.to_owned();
        }
        registered.updated_ms = Some(call.now);
    }
    Some(Ok(Map::new()))
}
