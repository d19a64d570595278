//! `client.py` snippets written here in the forms the SDK generator writes (never copied
//! from a package): both generations of the code, RPC and ROA, shrink members, path
//! arguments, headers, and methods this reader must leave out.

use super::*;

pub(crate) const RPC: &str = r#"
class Client(OpenApiClient):

    def __init__(
        self,
        config: open_api_util_models.Config,
    ):
        super().__init__(config)
        self._endpoint_rule = 'regional'
        self._endpoint_map = {
            'cn-north-9': 'widgets.cn-north-9.aliyuncs.com',
            'cn-test-1': 'widgets.aliyuncs.com'
        }
        self.check_config(config)
        self._endpoint = self.get_endpoint('widgets', self._region_id, self._endpoint_rule, self._network, self._suffix, self._endpoint_map, self._endpoint)

    def create_widget_with_options(
        self,
        tmp_req: main_models.CreateWidgetRequest,
        runtime: RuntimeOptions,
    ) -> main_models.CreateWidgetResponse:
        tmp_req.validate()
        request = main_models.CreateWidgetShrinkRequest()
        Utils.convert(tmp_req, request)
        if not DaraCore.is_null(tmp_req.parts):
            request.parts_shrink = Utils.array_to_string_with_specified_style(tmp_req.parts, 'Parts', 'json')
        if not DaraCore.is_null(tmp_req.zone_ids):
            request.zone_ids_shrink = Utils.array_to_string_with_specified_style(tmp_req.zone_ids, 'ZoneIds', 'simple')
        query = {}
        if not DaraCore.is_null(request.name):
            query['Name'] = request.name
        body = {}
        if not DaraCore.is_null(request.parts_shrink):
            body['Parts'] = request.parts_shrink
        if not DaraCore.is_null(request.zone_ids_shrink):
            body['ZoneIds'] = request.zone_ids_shrink
        req = open_api_util_models.OpenApiRequest(
            query = Utils.query(query),
            body = Utils.parse_to_map(body)
        )
        params = open_api_util_models.Params(
            action = 'CreateWidget',
            version = '2030-01-01',
            protocol = 'HTTPS',
            pathname = '/',
            method = 'POST',
            auth_type = 'AK',
            style = 'RPC',
            req_body_type = 'formData',
            body_type = 'json'
        )
        return DaraCore.from_map(
            main_models.CreateWidgetResponse(),
            self.call_api(params, req, runtime)
        )

    async def create_widget_with_options_async(
        self,
        tmp_req: main_models.CreateWidgetRequest,
        runtime: RuntimeOptions,
    ) -> main_models.CreateWidgetResponse:
        pass

    def list_widgets_with_options(
        self,
        request: main_models.ListWidgetsRequest,
        runtime: RuntimeOptions,
    ) -> main_models.ListWidgetsResponse:
        request.validate()
        query = Utils.query(request.to_map())
        req = open_api_util_models.OpenApiRequest(
            query = Utils.query(query)
        )
        params = open_api_util_models.Params(
            action = 'ListWidgets',
            version = '2030-01-01',
            protocol = 'HTTPS',
            pathname = '/',
            method = 'GET',
            auth_type = 'AK',
            style = 'RPC',
            req_body_type = 'formData',
            body_type = 'json'
        )
        return DaraCore.from_map(
            main_models.ListWidgetsResponse(),
            self.call_api(params, req, runtime)
        )

    def put_object_with_options(
        self,
        request: main_models.PutObjectRequest,
        runtime: RuntimeOptions,
    ) -> main_models.PutObjectResponse:
        host_map = {}
        host_map['bucket'] = request.bucket
"#;

pub(crate) const ROA: &str = r#"
class Client(OpenApiClient):

    def __init__(
        self,
        config: open_api_util_models.Config,
    ):
        super().__init__(config)
        self._endpoint_rule = ''
        self.check_config(config)
        self._endpoint = self.get_endpoint('gadgets', self._region_id, self._endpoint_rule, self._network, self._suffix, self._endpoint_map, self._endpoint)

    def attach_gadget_with_options(
        self,
        cluster_id: str,
        request: main_models.AttachGadgetRequest,
        tmp_header: main_models.AttachGadgetHeaders,
        runtime: RuntimeOptions,
    ) -> main_models.AttachGadgetResponse:
        request.validate()
        headers = main_models.AttachGadgetShrinkHeaders()
        Utils.convert(tmp_header, headers)
        if not DaraCore.is_null(tmp_header.account_context):
            headers.account_context_shrink = Utils.array_to_string_with_specified_style(tmp_header.account_context, 'AccountContext', 'json')
        body = {}
        if not DaraCore.is_null(request.size):
            body['size'] = request.size
        real_headers = {}
        if not DaraCore.is_null(headers.account_context_shrink):
            real_headers['AccountContext'] = DaraCore.to_json_string(headers.account_context_shrink)
        req = open_api_util_models.OpenApiRequest(
            headers = real_headers,
            body = Utils.parse_to_map(body)
        )
        params = open_api_util_models.Params(
            action = 'AttachGadget',
            version = '2030-01-01',
            protocol = 'HTTPS',
            pathname = f'/clusters/{DaraURL.percent_encode(cluster_id)}/gadgets',
            method = 'PUT',
            auth_type = 'AK',
            style = 'ROA',
            req_body_type = 'json',
            body_type = 'none'
        )
        return DaraCore.from_map(
            main_models.AttachGadgetResponse(),
            self.call_api(params, req, runtime)
        )

    def list_gadgets_with_options(
        self,
        headers: Dict[str, str],
        runtime: RuntimeOptions,
    ) -> main_models.ListGadgetsResponse:
        req = open_api_util_models.OpenApiRequest(
            headers = headers
        )
        params = open_api_util_models.Params(
            action = 'ListGadgets',
            version = '2030-01-01',
            protocol = 'HTTPS',
            pathname = f'/gadgets',
            method = 'GET',
            auth_type = 'AK',
            style = 'ROA',
            req_body_type = 'json',
            body_type = 'array'
        )
        return DaraCore.from_map(
            main_models.ListGadgetsResponse(),
            self.call_api(params, req, runtime)
        )
"#;

/// The older generation: Tea names, `key='value'` without spaces, a docstring summary.
pub(crate) const OLD: &str = r#"
class Client(OpenApiClient):
    def __init__(
        self,
        config: open_api_models.Config,
    ):
        super().__init__(config)
        self._endpoint_rule = 'regional'
        self.check_config(config)
        self._endpoint = self.get_endpoint('widgets', self._region_id, self._endpoint_rule, self._network, self._suffix, self._endpoint_map, self._endpoint)

    def stop_widget_with_options(
        self,
        request: widgets_20300101_models.StopWidgetRequest,
        runtime: util_models.RuntimeOptions,
    ) -> widgets_20300101_models.StopWidgetResponse:
        """
        @summary Stops a widget \\& its parts.
        
        @param request: StopWidgetRequest
        @return: StopWidgetResponse
        """
        UtilClient.validate_model(request)
        body = {}
        if not UtilClient.is_unset(request.widget_id):
            body['WidgetId'] = request.widget_id
        req = open_api_models.OpenApiRequest(
            body=OpenApiUtilClient.parse_to_map(body)
        )
        params = open_api_models.Params(
            action='StopWidget',
            version='2030-01-01',
            protocol='HTTPS',
            pathname='/',
            method='POST',
            auth_type='AK',
            style='RPC',
            req_body_type='formData',
            body_type='json'
        )
        return TeaCore.from_map(
            widgets_20300101_models.StopWidgetResponse(),
            self.call_api(params, req, runtime)
        )
"#;

fn ok(c: &Result<Call, Skipped>) -> &Call {
    c.as_ref().unwrap_or_else(|s| panic!("{s:?}"))
}

#[test]
fn rpc_methods_with_shrink_members_and_a_whole_query() {
    let c = read("p/client.py", RPC);
    assert_eq!(c.product.as_deref(), Some("widgets"));
    assert_eq!(c.rule.as_deref(), Some("regional"));
    assert_eq!(c.endpoint_map.len(), 2);
    assert_eq!(c.calls.len(), 3, "the async twin is not a call");
    let create = ok(&c.calls[0]);
    assert_eq!(
        (
            create.action.as_str(),
            create.method.as_str(),
            create.path.as_str()
        ),
        ("CreateWidget", "POST", "/")
    );
    assert_eq!(create.request.as_deref(), Some("CreateWidgetRequest"));
    assert_eq!(create.response, "CreateWidgetResponse");
    let placed: Vec<_> = create
        .bindings
        .iter()
        .map(|b| (b.py.as_str(), b.wire.as_str(), b.location, b.style))
        .collect();
    assert_eq!(
        placed,
        [
            ("name", "Name", LocationSpec::Query, None),
            ("parts", "Parts", LocationSpec::Body, Some(StyleSpec::Json)),
            (
                "zone_ids",
                "ZoneIds",
                LocationSpec::Body,
                Some(StyleSpec::Simple)
            ),
        ]
    );
    let list = ok(&c.calls[1]);
    assert_eq!(list.whole_request, Some(LocationSpec::Query));
    let skipped = c.calls[2].as_ref().unwrap_err();
    assert_eq!(skipped.action, "PutObject");
    assert!(skipped.why.starts_with("p/client.py:"), "{}", skipped.why);
    assert!(skipped.why.contains("host_map"), "{}", skipped.why);
}

#[test]
fn roa_methods_with_path_arguments_and_headers() {
    let c = read("p/client.py", ROA);
    assert_eq!(c.rule.as_deref(), Some(""));
    let attach = ok(&c.calls[0]);
    assert_eq!(attach.style, "ROA");
    assert_eq!(attach.path, "/clusters/{ClusterId}/gadgets");
    assert_eq!(
        attach.path_args,
        [("cluster_id".to_owned(), "ClusterId".to_owned())]
    );
    assert_eq!(attach.headers.as_deref(), Some("AttachGadgetHeaders"));
    assert_eq!(
        (attach.req_body_type.as_str(), attach.body_type.as_str()),
        ("json", "none")
    );
    let header = &attach.bindings[1];
    assert!(header.header_class);
    assert_eq!(
        (header.wire.as_str(), header.location, header.style),
        (
            "AccountContext",
            LocationSpec::Header,
            Some(StyleSpec::Json)
        )
    );
    let list = ok(&c.calls[1]);
    assert_eq!(list.request, None);
    assert_eq!(list.body_type, "array");
}

#[test]
fn the_older_generation_and_its_summary() {
    let c = read("p/client.py", OLD);
    let stop = ok(&c.calls[0]);
    assert_eq!(stop.action, "StopWidget");
    assert_eq!(stop.request.as_deref(), Some("StopWidgetRequest"));
    assert_eq!(
        stop.summary.as_deref(),
        Some(r"Stops a widget \& its parts.")
    );
    assert_eq!(stop.bindings[0].wire, "WidgetId");
}

#[test]
fn a_file_cut_short_leaves_the_action_out_naming_the_line() {
    let cut = &RPC[..RPC.find("            action = 'CreateWidget'").unwrap()];
    let c = read("p/client.py", cut);
    let s = c.calls[0].as_ref().unwrap_err();
    assert_eq!(s.action, "CreateWidget");
    assert_eq!(s.line, 17);
    assert!(
        s.why.contains("p/client.py:17: no `Params(...)`"),
        "{}",
        s.why
    );
    let cut = &RPC[..RPC
        .find("    ) -> main_models.CreateWidgetResponse")
        .unwrap()];
    let s = read("p/client.py", cut).calls[0].clone().unwrap_err();
    assert!(s.why.contains("signature does not end"), "{}", s.why);
}

#[test]
fn a_call_that_repeats_its_params_keeps_them() {
    let text = OLD.replace(
        "self.call_api(params, req, runtime)",
        "self.do_rpcrequest(params.action, params.version, params.protocol, params.method, params.auth_type, params.body_type, req, runtime)",
    );
    let c = read("p/client.py", &text);
    let stop = ok(&c.calls[0]);
    assert_eq!(
        (
            stop.action.as_str(),
            stop.method.as_str(),
            stop.style.as_str()
        ),
        ("StopWidget", "POST", "RPC")
    );
}

#[test]
fn a_str_argument_the_path_does_not_name_is_not_a_member() {
    let text = ROA.replace(
        "        cluster_id: str,\n",
        "        cluster_id: str,\n        client_token: str,\n",
    );
    let c = read("p/client.py", &text);
    assert_eq!(
        ok(&c.calls[0]).path_args,
        [("cluster_id".to_owned(), "ClusterId".to_owned())]
    );
}

#[test]
fn a_one_line_signature_is_refused_not_misread() {
    let text = "class Client(OpenApiClient):\n    def stop_widget_with_options(self, request) -> main_models.StopWidgetResponse:\n        pass\n";
    let c = read("p/client.py", text);
    let s = c.calls[0].as_ref().unwrap_err();
    assert!(
        s.why.contains("p/client.py:2: the method's signature"),
        "{}",
        s.why
    );
}
