"""The conformance report: per model, each finding by JSON path with the value seen, the cases that showed
it and whether the tolerant client read those answers correctly; as Markdown and as JUnit XML (one test
suite per model, one test case per request, failed by its deviations)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field

from mixroute_mock.conformance.checks import Finding
from mixroute_mock.conformance.exchange import Exchange
from mixroute_mock.profiles import DEVIATION, EXTENSION, UNDECLARED

_TITLES = {
    DEVIATION: "Deviations from the spec",
    UNDECLARED: "Fields the spec does not declare",
    EXTENSION: "Fields of upstreams other than OpenAI (the spec allows them)",
}


@dataclass
class ModelResult:
    model: str
    exchanges: list[Exchange] = field(default_factory=list)
    # Cases the request budget left unsent.
    skipped: int = 0

    @property
    def deviations(self) -> int:
        return sum(1 for _ in self.found(DEVIATION))

    @property
    def misread(self) -> list[Exchange]:
        return [done for done in self.exchanges if done.misread is not None]

    @property
    def failures(self) -> list[Exchange]:
        return [done for done in self.exchanges if done.failure is not None]

    def found(self, kind: str) -> Iterable[tuple[Finding, list[Exchange]]]:
        """Each distinct (path, kind) of that kind, with its first finding and the exchanges that showed it."""
        seen: dict[str, tuple[Finding, list[Exchange]]] = {}
        for done in self.exchanges:
            for finding in done.findings:
                if finding.kind == kind:
                    entry = seen.setdefault(finding.path, (finding, []))
                    if done not in entry[1]:
                        entry[1].append(done)
        return seen.values()

    @property
    def paths(self) -> frozenset[tuple[str, str]]:
        """(kind, JSON path) of everything found: what a profile's habits must show."""
        return frozenset((f.kind, f.path) for done in self.exchanges for f in done.findings)


def _reads(exchanges: list[Exchange]) -> str:
    wrong = [done for done in exchanges if done.misread is not None]
    if not wrong:
        return "yes"
    return "no: " + "; ".join(f"{done.case.name}: {done.misread}" for done in wrong)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _model_markdown(result: ModelResult) -> list[str]:
    sent = len(result.exchanges)
    lines = [f"## `{result.model}`", ""]
    summary = f"{sent} requests, {result.deviations} deviations, {len(result.failures)} failed requests"
    lines.append(summary + (f", {result.skipped} not sent (budget)" if result.skipped else "") + ".")
    for kind, title in _TITLES.items():
        rows = list(result.found(kind))
        if not rows:
            continue
        lines += ["", f"### {title}", "", "| JSON path | value seen | why | seen in | tolerant client reads it |"]
        lines.append("|---|---|---|---|---|")
        for finding, exchanges in rows:
            cases = ", ".join(done.case.name for done in exchanges)
            cells = (f"`{finding.path}`", f"`{finding.value}`", finding.reason, cases, _reads(exchanges))
            lines.append("| " + " | ".join(_cell(cell) for cell in cells) + " |")
    misread = [done for done in result.exchanges if done.misread is not None and not done.findings]
    failed = result.failures + misread
    if failed:
        lines += ["", "### Failed requests", ""]
        lines += [f"- {done.case.name}: {_cell(done.failure or done.misread or '')}" for done in failed]
    return lines


def _listing_markdown(findings: list[Finding]) -> list[str]:
    lines = ["## `GET /v1/models`", ""]
    if not findings:
        return [*lines, "The model list conforms.", ""]
    lines += ["| JSON path | kind | value seen | why |", "|---|---|---|---|"]
    for finding in findings:
        cells = (f"`{finding.path}`", finding.kind, f"`{finding.value}`", finding.reason)
        lines.append("| " + " | ".join(_cell(cell) for cell in cells) + " |")
    return [*lines, ""]


def markdown(results: list[ModelResult], base_url: str, listing: list[Finding] | None = None) -> str:
    """The report; `listing` is what the model list showed, None when the models were named."""
    lines = ["# Conformance report", "", f"Server: {base_url}. Every reply and chunk read against the spec.", ""]
    if listing is not None:
        lines += _listing_markdown(listing)
    for result in results:
        lines += [*_model_markdown(result), ""]
    return "\n".join(lines)


def junit(results: list[ModelResult]) -> str:
    suites = ET.Element("testsuites", name="mixroute-conformance")
    for result in results:
        suite = ET.SubElement(suites, "testsuite", name=result.model, tests=str(len(result.exchanges)))
        failed = 0
        for done in result.exchanges:
            case = ET.SubElement(suite, "testcase", classname=result.model, name=done.case.name)
            deviations = [f for f in done.findings if f.kind == DEVIATION]
            problems = [f"{f.path} = {f.value}: {f.reason}" for f in deviations]
            problems += [f"request failed: {done.failure}"] if done.failure else []
            problems += [f"the tolerant client misreads it: {done.misread}"] if done.misread else []
            if problems:
                failed += 1
                failure = ET.SubElement(case, "failure", message=problems[0])
                failure.text = "\n".join(problems)
            notes = [f"{f.kind} {f.path} = {f.value}" for f in done.findings if f.kind != DEVIATION]
            if notes:
                ET.SubElement(case, "system-out").text = "\n".join(notes)
        suite.set("failures", str(failed))
    return ET.tostring(suites, encoding="unicode", xml_declaration=True) + "\n"
