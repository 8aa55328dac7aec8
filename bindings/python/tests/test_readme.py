"""The Python blocks of the repository's README section "Use it from Python" run."""

from __future__ import annotations

import contextlib
import io
import os
import re
from pathlib import Path

import pytest

from conftest import CI, ROOT


def blocks() -> list:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Use it from Python", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, re.S)


def test_readme_has_the_quick_start_and_the_engine_recipe() -> None:
    found = blocks()
    assert len(found) == 2
    assert "GongwenTextSplitter" in found[0] and "gongwen.chunks" in found[0]
    assert "mapInPandas" in found[1] and "gongwen_chunks" in found[1]


@pytest.mark.parametrize("which", [0, 1], ids=["quick-start", "engines"])
def test_readme_python_block_runs(which: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if not CI:
        pytest.importorskip("langchain_text_splitters")
        if which == 1:
            pytest.importorskip("pyspark")
            pytest.importorskip("duckdb")
    monkeypatch.chdir(tmp_path)
    out = io.StringIO()
    namespace: dict = {}
    with contextlib.redirect_stdout(out):
        try:
            exec(compile(blocks()[which], f"README.md block {which}", "exec"), namespace)
        finally:
            if "spark" in namespace:
                namespace["spark"].stop()
    printed = out.getvalue().splitlines()
    if which == 0:
        assert printed[0] == "某市机关青年干部读书班交流发言材料汇编"
        assert printed[1] == "1 title 0 某市机关青年干部读书班交流发言材料汇编"
        assert printed[4] == "9748f2eafec89519 ['机关青年干部读书班交流发言材料1', '二、存在不足']"
        assert printed[5] == "['机关青年干部读书班交流发言材料1', '二、存在不足'] True"
    else:
        import gongwen

        assert int(printed[0]) == len(gongwen.chunks(gongwen.sample()))
        assert "示例.txt" in printed[1]
