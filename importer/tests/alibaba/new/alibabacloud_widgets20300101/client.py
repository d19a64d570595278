# A made package in the form the vendor's SDK generator writes, for the importer's tests.
from __future__ import annotations

from typing import Dict

from alibabacloud_widgets20300101 import models as main_models
from alibabacloud_tea_openapi.client import Client as OpenApiClient


class Client(OpenApiClient):

    def __init__(
        self,
        config: open_api_util_models.Config,
    ):
        super().__init__(config)
        self._endpoint_rule = 'regional'
        self._endpoint_map = {
            'cn-test-1': 'widgets.aliyuncs.com',
            'cn-north-9': 'widgets.cn-north-9.aliyuncs.com'
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
        if not DaraCore.is_null(request.labels):
            body['Labels'] = request.labels
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
        return None

    def describe_widgets_with_options(
        self,
        request: main_models.DescribeWidgetsRequest,
        runtime: RuntimeOptions,
    ) -> main_models.DescribeWidgetsResponse:
        request.validate()
        query = Utils.query(request.to_map())
        req = open_api_util_models.OpenApiRequest(
            query = Utils.query(query)
        )
        params = open_api_util_models.Params(
            action = 'DescribeWidgets',
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
            main_models.DescribeWidgetsResponse(),
            self.call_api(params, req, runtime)
        )

    def list_widget_names_with_options(
        self,
        runtime: RuntimeOptions,
    ) -> main_models.ListWidgetNamesResponse:
        req = open_api_util_models.OpenApiRequest()
        params = open_api_util_models.Params(
            action = 'ListWidgetNames',
            version = '2030-01-01',
            protocol = 'HTTPS',
            pathname = '/',
            method = 'GET',
            auth_type = 'AK',
            style = 'RPC',
            req_body_type = 'formData',
            body_type = 'array'
        )
        return DaraCore.from_map(
            main_models.ListWidgetNamesResponse(),
            self.call_api(params, req, runtime)
        )
