//! A made package (the client snippets of `client::tests` and model classes written here)
//! turned into facts: members typed and placed, the required sentence, `Json` types, the
//! service's endpoints, and the actions left out with why.

use super::*;
use crate::alibaba_sdk::{client, models};

const MODELS: &str = r#"
class CreateWidgetRequest(DaraModel):
    def __init__(
        self,
        labels: Dict[str, str] = None,
        name: str = None,
        parts: List[main_models.CreateWidgetRequestParts] = None,
        zone_ids: List[str] = None,
    ):
        self.labels = labels
        # The widget's name. Valid values:
        # 
        # - Small: a small one.
        # 
        # This parameter is required.
        self.name = name
        # The parts.
        self.parts = parts
        # The zones.
        self.zone_ids = zone_ids

    def to_map(self):
        result = dict()
        if self.labels is not None:
            result['Labels'] = self.labels
        if self.name is not None:
            result['Name'] = self.name
        result['Parts'] = []
        if self.parts is not None:
            for k1 in self.parts:
                result['Parts'].append(k1.to_map() if k1 else None)
        if self.zone_ids is not None:
            result['ZoneIds'] = self.zone_ids
        return result

class CreateWidgetRequestParts(DaraModel):
    def __init__(
        self,
        size: int = None,
        extra: List[Dict[str, Any]] = None,
    ):
        # The size.
        # 
        # This parameter is required.
        self.size = size
        self.extra = extra

    def to_map(self):
        result = dict()
        if self.size is not None:
            result['Size'] = self.size
        if self.extra is not None:
            result['Extra'] = self.extra
        return result

class CreateWidgetResponse(DaraModel):
    def __init__(
        self,
        headers: Dict[str, str] = None,
        status_code: int = None,
        body: main_models.CreateWidgetResponseBody = None,
    ):
        self.headers = headers
        self.status_code = status_code
        self.body = body

class CreateWidgetResponseBody(DaraModel):
    def __init__(
        self,
        request_id: str = None,
        weight: float = None,
    ):
        # The request ID.
        self.request_id = request_id
        # This parameter is required.
        self.weight = weight

    def to_map(self):
        result = dict()
        if self.request_id is not None:
            result['RequestId'] = self.request_id
        if self.weight is not None:
            result['Weight'] = self.weight
        return result

class ListWidgetsResponse(DaraModel):
    def __init__(
        self,
        body: main_models.ListWidgetsResponseBody = None,
    ):
        self.body = body

class ListWidgetsResponseBody(DaraModel):
    pass

class ListWidgetsRequest(DaraModel):
    def __init__(
        self,
        page: Set[int] = None,
    ):
        self.page = page

    def to_map(self):
        result = dict()
        if self.page is not None:
            result['Page'] = self.page
        return result
"#;

fn package() -> Package<'static> {
    Package {
        file: "x/widgets",
        product: "widgets",
        version: "2030-01-01",
        client_file: "p/client.py",
        package: "alibabacloud-widgets20300101 1.0.0".into(),
        title: "Widgets".into(),
    }
}

fn classes() -> BTreeMap<String, ModelClass> {
    let mut out = BTreeMap::new();
    models::read("p/models.py", MODELS, &mut out);
    out
}

#[test]
fn an_rpc_package_becomes_facts() {
    let c = client::read("p/client.py", client::tests::RPC);
    let f = facts(&package(), &c, &classes());
    assert_eq!(f.actions.len(), 1, "{:#?}", f.notes);
    let a = &f.actions[0];
    assert_eq!(a.name, "CreateWidget");
    let http = a.http.as_ref().unwrap();
    assert_eq!((http.method.as_str(), http.path.as_str()), ("POST", "/"));
    assert_eq!(http.body, Some(BodyEncodingSpec::Form));
    assert_eq!(http.answer, Some(AnswerBodySpec::Json));
    let input = a.input.as_ref().unwrap();
    let shown: Vec<_> = input
        .iter()
        .map(|m| {
            (
                m.name.as_str(),
                m.ty.spec_name(),
                m.list,
                m.required,
                m.location,
                m.style,
            )
        })
        .collect();
    assert_eq!(
        shown,
        [
            (
                "Name",
                "String",
                false,
                Some(true),
                Some(LocationSpec::Query),
                None
            ),
            (
                "Parts",
                "Parts",
                true,
                Some(false),
                Some(LocationSpec::Body),
                Some(codegen::spec::StyleSpec::Json)
            ),
            (
                "ZoneIds",
                "String",
                true,
                Some(false),
                Some(LocationSpec::Body),
                Some(codegen::spec::StyleSpec::Simple)
            ),
        ]
    );
    // The required sentence leaves; the lines stay.
    assert_eq!(
        input[0].description,
        "The widget's name. Valid values:\n\n- Small: a small one."
    );
    let out = a.output.as_ref().unwrap();
    assert_eq!(out[1].ty, TypeFact::Number);
    assert_eq!(out[1].required, Some(false), "answers require nothing");
    let parts = &f.types[0];
    assert_eq!(parts.name, "Parts");
    assert_eq!(parts.source.as_deref(), Some("p/models.py"));
    assert_eq!(parts.members[0].required, Some(true));
    assert_eq!(
        parts.members[1].ty,
        TypeFact::Json,
        "a list of maps is any JSON"
    );
    // Left out, each with why and where.
    assert_eq!(
        f.notes,
        [
            "left out: widgets ListWidgets: p/models.py:99: field `page`: unknown annotation `Set[int]` (p/client.py:64)",
            "left out: widgets PutObject: p/client.py:95: the host depends on request members (`host_map`), which the spec cannot express",
        ]
    );
    let reach = f.reach.unwrap();
    assert_eq!(reach.protocol, ProtocolSpec::Acs3Rpc);
    assert_eq!(
        reach.regional_endpoint.as_deref(),
        Some("widgets.{region}.aliyuncs.com")
    );
    assert_eq!(
        reach.endpoint_map.into_iter().collect::<Vec<_>>(),
        [("cn-test-1".to_owned(), "widgets.aliyuncs.com".to_owned())],
        "only hosts that differ from the rule"
    );
}

#[test]
fn an_roa_package_becomes_facts() {
    let c = client::read("p/client.py", client::tests::ROA);
    let headers = r#"
class AttachGadgetHeaders(DaraModel):
    def __init__(
        self,
        common_headers: Dict[str, str] = None,
        account_context: main_models.AttachGadgetHeadersAccountContext = None,
    ):
        self.common_headers = common_headers
        self.account_context = account_context

    def to_map(self):
        result = dict()
        if self.account_context is not None:
            result['AccountContext'] = self.account_context.to_map()
        return result

class AttachGadgetHeadersAccountContext(DaraModel):
    def __init__(
        self,
        account_id: str = None,
    ):
        self.account_id = account_id

    def to_map(self):
        result = dict()
        if self.account_id is not None:
            result['accountId'] = self.account_id
        return result

class AttachGadgetRequest(DaraModel):
    def __init__(
        self,
        size: int = None,
    ):
        self.size = size

    def to_map(self):
        result = dict()
        if self.size is not None:
            result['size'] = self.size
        return result
"#;
    let mut classes = BTreeMap::new();
    models::read("p/models.py", headers, &mut classes);
    let f = facts(&package(), &c, &classes);
    let a = &f.actions[0];
    let http = a.http.as_ref().unwrap();
    assert_eq!(
        (
            http.method.as_str(),
            http.path.as_str(),
            http.body,
            http.answer
        ),
        (
            "PUT",
            "/clusters/{ClusterId}/gadgets",
            Some(BodyEncodingSpec::Json),
            Some(AnswerBodySpec::None)
        )
    );
    let shown: Vec<_> = a
        .input
        .as_ref()
        .unwrap()
        .iter()
        .map(|m| (m.name.as_str(), m.ty.spec_name(), m.required, m.location))
        .collect();
    assert_eq!(
        shown,
        [
            ("ClusterId", "String", Some(true), Some(LocationSpec::Path)),
            ("size", "Integer", Some(false), Some(LocationSpec::Body)),
            (
                "AccountContext",
                "AccountContext",
                Some(false),
                Some(LocationSpec::Header)
            ),
        ]
    );
    assert!(a.output.as_ref().unwrap().is_empty());
    assert_eq!(
        f.notes,
        ["left out: widgets ListGadgets: its answer is a JSON array (p/client.py:51)"]
    );
    let reach = f.reach.unwrap();
    assert_eq!(reach.protocol, ProtocolSpec::Acs3Roa);
    assert_eq!(reach.regional_endpoint, None);
    assert_eq!(reach.endpoints, ["widgets.aliyuncs.com"]);
}

#[test]
fn comments_are_commonmark_with_the_sdk_doubled_escapes_read_once() {
    // The SDK writes the documentation's `\`` as `\\``: a backtick shown as it is, not a
    // backslash before code.
    assert_eq!(
        commonmark(
            "The time is in the format \\\\`yyyy-MM-dd\\\\`, O\\\\&M. Paths: C:\\\\Windows."
        ),
        "The time is in the format \\`yyyy-MM-dd\\`, O&M. Paths: C:\\Windows."
    );
    // Its `●` bullets with `<br>` are a list.
    assert_eq!(
        commonmark(
            "Valid values:<br>\n● HardwareError: hardware.<br>\n● Others: other.<br><br><br>"
        ),
        "Valid values:\n\n- HardwareError: hardware.\n- Others: other."
    );
}
