//! Which URL a service is called at: an explicit override, else the documented host
//! (Tencent) or the regional rule (Alibaba), HTTPS unless the host is this machine.

use std::net::IpAddr;

use reqwest::Url;
use sdk_shape::{Protocol, ServiceShape};

use crate::error::ConfigError;

/// A resolved endpoint: the URL to post to and the `Host` value that will be sent (and signed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolvedEndpoint {
    /// The URL, path `/`.
    pub url: Url,
    /// `host` or `host:port` when the port is not the scheme's default, as HTTP clients send it.
    pub host: String,
}

/// Resolve the endpoint of `service` from an override, the region and the documented rules.
pub fn resolve(
    service: &ServiceShape,
    endpoint: Option<&str>,
    region: Option<&str>,
    allow_http: bool,
) -> Result<ResolvedEndpoint, ConfigError> {
    let given = match endpoint {
        Some(e) => e.to_owned(),
        None => match service.protocol {
            Protocol::Tc3Json => match service.endpoints.first() {
                Some(e) => e.host.to_owned(),
                None => regional(service, region)?,
            },
            // As the vendor's SDK: the endpoint map first, then the regional rule, then the
            // product's one central host.
            Protocol::Acs3Rpc | Protocol::Acs3Roa => {
                match region.and_then(|r| service.mapped_host(r)) {
                    Some(host) => host.to_owned(),
                    None if service.regional_endpoint.is_none() => {
                        match service.endpoints.first() {
                            Some(e) => e.host.to_owned(),
                            None => regional(service, region)?,
                        }
                    }
                    None => regional(service, region)?,
                }
            }
        },
    };
    parse(&given, allow_http)
}

fn regional(service: &ServiceShape, region: Option<&str>) -> Result<String, ConfigError> {
    let Some(rule) = service.regional_endpoint else {
        return Err(ConfigError::InvalidEndpoint {
            endpoint: String::new(),
            reason: format!("{} documents no endpoint; set one explicitly", service.name),
        });
    };
    let region = region.ok_or_else(|| ConfigError::NoRegion {
        service: service.name.to_owned(),
    })?;
    if region.is_empty()
        || !region
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
    {
        return Err(ConfigError::InvalidEndpoint {
            endpoint: rule.to_owned(),
            reason: format!("region {region:?} is not a region id"),
        });
    }
    Ok(rule.replace("{region}", region))
}

/// Parse an endpoint given as a URL or a bare host.
pub fn parse(given: &str, allow_http: bool) -> Result<ResolvedEndpoint, ConfigError> {
    // Errors quote the endpoint; a password in it must not reach logs with them.
    let shown = redact_userinfo(given);
    let invalid = |reason: String| ConfigError::InvalidEndpoint {
        endpoint: shown.clone(),
        reason,
    };
    let text = if given.contains("://") {
        given.to_owned()
    } else {
        format!("https://{given}")
    };
    let mut url = Url::parse(&text).map_err(|e| invalid(e.to_string()))?;
    match url.scheme() {
        "https" => {}
        "http" => {
            if !allow_http && !is_loopback(&url) {
                return Err(ConfigError::InsecureEndpoint {
                    endpoint: shown.clone(),
                });
            }
        }
        other => return Err(invalid(format!("unsupported scheme {other:?}"))),
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(invalid("credentials in the URL are not allowed".to_owned()));
    }
    let host_name = url
        .host_str()
        .ok_or_else(|| invalid("no host".to_owned()))?
        .to_owned();
    if url.path() != "/" && !url.path().is_empty() {
        return Err(invalid("the endpoint must not have a path".to_owned()));
    }
    url.set_query(None);
    url.set_fragment(None);
    let host = match url.port() {
        Some(port) => format!("{host_name}:{port}"),
        None => host_name,
    };
    Ok(ResolvedEndpoint { url, host })
}

/// `scheme://user:pass@host/...` → `scheme://***@host/...`; anything else unchanged.
fn redact_userinfo(given: &str) -> String {
    let (scheme, rest) = match given.split_once("://") {
        Some((scheme, rest)) => (format!("{scheme}://"), rest),
        None => (String::new(), given),
    };
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    match rest[..authority_end].rfind('@') {
        Some(at) => format!("{scheme}***@{}", &rest[at + 1..]),
        None => given.to_owned(),
    }
}

fn is_loopback(url: &Url) -> bool {
    let Some(host) = url.host_str() else {
        return false;
    };
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    match bare.parse::<IpAddr>() {
        Ok(ip) => ip.is_loopback(),
        Err(_) => host.eq_ignore_ascii_case("localhost"),
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn passwords_in_endpoints_are_not_repeated_in_errors() {
        for given in [
            "https://user:hunter2@example.com",
            "http://u:hunter2@10.0.0.1:80/x",
        ] {
            let e = parse(given, false).unwrap_err().to_string();
            assert!(!e.contains("hunter2"), "{e}");
            assert!(e.contains("***@"), "{e}");
        }
        assert_eq!(
            redact_userinfo("https://example.com/a@b"),
            "https://example.com/a@b"
        );
    }

    use super::*;

    fn alibaba(
        regional_endpoint: Option<&'static str>,
        endpoints: &'static [sdk_shape::Endpoint],
    ) -> ServiceShape {
        static MAP: &[sdk_shape::RegionHost] = &[sdk_shape::RegionHost {
            region: "cn-shanghai-finance-1",
            host: "product.cn-shanghai-finance-1.example.com",
        }];
        ServiceShape {
            name: "product",
            title: "",
            version: "2020-01-01",
            protocol: Protocol::Acs3Roa,
            endpoints,
            regional_endpoint,
            endpoint_map: MAP,
            credentials: sdk_shape::CredentialSources {
                id_env: "",
                secret_env: "",
                token_env: "",
                region_env: None,
                profile_file: "",
            },
            common_errors: &[],
            service_errors: &[],
            actions: &[],
            waiters: &[],
        }
    }

    #[test]
    fn alibaba_hosts_come_from_the_map_then_the_rule_then_the_central_host() {
        let host = |s: &ServiceShape, region: Option<&str>| {
            resolve(s, None, region, false).map(|e| e.host)
        };
        let regional = alibaba(Some("product.{region}.aliyuncs.com"), &[]);
        assert_eq!(
            host(&regional, Some("cn-shanghai-finance-1")).unwrap(),
            "product.cn-shanghai-finance-1.example.com"
        );
        assert_eq!(
            host(&regional, Some("cn-hangzhou")).unwrap(),
            "product.cn-hangzhou.aliyuncs.com"
        );
        assert!(matches!(
            host(&regional, None),
            Err(ConfigError::NoRegion { .. })
        ));
        static CENTRAL: &[sdk_shape::Endpoint] = &[sdk_shape::Endpoint {
            host: "product.aliyuncs.com",
            description: "",
        }];
        let central = alibaba(None, CENTRAL);
        assert_eq!(
            host(&central, Some("cn-hangzhou")).unwrap(),
            "product.aliyuncs.com"
        );
        assert_eq!(host(&central, None).unwrap(), "product.aliyuncs.com");
        // An explicit endpoint wins over everything.
        assert_eq!(
            resolve(
                &regional,
                Some("http://127.0.0.1:9"),
                Some("cn-shanghai-finance-1"),
                false
            )
            .unwrap()
            .host,
            "127.0.0.1:9"
        );
    }

    #[test]
    fn bare_hosts_are_https() {
        let e = parse("tat.tencentcloudapi.com", false).unwrap();
        assert_eq!(e.url.as_str(), "https://tat.tencentcloudapi.com/");
        assert_eq!(e.host, "tat.tencentcloudapi.com");
    }

    #[test]
    fn http_only_on_loopback_unless_allowed() {
        assert_eq!(
            parse("http://127.0.0.1:8080", false).unwrap().host,
            "127.0.0.1:8080"
        );
        assert_eq!(parse("http://[::1]:9", false).unwrap().host, "[::1]:9");
        assert!(parse("http://localhost", false).is_ok());
        assert!(matches!(
            parse("http://example.com", false),
            Err(ConfigError::InsecureEndpoint { .. })
        ));
        assert!(parse("http://example.com", true).is_ok());
        assert!(parse("ftp://x", true).is_err());
        assert!(parse("https://u:p@x", true).is_err());
        assert!(parse("https://x/path", true).is_err());
    }
}
