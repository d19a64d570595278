//! Scenarios: what the fleet behind the mock does, stated by the user in a JSON file. Which
//! instances exist and whether their agent is online; per instance, the exit code, output and
//! run time of every command it runs. The format is documented in the crate docs.

use std::collections::HashSet;
use std::fmt;
use std::path::Path;

use serde::Deserialize;

/// How long a command runs on an instance the scenario says nothing about.
pub const DEFAULT_DURATION_SECONDS: f64 = 2.0;

/// Longest run time a scenario may state: a day, so the clock arithmetic stays small.
pub const MAX_DURATION_SECONDS: f64 = 86_400.0;

/// The fleet: known instances. With none listed, every well-formed instance id exists and
/// runs commands with the defaults (exit 0, no output, 2 s).
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// The known instances; any other instance id is refused with the documented code.
    #[serde(default)]
    pub instances: Vec<ScenarioInstance>,
}

/// One instance of a scenario.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioInstance {
    /// The instance id (`ins-...`, `lhins-...`; `rins-...` for an instance registered with
    /// a registration code, listed by DescribeRegisterInstances).
    pub id: String,
    /// The instance's name (registered instances; default: the id).
    #[serde(default)]
    pub name: Option<String>,
    /// Whether its automation agent is online (default) or offline.
    #[serde(default)]
    pub agent_status: AgentStatus,
    /// The exit code of every command it runs (default 0; anything else makes a task FAILED).
    #[serde(default)]
    pub exit_code: i64,
    /// What every command prints, as text (default empty); answered base64 as TAT does.
    #[serde(default)]
    pub output: String,
    /// How long every command runs, in seconds (default 2).
    #[serde(default = "default_duration")]
    pub duration_seconds: f64,
    /// The agent's `Environment` in DescribeAutomationAgentStatus (default `Linux`).
    #[serde(default = "default_environment")]
    pub environment: String,
}

fn default_environment() -> String {
    "Linux".to_owned()
}

fn default_duration() -> f64 {
    DEFAULT_DURATION_SECONDS
}

/// An agent's status, as `DescribeAutomationAgentStatus` spells it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
pub enum AgentStatus {
    /// Online: commands are delivered.
    #[default]
    Online,
    /// Offline: commands for this instance are refused.
    Offline,
}

/// A scenario that cannot be used, with the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScenarioError(String);

impl fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ScenarioError {}

impl Scenario {
    /// Parse and check a scenario; the error names the line and column, or the instance.
    pub fn from_json(text: &str) -> Result<Scenario, ScenarioError> {
        let scenario: Scenario = serde_json::from_str(text)
            .map_err(|e| ScenarioError(format!("not a valid scenario: {e}")))?;
        let mut seen = HashSet::new();
        for (i, instance) in scenario.instances.iter().enumerate() {
            let at = format!("instances[{i}] ({:?})", instance.id);
            if instance.id.trim().is_empty() {
                return Err(ScenarioError(format!("instances[{i}]: the id is empty")));
            }
            if !seen.insert(instance.id.as_str()) {
                return Err(ScenarioError(format!("{at}: the id is listed twice")));
            }
            let d = instance.duration_seconds;
            if !d.is_finite() || !(0.0..=MAX_DURATION_SECONDS).contains(&d) {
                return Err(ScenarioError(format!(
                    "{at}: duration_seconds must be between 0 and {MAX_DURATION_SECONDS}, not {d}"
                )));
            }
        }
        Ok(scenario)
    }

    /// Read and check the scenario in the file at `path`.
    pub fn from_file(path: impl AsRef<Path>) -> Result<Scenario, ScenarioError> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path)
            .map_err(|e| ScenarioError(format!("{}: {e}", path.display())))?;
        Self::from_json(&text).map_err(|e| ScenarioError(format!("{}: {e}", path.display())))
    }

    /// The instance `id`, when listed.
    pub fn instance(&self, id: &str) -> Option<&ScenarioInstance> {
        self.instances.iter().find(|i| i.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_fill_what_the_file_leaves_out() {
        let s = Scenario::from_json(r#"{"instances": [{"id": "ins-a"}, {"id": "ins-b", "agent_status": "Offline", "exit_code": 1, "output": "no\n", "duration_seconds": 0.5}]}"#).unwrap();
        let a = s.instance("ins-a").unwrap();
        assert_eq!(
            (
                a.agent_status,
                a.exit_code,
                a.output.as_str(),
                a.duration_seconds
            ),
            (AgentStatus::Online, 0, "", 2.0)
        );
        let b = s.instance("ins-b").unwrap();
        assert_eq!((b.agent_status, b.exit_code), (AgentStatus::Offline, 1));
        assert_eq!(a.environment, "Linux");
        assert!(s.instance("ins-c").is_none());
    }

    #[test]
    fn bad_scenarios_say_why() {
        let e = |text: &str| Scenario::from_json(text).unwrap_err().to_string();
        assert!(
            e(r#"{"instances": [{"id": "ins-a", "exit": 1}]}"#).contains("unknown field `exit`")
        );
        assert!(e(r#"{"instances": [{"id": "ins-a"}, {"id": "ins-a"}]}"#).contains("listed twice"));
        assert!(
            e(r#"{"instances": [{"id": "ins-a", "duration_seconds": -1}]}"#)
                .contains("duration_seconds")
        );
        assert!(
            e(r#"{"instances": [{"id": "ins-a", "agent_status": "Away"}]}"#)
                .contains("unknown variant")
        );
        assert!(e("[").contains("line 1"));
        let missing = Scenario::from_file("/nonexistent/scenario.json")
            .unwrap_err()
            .to_string();
        assert!(missing.starts_with("/nonexistent/scenario.json: "));
    }
}
