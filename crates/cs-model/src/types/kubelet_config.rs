// @generated from spec/cs/2015-12-15/types/KubeletConfig.json by `cargo xtask codegen`; do not edit.
//! The `KubeletConfig` data type.

/// The Kubelet parameter settings.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct KubeletConfig {
    /// The whitelist of allowed unsafe sysctl patterns.
    ///
    /// Wire name: `allowedUnsafeSysctls`.
    #[serde(
        rename = "allowedUnsafeSysctls",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub allowed_unsafe_sysctls: Option<Vec<String>>,
    /// The list of IP addresses for the cluster DNS servers.
    ///
    /// Wire name: `clusterDNS`.
    #[serde(rename = "clusterDNS", default, skip_serializing_if = "Option::is_none")]
    pub cluster_dns: Option<Vec<String>>,
    /// The maximum number of log files that can exist per container.
    ///
    /// Wire name: `containerLogMaxFiles`.
    #[serde(
        rename = "containerLogMaxFiles",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_log_max_files: Option<i64>,
    /// The maximum size a log file can reach before log rotation is performed.
    ///
    /// Wire name: `containerLogMaxSize`.
    #[serde(
        rename = "containerLogMaxSize",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_log_max_size: Option<String>,
    /// The maximum number of concurrent workers for log rotation operations.
    ///
    /// Wire name: `containerLogMaxWorkers`.
    #[serde(
        rename = "containerLogMaxWorkers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_log_max_workers: Option<i64>,
    /// The interval for monitoring container logs to perform log rotation.
    ///
    /// Wire name: `containerLogMonitorInterval`.
    #[serde(
        rename = "containerLogMonitorInterval",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_log_monitor_interval: Option<String>,
    /// Specifies whether to enable CPU CFS quota enforcement.
    ///
    /// Wire name: `cpuCFSQuota`.
    #[serde(rename = "cpuCFSQuota", default, skip_serializing_if = "Option::is_none")]
    pub cpu_cfs_quota: Option<bool>,
    /// The CPU CFS quota period value.
    ///
    /// Wire name: `cpuCFSQuotaPeriod`.
    #[serde(
        rename = "cpuCFSQuotaPeriod",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cpu_cfs_quota_period: Option<String>,
    /// The CPU manager policy.
    ///
    /// Wire name: `cpuManagerPolicy`.
    #[serde(
        rename = "cpuManagerPolicy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cpu_manager_policy: Option<String>,
    /// The maximum burst size for event records.
    ///
    /// Wire name: `eventBurst`.
    #[serde(rename = "eventBurst", default, skip_serializing_if = "Option::is_none")]
    pub event_burst: Option<i64>,
    /// The maximum number of events that can be generated per second.
    ///
    /// Wire name: `eventRecordQPS`.
    #[serde(rename = "eventRecordQPS", default, skip_serializing_if = "Option::is_none")]
    pub event_record_qps: Option<i64>,
    /// The set of hard eviction thresholds that trigger pod eviction.
    ///
    /// Wire name: `evictionHard`.
    #[serde(rename = "evictionHard", default, skip_serializing_if = "Option::is_none")]
    pub eviction_hard: Option<serde_json::Value>,
    /// The set of soft eviction thresholds.
    ///
    /// Wire name: `evictionSoft`.
    #[serde(rename = "evictionSoft", default, skip_serializing_if = "Option::is_none")]
    pub eviction_soft: Option<serde_json::Value>,
    /// The set of eviction grace periods.
    ///
    /// Wire name: `evictionSoftGracePeriod`.
    #[serde(
        rename = "evictionSoftGracePeriod",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub eviction_soft_grace_period: Option<serde_json::Value>,
    /// The feature gates configuration used to enable experimental features.
    ///
    /// Wire name: `featureGates`.
    #[serde(rename = "featureGates", default, skip_serializing_if = "Option::is_none")]
    pub feature_gates: Option<serde_json::Value>,
    /// The threshold above which image garbage collection runs continuously.
    ///
    /// Wire name: `imageGCHighThresholdPercent`.
    #[serde(
        rename = "imageGCHighThresholdPercent",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub image_gc_high_threshold_percent: Option<i64>,
    /// The threshold below which image garbage collection is not performed.
    ///
    /// Wire name: `imageGCLowThresholdPercent`.
    #[serde(
        rename = "imageGCLowThresholdPercent",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub image_gc_low_threshold_percent: Option<i64>,
    /// The maximum number of burst requests sent to the API server per second.
    ///
    /// Wire name: `kubeAPIBurst`.
    #[serde(rename = "kubeAPIBurst", default, skip_serializing_if = "Option::is_none")]
    pub kube_api_burst: Option<i64>,
    /// The number of queries per second when communicating with the API server.
    ///
    /// Wire name: `kubeAPIQPS`.
    #[serde(rename = "kubeAPIQPS", default, skip_serializing_if = "Option::is_none")]
    pub kube_apiqps: Option<i64>,
    /// The resource configuration reserved for Kubernetes system components.
    ///
    /// Wire name: `kubeReserved`.
    #[serde(rename = "kubeReserved", default, skip_serializing_if = "Option::is_none")]
    pub kube_reserved: Option<serde_json::Value>,
    /// The maximum number of pods that can run on the node.
    ///
    /// Wire name: `maxPods`.
    #[serde(rename = "maxPods", default, skip_serializing_if = "Option::is_none")]
    pub max_pods: Option<i64>,
    /// The policy used by the memory management manager.
    ///
    /// Wire name: `memoryManagerPolicy`.
    #[serde(
        rename = "memoryManagerPolicy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub memory_manager_policy: Option<String>,
    /// The maximum number of PIDs that can be used in a pod.
    ///
    /// Wire name: `podPidsLimit`.
    #[serde(rename = "podPidsLimit", default, skip_serializing_if = "Option::is_none")]
    pub pod_pids_limit: Option<i64>,
    /// The read-only port number.
    ///
    /// Wire name: `readOnlyPort`.
    #[serde(rename = "readOnlyPort", default, skip_serializing_if = "Option::is_none")]
    pub read_only_port: Option<i64>,
    /// The maximum number of burst image pulls.
    ///
    /// Wire name: `registryBurst`.
    #[serde(rename = "registryBurst", default, skip_serializing_if = "Option::is_none")]
    pub registry_burst: Option<i64>,
    /// The QPS limit for the image registry.
    ///
    /// Wire name: `registryPullQPS`.
    #[serde(
        rename = "registryPullQPS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub registry_pull_qps: Option<i64>,
    /// The memory reserved for NUMA nodes.
    ///
    /// Wire name: `reservedMemory`.
    #[serde(rename = "reservedMemory", default, skip_serializing_if = "Option::is_none")]
    pub reserved_memory: Option<Vec<crate::types::ReservedMemory>>,
    /// Specifies whether to pull images one at a time.
    ///
    /// Wire name: `serializeImagePulls`.
    #[serde(
        rename = "serializeImagePulls",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub serialize_image_pulls: Option<bool>,
    /// Enables automatic issuance and rotation of kubelet server certificates. When enabled, you must also set "RotateKubeletServerCertificate": true in the kubelet featureGates configuration.
    ///
    /// > - Available only for clusters running version 1.30 or later.
    /// > - For clusters running version 1.30 to v1.33, submit a ticket to apply for this feature.
    ///
    /// Wire name: `serverTLSBootstrap`.
    #[serde(
        rename = "serverTLSBootstrap",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub server_tls_bootstrap: Option<bool>,
    /// The resource configuration reserved for the system.
    ///
    /// Wire name: `systemReserved`.
    #[serde(rename = "systemReserved", default, skip_serializing_if = "Option::is_none")]
    pub system_reserved: Option<serde_json::Value>,
    /// The Policy Name of the topology management manager to use.
    ///
    /// Wire name: `topologyManagerPolicy`.
    #[serde(
        rename = "topologyManagerPolicy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub topology_manager_policy: Option<String>,
    /// The versioned configuration for the OpenTelemetry tracing client.
    ///
    /// Wire name: `tracing`.
    #[serde(rename = "tracing", default, skip_serializing_if = "Option::is_none")]
    pub tracing: Option<crate::types::Tracing>,
}

impl KubeletConfig {
    /// Sets `allowedUnsafeSysctls`: The whitelist of allowed unsafe sysctl patterns.
    pub fn with_allowed_unsafe_sysctls(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.allowed_unsafe_sysctls = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `clusterDNS`: The list of IP addresses for the cluster DNS servers.
    pub fn with_cluster_dns(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.cluster_dns = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `containerLogMaxFiles`: The maximum number of log files that can exist per container.
    pub fn with_container_log_max_files(mut self, value: i64) -> Self {
        self.container_log_max_files = Some(value);
        self
    }

    /// Sets `containerLogMaxSize`: The maximum size a log file can reach before log rotation is performed.
    pub fn with_container_log_max_size(mut self, value: impl Into<String>) -> Self {
        self.container_log_max_size = Some(value.into());
        self
    }

    /// Sets `containerLogMaxWorkers`: The maximum number of concurrent workers for log rotation operations.
    pub fn with_container_log_max_workers(mut self, value: i64) -> Self {
        self.container_log_max_workers = Some(value);
        self
    }

    /// Sets `containerLogMonitorInterval`: The interval for monitoring container logs to perform log rotation.
    pub fn with_container_log_monitor_interval(
        mut self,
        value: impl Into<String>,
    ) -> Self {
        self.container_log_monitor_interval = Some(value.into());
        self
    }

    /// Sets `cpuCFSQuota`: Specifies whether to enable CPU CFS quota enforcement.
    pub fn with_cpu_cfs_quota(mut self, value: bool) -> Self {
        self.cpu_cfs_quota = Some(value);
        self
    }

    /// Sets `cpuCFSQuotaPeriod`: The CPU CFS quota period value.
    pub fn with_cpu_cfs_quota_period(mut self, value: impl Into<String>) -> Self {
        self.cpu_cfs_quota_period = Some(value.into());
        self
    }

    /// Sets `cpuManagerPolicy`: The CPU manager policy.
    pub fn with_cpu_manager_policy(mut self, value: impl Into<String>) -> Self {
        self.cpu_manager_policy = Some(value.into());
        self
    }

    /// Sets `eventBurst`: The maximum burst size for event records.
    pub fn with_event_burst(mut self, value: i64) -> Self {
        self.event_burst = Some(value);
        self
    }

    /// Sets `eventRecordQPS`: The maximum number of events that can be generated per second.
    pub fn with_event_record_qps(mut self, value: i64) -> Self {
        self.event_record_qps = Some(value);
        self
    }

    /// Sets `evictionHard`: The set of hard eviction thresholds that trigger pod eviction.
    pub fn with_eviction_hard(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.eviction_hard = Some(value.into());
        self
    }

    /// Sets `evictionSoft`: The set of soft eviction thresholds.
    pub fn with_eviction_soft(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.eviction_soft = Some(value.into());
        self
    }

    /// Sets `evictionSoftGracePeriod`: The set of eviction grace periods.
    pub fn with_eviction_soft_grace_period(
        mut self,
        value: impl Into<serde_json::Value>,
    ) -> Self {
        self.eviction_soft_grace_period = Some(value.into());
        self
    }

    /// Sets `featureGates`: The feature gates configuration used to enable experimental features.
    pub fn with_feature_gates(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.feature_gates = Some(value.into());
        self
    }

    /// Sets `imageGCHighThresholdPercent`: The threshold above which image garbage collection runs continuously.
    pub fn with_image_gc_high_threshold_percent(mut self, value: i64) -> Self {
        self.image_gc_high_threshold_percent = Some(value);
        self
    }

    /// Sets `imageGCLowThresholdPercent`: The threshold below which image garbage collection is not performed.
    pub fn with_image_gc_low_threshold_percent(mut self, value: i64) -> Self {
        self.image_gc_low_threshold_percent = Some(value);
        self
    }

    /// Sets `kubeAPIBurst`: The maximum number of burst requests sent to the API server per second.
    pub fn with_kube_api_burst(mut self, value: i64) -> Self {
        self.kube_api_burst = Some(value);
        self
    }

    /// Sets `kubeAPIQPS`: The number of queries per second when communicating with the API server.
    pub fn with_kube_apiqps(mut self, value: i64) -> Self {
        self.kube_apiqps = Some(value);
        self
    }

    /// Sets `kubeReserved`: The resource configuration reserved for Kubernetes system components.
    pub fn with_kube_reserved(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.kube_reserved = Some(value.into());
        self
    }

    /// Sets `maxPods`: The maximum number of pods that can run on the node.
    pub fn with_max_pods(mut self, value: i64) -> Self {
        self.max_pods = Some(value);
        self
    }

    /// Sets `memoryManagerPolicy`: The policy used by the memory management manager.
    pub fn with_memory_manager_policy(mut self, value: impl Into<String>) -> Self {
        self.memory_manager_policy = Some(value.into());
        self
    }

    /// Sets `podPidsLimit`: The maximum number of PIDs that can be used in a pod.
    pub fn with_pod_pids_limit(mut self, value: i64) -> Self {
        self.pod_pids_limit = Some(value);
        self
    }

    /// Sets `readOnlyPort`: The read-only port number.
    pub fn with_read_only_port(mut self, value: i64) -> Self {
        self.read_only_port = Some(value);
        self
    }

    /// Sets `registryBurst`: The maximum number of burst image pulls.
    pub fn with_registry_burst(mut self, value: i64) -> Self {
        self.registry_burst = Some(value);
        self
    }

    /// Sets `registryPullQPS`: The QPS limit for the image registry.
    pub fn with_registry_pull_qps(mut self, value: i64) -> Self {
        self.registry_pull_qps = Some(value);
        self
    }

    /// Sets `reservedMemory`: The memory reserved for NUMA nodes.
    pub fn with_reserved_memory(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::types::ReservedMemory>>,
    ) -> Self {
        self.reserved_memory = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `serializeImagePulls`: Specifies whether to pull images one at a time.
    pub fn with_serialize_image_pulls(mut self, value: bool) -> Self {
        self.serialize_image_pulls = Some(value);
        self
    }

    /// Sets `serverTLSBootstrap`: Enables automatic issuance and rotation of kubelet server certificates. When enabled, you must also set "RotateKubeletServerCertificate": true in the kubelet featureGates configuration.
    pub fn with_server_tls_bootstrap(mut self, value: bool) -> Self {
        self.server_tls_bootstrap = Some(value);
        self
    }

    /// Sets `systemReserved`: The resource configuration reserved for the system.
    pub fn with_system_reserved(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.system_reserved = Some(value.into());
        self
    }

    /// Sets `topologyManagerPolicy`: The Policy Name of the topology management manager to use.
    pub fn with_topology_manager_policy(mut self, value: impl Into<String>) -> Self {
        self.topology_manager_policy = Some(value.into());
        self
    }

    /// Sets `tracing`: The versioned configuration for the OpenTelemetry tracing client.
    pub fn with_tracing(mut self, value: impl Into<crate::types::Tracing>) -> Self {
        self.tracing = Some(value.into());
        self
    }

    /// The whitelist of allowed unsafe sysctl patterns (`allowedUnsafeSysctls`).
    pub fn allowed_unsafe_sysctls(&self) -> &[String] {
        self.allowed_unsafe_sysctls.as_deref().unwrap_or_default()
    }

    /// The list of IP addresses for the cluster DNS servers (`clusterDNS`).
    pub fn cluster_dns(&self) -> &[String] {
        self.cluster_dns.as_deref().unwrap_or_default()
    }

    /// The maximum number of log files that can exist per container (`containerLogMaxFiles`).
    pub fn container_log_max_files(&self) -> Option<i64> {
        self.container_log_max_files
    }

    /// The maximum size a log file can reach before log rotation is performed (`containerLogMaxSize`).
    pub fn container_log_max_size(&self) -> Option<&str> {
        self.container_log_max_size.as_deref()
    }

    /// The maximum number of concurrent workers for log rotation operations (`containerLogMaxWorkers`).
    pub fn container_log_max_workers(&self) -> Option<i64> {
        self.container_log_max_workers
    }

    /// The interval for monitoring container logs to perform log rotation (`containerLogMonitorInterval`).
    pub fn container_log_monitor_interval(&self) -> Option<&str> {
        self.container_log_monitor_interval.as_deref()
    }

    /// Specifies whether to enable CPU CFS quota enforcement (`cpuCFSQuota`).
    pub fn cpu_cfs_quota(&self) -> Option<bool> {
        self.cpu_cfs_quota
    }

    /// The CPU CFS quota period value (`cpuCFSQuotaPeriod`).
    pub fn cpu_cfs_quota_period(&self) -> Option<&str> {
        self.cpu_cfs_quota_period.as_deref()
    }

    /// The CPU manager policy (`cpuManagerPolicy`).
    pub fn cpu_manager_policy(&self) -> Option<&str> {
        self.cpu_manager_policy.as_deref()
    }

    /// The maximum burst size for event records (`eventBurst`).
    pub fn event_burst(&self) -> Option<i64> {
        self.event_burst
    }

    /// The maximum number of events that can be generated per second (`eventRecordQPS`).
    pub fn event_record_qps(&self) -> Option<i64> {
        self.event_record_qps
    }

    /// The set of hard eviction thresholds that trigger pod eviction (`evictionHard`).
    pub fn eviction_hard(&self) -> Option<&serde_json::Value> {
        self.eviction_hard.as_ref()
    }

    /// The set of soft eviction thresholds (`evictionSoft`).
    pub fn eviction_soft(&self) -> Option<&serde_json::Value> {
        self.eviction_soft.as_ref()
    }

    /// The set of eviction grace periods (`evictionSoftGracePeriod`).
    pub fn eviction_soft_grace_period(&self) -> Option<&serde_json::Value> {
        self.eviction_soft_grace_period.as_ref()
    }

    /// The feature gates configuration used to enable experimental features (`featureGates`).
    pub fn feature_gates(&self) -> Option<&serde_json::Value> {
        self.feature_gates.as_ref()
    }

    /// The threshold above which image garbage collection runs continuously (`imageGCHighThresholdPercent`).
    pub fn image_gc_high_threshold_percent(&self) -> Option<i64> {
        self.image_gc_high_threshold_percent
    }

    /// The threshold below which image garbage collection is not performed (`imageGCLowThresholdPercent`).
    pub fn image_gc_low_threshold_percent(&self) -> Option<i64> {
        self.image_gc_low_threshold_percent
    }

    /// The maximum number of burst requests sent to the API server per second (`kubeAPIBurst`).
    pub fn kube_api_burst(&self) -> Option<i64> {
        self.kube_api_burst
    }

    /// The number of queries per second when communicating with the API server (`kubeAPIQPS`).
    pub fn kube_apiqps(&self) -> Option<i64> {
        self.kube_apiqps
    }

    /// The resource configuration reserved for Kubernetes system components (`kubeReserved`).
    pub fn kube_reserved(&self) -> Option<&serde_json::Value> {
        self.kube_reserved.as_ref()
    }

    /// The maximum number of pods that can run on the node (`maxPods`).
    pub fn max_pods(&self) -> Option<i64> {
        self.max_pods
    }

    /// The policy used by the memory management manager (`memoryManagerPolicy`).
    pub fn memory_manager_policy(&self) -> Option<&str> {
        self.memory_manager_policy.as_deref()
    }

    /// The maximum number of PIDs that can be used in a pod (`podPidsLimit`).
    pub fn pod_pids_limit(&self) -> Option<i64> {
        self.pod_pids_limit
    }

    /// The read-only port number (`readOnlyPort`).
    pub fn read_only_port(&self) -> Option<i64> {
        self.read_only_port
    }

    /// The maximum number of burst image pulls (`registryBurst`).
    pub fn registry_burst(&self) -> Option<i64> {
        self.registry_burst
    }

    /// The QPS limit for the image registry (`registryPullQPS`).
    pub fn registry_pull_qps(&self) -> Option<i64> {
        self.registry_pull_qps
    }

    /// The memory reserved for NUMA nodes (`reservedMemory`).
    pub fn reserved_memory(&self) -> &[crate::types::ReservedMemory] {
        self.reserved_memory.as_deref().unwrap_or_default()
    }

    /// Specifies whether to pull images one at a time (`serializeImagePulls`).
    pub fn serialize_image_pulls(&self) -> Option<bool> {
        self.serialize_image_pulls
    }

    /// Enables automatic issuance and rotation of kubelet server certificates. When enabled, you must also set "RotateKubeletServerCertificate": true in the kubelet featureGates configuration (`serverTLSBootstrap`).
    pub fn server_tls_bootstrap(&self) -> Option<bool> {
        self.server_tls_bootstrap
    }

    /// The resource configuration reserved for the system (`systemReserved`).
    pub fn system_reserved(&self) -> Option<&serde_json::Value> {
        self.system_reserved.as_ref()
    }

    /// The Policy Name of the topology management manager to use (`topologyManagerPolicy`).
    pub fn topology_manager_policy(&self) -> Option<&str> {
        self.topology_manager_policy.as_deref()
    }

    /// The versioned configuration for the OpenTelemetry tracing client (`tracing`).
    pub fn tracing(&self) -> Option<&crate::types::Tracing> {
        self.tracing.as_ref()
    }
}

impl KubeletConfig {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "KubeletConfig",
    description: sdk_shape::Text::en("The Kubelet parameter settings."),
    members: &[
        sdk_shape::MemberShape {
            name: "allowedUnsafeSysctls",
            flag: "allowed-unsafe-sysctls",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The whitelist of allowed unsafe sysctl patterns.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "clusterDNS",
            flag: "cluster-dns",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The list of IP addresses for the cluster DNS servers.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "containerLogMaxFiles",
            flag: "container-log-max-files",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The maximum number of log files that can exist per container.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "containerLogMaxSize",
            flag: "container-log-max-size",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The maximum size a log file can reach before log rotation is performed.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "containerLogMaxWorkers",
            flag: "container-log-max-workers",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The maximum number of concurrent workers for log rotation operations.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "containerLogMonitorInterval",
            flag: "container-log-monitor-interval",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The interval for monitoring container logs to perform log rotation.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cpuCFSQuota",
            flag: "cpu-cfs-quota",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to enable CPU CFS quota enforcement.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cpuCFSQuotaPeriod",
            flag: "cpu-cfs-quota-period",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The CPU CFS quota period value."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cpuManagerPolicy",
            flag: "cpu-manager-policy",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The CPU manager policy."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "eventBurst",
            flag: "event-burst",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The maximum burst size for event records.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "eventRecordQPS",
            flag: "event-record-qps",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The maximum number of events that can be generated per second.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "evictionHard",
            flag: "eviction-hard",
            kind: sdk_shape::Kind::Json,
            description: sdk_shape::Text::en(
                "The set of hard eviction thresholds that trigger pod eviction.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "evictionSoft",
            flag: "eviction-soft",
            kind: sdk_shape::Kind::Json,
            description: sdk_shape::Text::en("The set of soft eviction thresholds."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "evictionSoftGracePeriod",
            flag: "eviction-soft-grace-period",
            kind: sdk_shape::Kind::Json,
            description: sdk_shape::Text::en("The set of eviction grace periods."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "featureGates",
            flag: "feature-gates",
            kind: sdk_shape::Kind::Json,
            description: sdk_shape::Text::en(
                "The feature gates configuration used to enable experimental features.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "imageGCHighThresholdPercent",
            flag: "image-gc-high-threshold-percent",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The threshold above which image garbage collection runs continuously.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "imageGCLowThresholdPercent",
            flag: "image-gc-low-threshold-percent",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The threshold below which image garbage collection is not performed.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "kubeAPIBurst",
            flag: "kube-api-burst",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The maximum number of burst requests sent to the API server per second.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "kubeAPIQPS",
            flag: "kube-apiqps",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The number of queries per second when communicating with the API server.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "kubeReserved",
            flag: "kube-reserved",
            kind: sdk_shape::Kind::Json,
            description: sdk_shape::Text::en(
                "The resource configuration reserved for Kubernetes system components.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "maxPods",
            flag: "max-pods",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The maximum number of pods that can run on the node.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "memoryManagerPolicy",
            flag: "memory-manager-policy",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The policy used by the memory management manager.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "podPidsLimit",
            flag: "pod-pids-limit",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The maximum number of PIDs that can be used in a pod.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "readOnlyPort",
            flag: "read-only-port",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("The read-only port number."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "registryBurst",
            flag: "registry-burst",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("The maximum number of burst image pulls."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "registryPullQPS",
            flag: "registry-pull-qps",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("The QPS limit for the image registry."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "reservedMemory",
            flag: "reserved-memory",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::reserved_memory::SHAPE),
            ),
            description: sdk_shape::Text::en("The memory reserved for NUMA nodes."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "serializeImagePulls",
            flag: "serialize-image-pulls",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to pull images one at a time.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "serverTLSBootstrap",
            flag: "server-tls-bootstrap",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Enables automatic issuance and rotation of kubelet server certificates. When enabled, you must also set \"RotateKubeletServerCertificate\": true in the kubelet featureGates configuration.\n\n> - Available only for clusters running version 1.30 or later.\n> - For clusters running version 1.30 to v1.33, submit a ticket to apply for this feature.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "systemReserved",
            flag: "system-reserved",
            kind: sdk_shape::Kind::Json,
            description: sdk_shape::Text::en(
                "The resource configuration reserved for the system.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "topologyManagerPolicy",
            flag: "topology-manager-policy",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The Policy Name of the topology management manager to use.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "tracing",
            flag: "tracing",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::tracing::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The versioned configuration for the OpenTelemetry tracing client.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
