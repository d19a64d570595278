# A made model file in the form the vendor's SDK generator writes, for the importer's tests.
from __future__ import annotations

from typing import Dict

from alibabacloud_widgets20300101 import models as main_models
from darabonba.model import DaraModel

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
        widget_id: str = None,
    ):
        # The request ID.
        self.request_id = request_id
        # The ID of the new widget.
        self.widget_id = widget_id

    def to_map(self):
        result = dict()
        if self.request_id is not None:
            result['RequestId'] = self.request_id

        if self.widget_id is not None:
            result['WidgetId'] = self.widget_id

        return result
