"""Events: dated statements out of articles (`event_mentions`), the names in them (`find_entities`), and
their merge into one chronology (`merge`). camel-tools' NER is optional, in `chrono.events.camel_ner`."""

from chrono.events.entities import find_entities
from chrono.events.extract import event_mentions
from chrono.events.merge import merge

__all__ = ["event_mentions", "find_entities", "merge"]
