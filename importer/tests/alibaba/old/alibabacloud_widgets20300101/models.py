# A made model file in the older form of the vendor's SDK generator, for the importer's tests.
from Tea.model import TeaModel
from typing import Dict


class StopWidgetRequest(TeaModel):
    def __init__(
        self,
        widget_id: str = None,
    ):
        # The widget to stop.
        # 
        # This parameter is required.
        self.widget_id = widget_id

    def to_map(self):
        _map = super().to_map()
        if _map is not None:
            return _map

        result = dict()
        if self.widget_id is not None:
            result['WidgetId'] = self.widget_id
        return result


class StopWidgetResponseBody(TeaModel):
    def __init__(
        self,
        request_id: str = None,
    ):
        # The request ID.
        self.request_id = request_id

    def to_map(self):
        _map = super().to_map()
        if _map is not None:
            return _map

        result = dict()
        if self.request_id is not None:
            result['RequestId'] = self.request_id
        return result


class StopWidgetResponse(TeaModel):
    def __init__(
        self,
        headers: Dict[str, str] = None,
        status_code: int = None,
        body: StopWidgetResponseBody = None,
    ):
        self.headers = headers
        self.status_code = status_code
        self.body = body
