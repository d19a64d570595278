# A made package in the older form of the vendor's SDK generator (one models.py, Tea names),
# for the importer's tests.
from alibabacloud_tea_openapi.client import Client as OpenApiClient
from alibabacloud_widgets20300101 import models as widgets_20300101_models


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
        @summary Stops a widget.
        
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
