# A made model file in the form the vendor's SDK generator writes, for the importer's tests.
from __future__ import annotations

from typing import Any, List, Dict

from alibabacloud_widgets20300101 import models as main_models
from darabonba.model import DaraModel

class DescribeWidgetsRequest(DaraModel):
    def __init__(
        self,
        page_size: int = None,
    ):
        # The number of widgets per page. Default value: 10.
        self.page_size = page_size

    def to_map(self):
        result = dict()
        if self.page_size is not None:
            result['PageSize'] = self.page_size

        return result

class DescribeWidgetsResponse(DaraModel):
    def __init__(
        self,
        headers: Dict[str, str] = None,
        body: main_models.DescribeWidgetsResponseBody = None,
    ):
        self.headers = headers
        self.body = body

class DescribeWidgetsResponseBody(DaraModel):
    def __init__(
        self,
        request_id: str = None,
        widgets: List[main_models.DescribeWidgetsResponseBodyWidgets] = None,
    ):
        # The request ID.
        self.request_id = request_id
        # The widgets.
        self.widgets = widgets

    def to_map(self):
        result = dict()
        if self.request_id is not None:
            result['RequestId'] = self.request_id

        result['Widgets'] = []
        if self.widgets is not None:
            for k1 in self.widgets:
                result['Widgets'].append(k1.to_map() if k1 else None)

        return result

class DescribeWidgetsResponseBodyWidgets(DaraModel):
    def __init__(
        self,
        attributes: Any = None,
        parts: List[main_models.DescribeWidgetsResponseBodyWidgetsParts] = None,
        weight: float = None,
    ):
        # Anything the widget carries.
        self.attributes = attributes
        # The widget's parts.
        self.parts = parts
        # The widget's weight, in kg.
        self.weight = weight

    def to_map(self):
        result = dict()
        if self.attributes is not None:
            result['Attributes'] = self.attributes

        result['Parts'] = []
        if self.parts is not None:
            for k1 in self.parts:
                result['Parts'].append(k1.to_map() if k1 else None)

        if self.weight is not None:
            result['Weight'] = self.weight

        return result

class DescribeWidgetsResponseBodyWidgetsParts(DaraModel):
    def __init__(
        self,
        count: int = None,
        kind: str = None,
    ):
        # How many.
        self.count = count
        # The kind of part.
        self.kind = kind

    def to_map(self):
        result = dict()
        if self.count is not None:
            result['Count'] = self.count

        if self.kind is not None:
            result['Kind'] = self.kind

        return result
