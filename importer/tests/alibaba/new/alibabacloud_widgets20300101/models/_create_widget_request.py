# A made model file in the form the vendor's SDK generator writes, for the importer's tests.
from __future__ import annotations

from typing import List, Dict

from alibabacloud_widgets20300101 import models as main_models
from darabonba.model import DaraModel

class CreateWidgetRequest(DaraModel):
    def __init__(
        self,
        labels: Dict[str, str] = None,
        name: str = None,
        parts: List[main_models.CreateWidgetRequestParts] = None,
        zone_ids: List[str] = None,
    ):
        # Free labels of the widget.
        self.labels = labels
        # The widget's name.
        # 
        # - It is shown in the console.
        # - It must be unique.
        # 
        # This parameter is required.
        self.name = name
        # The parts of the widget.
        self.parts = parts
        # The zones the widget is placed in. Up to 3.
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
        count: int = None,
        kind: str = None,
    ):
        # How many. The maximum is 10.
        # 
        # This parameter is required.
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
