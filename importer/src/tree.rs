//! A service version's spec folder on disk: read into a `merge::Spec`, written back in the
//! canonical form (`codegen::spec::to_canonical_json`), only the files whose text changed.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use codegen::spec::{
    ActionFile, CredentialsSpec, EndpointSpec, ProtocolSpec, ServiceFile, TypeFile,
};
use codegen::SourceFile;
use serde::de::DeserializeOwned;

use crate::alibaba_page::Placement;
use crate::error::ImportError;
use crate::facts::{ServiceReach, SourceFacts, Vendor};
use crate::merge::{Log, Spec};

/// One `spec/<service>/<version>` folder.
#[derive(Debug)]
pub struct ServiceTree {
    /// Service short name.
    pub service: String,
    /// API version.
    pub version: String,
    /// `service.json`, when present.
    pub service_file: Option<ServiceFile>,
    /// Actions and types.
    pub spec: Spec,
    /// The text of every file as read, by relative path.
    originals: BTreeMap<String, String>,
}

fn parse<T: DeserializeOwned>(rel: &str, text: &str) -> Result<T, ImportError> {
    serde_json::from_str(text).map_err(|e| {
        ImportError::at(rel, e.line(), format!("the existing spec file does not parse (fix it or run `cargo xtask codegen` to see why): {e}"))
    })
}

impl ServiceTree {
    /// Read the folder; a missing folder is an empty (new) service.
    pub fn load(root: &Path, service: &str, version: &str) -> Result<Self, ImportError> {
        let mut t = ServiceTree {
            service: service.to_owned(),
            version: version.to_owned(),
            service_file: None,
            spec: Spec::default(),
            originals: BTreeMap::new(),
        };
        let dir = root.join(t.dir_rel());
        let service_path = t.service_path();
        if let Ok(text) = fs::read_to_string(dir.join("service.json")) {
            t.service_file = Some(parse(&service_path, &text)?);
            t.originals.insert(service_path, text);
        }
        for (sub, is_action) in [("actions", true), ("types", false)] {
            let Ok(entries) = fs::read_dir(dir.join(sub)) else {
                continue;
            };
            let mut paths: Vec<PathBuf> = entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "json"))
                .collect();
            paths.sort();
            for p in paths {
                let name = p
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let rel = format!("{}/{sub}/{name}.json", t.dir_rel());
                let text = fs::read_to_string(&p)
                    .map_err(|e| ImportError::file(&rel, format!("cannot read: {e}")))?;
                if is_action {
                    t.spec
                        .actions
                        .insert(name, parse::<ActionFile>(&rel, &text)?);
                } else {
                    t.spec.types.insert(name, parse::<TypeFile>(&rel, &text)?);
                }
                t.originals.insert(rel, text);
            }
        }
        Ok(t)
    }

    /// `spec/<service>/<version>`.
    pub fn dir_rel(&self) -> String {
        format!("spec/{}/{}", self.service, self.version)
    }

    fn service_path(&self) -> String {
        format!("{}/service.json", self.dir_rel())
    }

    /// The action file's path.
    pub fn action_path(&self, name: &str) -> String {
        format!("{}/actions/{name}.json", self.dir_rel())
    }

    /// The type file's path.
    pub fn type_path(&self, name: &str) -> String {
        format!("{}/types/{name}.json", self.dir_rel())
    }

    /// The folder's files in canonical form, with `spec` for its actions and types: what
    /// `write` puts on disk, and what the generator checks before that.
    pub fn source_files(&self, spec: &Spec) -> Vec<SourceFile> {
        let mut files = Vec::new();
        let mut add = |path: String, text: String| files.push(SourceFile { path, text });
        if let Some(s) = &self.service_file {
            add(self.service_path(), codegen::spec::to_canonical_json(s));
        }
        for (name, a) in &spec.actions {
            add(self.action_path(name), codegen::spec::to_canonical_json(a));
        }
        for (name, t) in &spec.types {
            add(self.type_path(name), codegen::spec::to_canonical_json(t));
        }
        files
    }

    /// The folder as the generator's loader would read it from [`Self::source_files`], without
    /// writing it out and parsing it back.
    pub fn loaded(&self, spec: &Spec) -> codegen::load::LoadedService {
        codegen::load::LoadedService {
            dir: self.dir_rel(),
            service: self
                .service_file
                .as_ref()
                .map(|s| (self.service_path(), s.clone())),
            actions: spec
                .actions
                .iter()
                .map(|(name, a)| (self.action_path(name), a.clone()))
                .collect(),
            types: spec
                .types
                .iter()
                .map(|(name, t)| (self.type_path(name), t.clone()))
                .collect(),
            waiters: None,
            broken_types: Vec::new(),
        }
    }

    /// Repair, or leave out, the examples of the `touched` actions and types that their own
    /// types cannot read (see `merge::repair`); what the generator still finds wrong with
    /// the folder is returned.
    pub fn repair_examples(
        &mut self,
        touched: &std::collections::BTreeSet<String>,
        log: &mut Log,
    ) -> Result<(), codegen::SpecErrors> {
        let mut spec = std::mem::take(&mut self.spec);
        let dir = self.dir_rel();
        let checked =
            crate::merge::repair::repair(&mut spec, &dir, touched, |s| self.loaded(s), log);
        self.spec = spec;
        checked
    }

    /// What the source says about the service itself: its endpoint; a new service file.
    pub fn note_source(&mut self, facts: &SourceFacts, log: &mut Log) {
        let path = self.service_path();
        let file = self.service_file.get_or_insert_with(|| {
            log.say(format!(
                "{path}: new service {} {}",
                facts.service.as_deref().unwrap_or("?"),
                facts.version.as_deref().unwrap_or("?")
            ));
            new_service(&self.service, &self.version, facts)
        });
        // The vendor's name of the service is the metadata's; a title shown instead is
        // `display_title`, which no import touches.
        // The English package's name is `title` and the Chinese one's `title_zh`; a
        // service only the Chinese package documents has its Chinese name as `title` too,
        // so the order of the two imports does not matter.
        if let (true, Some(title)) = (facts.whole, &facts.title) {
            let zh = facts.origin.language == "zh";
            let title_is_chinese = file.title_zh.as_deref() == Some(file.title.as_str());
            if zh {
                file.title_zh = Some(title.clone());
            }
            if (!zh || title_is_chinese) && &file.title != title {
                log.say(format!("{path}: title: {:?} → {title:?}", file.title));
                file.title.clone_from(title);
            }
        }
        if let Some(reach) = &facts.reach {
            apply_reach(file, reach, &path, log);
        }
        if let Some(domain) = &facts.domain {
            if !file.endpoints.iter().any(|e| &e.host == domain) {
                log.say(format!("{path}: endpoints: added {domain}"));
                file.endpoints.push(EndpointSpec {
                    host: domain.clone(),
                    description: format!(
                        "Domain name for API requests named by the {} page.",
                        facts.origin.source
                    ),
                });
            }
        }
    }

    /// Write the files whose canonical text differs from what was read, and remove the
    /// action and type files of what the spec no longer has; return their paths.
    pub fn write(&self, root: &Path) -> Result<Vec<String>, ImportError> {
        let mut written = Vec::new();
        let files = self.source_files(&self.spec);
        for rel in self.originals.keys() {
            let gone = !files.iter().any(|f| &f.path == rel);
            if gone && (rel.contains("/actions/") || rel.contains("/types/")) {
                fs::remove_file(root.join(rel))
                    .map_err(|e| ImportError::file(rel, format!("cannot remove: {e}")))?;
                written.push(rel.clone());
            }
        }
        for SourceFile { path: rel, text } in files {
            if self.originals.get(&rel) == Some(&text) {
                continue;
            }
            let path = root.join(&rel);
            if let Some(parent) = path.parent() {
                fs::create_dir_all(parent).map_err(|e| {
                    ImportError::file(&rel, format!("cannot create the folder: {e}"))
                })?;
            }
            fs::write(&path, &text)
                .map_err(|e| ImportError::file(&rel, format!("cannot write: {e}")))?;
            written.push(rel);
        }
        Ok(written)
    }
}

/// The protocol and endpoints of a source that states them whole: they replace the file's,
/// and each change is a report line.
fn apply_reach(file: &mut ServiceFile, reach: &ServiceReach, path: &str, log: &mut Log) {
    if file.protocol != reach.protocol {
        log.say(format!(
            "{path}: protocol: {:?} → {:?}",
            file.protocol, reach.protocol
        ));
        file.protocol = reach.protocol;
    }
    if file.regional_endpoint != reach.regional_endpoint {
        log.say(format!(
            "{path}: regional_endpoint: {:?} → {:?}",
            file.regional_endpoint, reach.regional_endpoint
        ));
        file.regional_endpoint.clone_from(&reach.regional_endpoint);
    }
    let hosts: Vec<&str> = file.endpoints.iter().map(|e| e.host.as_str()).collect();
    if hosts != reach.endpoints {
        log.say(format!(
            "{path}: endpoints: {hosts:?} → {:?}",
            reach.endpoints
        ));
        file.endpoints = reach
            .endpoints
            .iter()
            .map(|host| EndpointSpec {
                host: host.clone(),
                description: "The service's one endpoint (the SDK's central endpoint rule).".into(),
            })
            .collect();
    }
    if file.endpoint_map != reach.endpoint_map {
        log.say(format!(
            "{path}: endpoint_map: {} → {} regions",
            file.endpoint_map.len(),
            reach.endpoint_map.len()
        ));
        file.endpoint_map.clone_from(&reach.endpoint_map);
    }
}

/// A service file for a service the spec does not have yet: the vendor's protocol and
/// credential conventions, and its common error codes.
fn new_service(service: &str, version: &str, facts: &SourceFacts) -> ServiceFile {
    let (protocol, credentials, endpoints, regional) = match facts.vendor {
        Vendor::Tencent => (
            ProtocolSpec::Tc3Json,
            CredentialsSpec {
                id_env: "TENCENTCLOUD_SECRET_ID".into(),
                secret_env: "TENCENTCLOUD_SECRET_KEY".into(),
                token_env: "TENCENTCLOUD_SESSION_TOKEN".into(),
                // tccli, Terraform and the vendor's SDK examples read the region here.
                region_env: Some("TENCENTCLOUD_REGION".into()),
                profile_file: "~/.tencentcloud/credentials".into(),
            },
            // Tencent Cloud API 3.0 names every service's endpoint `<service>.tencentcloudapi.com`.
            vec![EndpointSpec {
                host: format!("{service}.tencentcloudapi.com"),
                description: "Domain name for API requests (Tencent Cloud API 3.0 convention)."
                    .into(),
            }],
            None,
        ),
        Vendor::Alibaba => (
            ProtocolSpec::Acs3Rpc,
            CredentialsSpec {
                id_env: "ALIBABA_CLOUD_ACCESS_KEY_ID".into(),
                secret_env: "ALIBABA_CLOUD_ACCESS_KEY_SECRET".into(),
                token_env: "ALIBABA_CLOUD_SECURITY_TOKEN".into(),
                region_env: Some("ALIBABA_CLOUD_REGION_ID".into()),
                profile_file: "~/.aliyun/config.json".into(),
            },
            Vec::new(),
            Some(format!("{service}.{{region}}.aliyuncs.com")),
        ),
    };
    let common_errors = match facts.vendor {
        Vendor::Tencent => serde_json::from_str(include_str!("tencent_common_errors.json"))
            .expect("the bundled list parses"),
        // The signature and credential failures the Alibaba Cloud gateway answers any action
        // with, as eflo-controller's seeded service file lists them.
        Vendor::Alibaba => serde_json::from_str(include_str!("alibaba_common_errors.json"))
            .expect("the bundled list parses"),
    };
    ServiceFile {
        schema: Some("../../schema.json".into()),
        service: service.to_owned(),
        title: facts.title.clone().unwrap_or_else(|| service.to_owned()),
        title_zh: None,
        display_title: None,
        version: version.to_owned(),
        crate_version: None,
        protocol,
        endpoints,
        regional_endpoint: regional,
        endpoint_map: std::collections::BTreeMap::new(),
        credentials,
        common_errors,
        service_errors_source: None,
        service_errors: Vec::new(),
    }
}

/// Services (`service`, `version`) of one protocol family that already have an action.
pub fn services_with_action(root: &Path, action: &str, alibaba: bool) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let Ok(services) = fs::read_dir(root.join("spec")) else {
        return out;
    };
    for s in services.flatten().filter(|e| e.path().is_dir()) {
        let Ok(versions) = fs::read_dir(s.path()) else {
            continue;
        };
        for v in versions.flatten() {
            let dir = v.path();
            let Ok(text) = fs::read_to_string(dir.join("service.json")) else {
                continue;
            };
            let Ok(file) = serde_json::from_str::<ServiceFile>(&text) else {
                continue;
            };
            let family =
                matches!(file.protocol, ProtocolSpec::Acs3Rpc | ProtocolSpec::Acs3Roa) == alibaba;
            if family && dir.join("actions").join(format!("{action}.json")).exists() {
                out.push((file.service, file.version));
            }
        }
    }
    out.sort();
    out
}

/// The object types and action outputs of every service in `spec/`, for placing the rows of
/// a page whose nesting the capture lost.
#[derive(Debug, Default)]
pub struct KnownTypes {
    types: BTreeMap<String, Vec<String>>,
    outputs: Vec<String>,
}

impl KnownTypes {
    /// Read what the spec knows (unreadable files are skipped: the import reports them later).
    pub fn load(root: &Path) -> Self {
        let mut k = KnownTypes::default();
        let Ok(files) = codegen::load::read_spec_tree(root) else {
            return k;
        };
        for f in files {
            if f.path.contains("/types/") {
                if let Ok(t) = serde_json::from_str::<TypeFile>(&f.text) {
                    k.types
                        .entry(t.name)
                        .or_default()
                        .extend(t.members.into_iter().map(|m| m.name));
                }
            } else if f.path.contains("/actions/") {
                if let Ok(a) = serde_json::from_str::<ActionFile>(&f.text) {
                    k.outputs.extend(a.output.into_iter().map(|m| m.name));
                }
            }
        }
        k
    }
}

/// [`KnownTypes`] read on first use: only pages whose nesting was lost ask for it, and
/// reading the whole `spec/` for every metadata import made importing a catalogue of services
/// quadratic in its size.
#[derive(Debug)]
pub struct LazyKnownTypes<'a> {
    root: &'a Path,
    known: std::sync::OnceLock<KnownTypes>,
}

impl<'a> LazyKnownTypes<'a> {
    /// Nothing is read until a page asks.
    pub fn new(root: &'a Path) -> Self {
        LazyKnownTypes {
            root,
            known: std::sync::OnceLock::new(),
        }
    }
}

impl Placement for LazyKnownTypes<'_> {
    fn has_member(&self, ty: Option<&str>, member: &str) -> Option<bool> {
        self.known
            .get_or_init(|| KnownTypes::load(self.root))
            .has_member(ty, member)
    }
}

impl Placement for KnownTypes {
    fn has_member(&self, ty: Option<&str>, member: &str) -> Option<bool> {
        match ty {
            None => Some(self.outputs.iter().any(|m| m == member)),
            Some(t) => self.types.get(t).map(|ms| ms.iter().any(|m| m == member)),
        }
    }
}
