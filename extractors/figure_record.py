"""One figure as found, before it becomes a row (shared by prose and table readers)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pipeline.normalize import fold


@dataclass
class Figure:
    start: int
    end: int
    value: float
    kind: str
    unit: str | None = None
    value_max: float | None = None
    denominator: float | None = None
    qualifier: str | None = None
    counted: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    # what the clause before a prose figure says it measures; not a column: the next figure of the
    # sentence takes it when its own clause only says how it moved (``, tăng 4,9% so cùng kỳ``)
    subject: str | None = None
    # a table figure's row label cells, then its column's header cells (block ids): where a place may name it
    label_blocks: tuple[int, ...] = ()
    row_blocks: int = 0  # how many of ``label_blocks`` are the row's (the rest head its column)
    # the first label cell of every row of its table (block ids, one tuple shared by the table's figures): what a row of
    # the rest (``Các chi hội còn lại``) is the rest of
    table_rows: tuple[int, ...] = ()
    # the second end of a move (``giảm từ 18,6% cuối năm 2024 xuống còn 17,9%``): where the first ends, whose own time
    # (the period right after it) is no time of this one
    moved_from: int | None = None

    @property
    def names_only_its_noun(self) -> bool:
        """What it counts is its unit alone (``3.598/3.712 hộ``; ``06 Nghị quyết``, its unit ``nghị quyết``)."""
        return self.counted is not None and self.unit is not None and fold(self.counted) == fold(self.unit)

    def attrs(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "value_max": self.value_max,
            "unit": self.unit,
            "kind": self.kind,
            "denominator": self.denominator,
            "qualifier": self.qualifier,
            "counted": self.counted,
            **self.extra,
        }
