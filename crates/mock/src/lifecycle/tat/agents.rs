//! DescribeAutomationAgentStatus from the scenario: with a scenario that lists instances,
//! those are the agents there are, with their status and environment; without one, the
//! shape answer as before.

use serde_json::{Map, Value};

use super::render::{documented, listing};
use super::Call;
use crate::errors::Failure;
use crate::lifecycle::clock::tat_time;
use crate::lifecycle::query::Query;
use crate::lifecycle::scenario::{AgentStatus, ScenarioInstance};

fn status(instance: &ScenarioInstance) -> &'static str {
    match instance.agent_status {
        AgentStatus::Online => "Online",
        AgentStatus::Offline => "Offline",
    }
}

pub fn describe(call: &Call<'_>, filled: &Value) -> Option<Result<Map<String, Value>, Failure>> {
    let scenario = &call.tat.scenario;
    if scenario.instances.is_empty() {
        return None;
    }
    let query = Query::read(filled, "InstanceIds");
    let selected: Vec<&ScenarioInstance> = scenario
        .instances
        .iter()
        .filter(|i| {
            query.selects(&i.id, |name| match name {
                "instance-id" => vec![i.id.clone()],
                "agent-status" => vec![status(i).to_owned()],
                "environment" => vec![i.environment.clone()],
                _ => Vec::new(),
            })
        })
        .collect();
    let (total, page) = query.page(selected);
    let shape = call.item_shape("AutomationAgentSet");
    let items = page
        .into_iter()
        .map(|i| {
            let mut item = Map::new();
            item.insert("InstanceId".to_owned(), Value::String(i.id.clone()));
            // An online agent has just reported; an offline one's last report is unknown.
            if i.agent_status == AgentStatus::Online {
                item.insert(
                    "LastHeartbeatTime".to_owned(),
                    Value::String(tat_time(call.now)),
                );
            }
            item.insert(
                "AgentStatus".to_owned(),
                Value::String(status(i).to_owned()),
            );
            item.insert(
                "Environment".to_owned(),
                Value::String(i.environment.clone()),
            );
            documented(shape, item)
        })
        .collect();
    Some(Ok(listing("AutomationAgentSet", total, items)))
}
