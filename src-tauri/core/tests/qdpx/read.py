"""Reads a REFI-QDA project (.qdpx) as another program would, for Design Lab's tests.

Validates its project.qde against the published REFI-QDA project schema (Project.xsd, given
as the second argument), then loads it with pyrefiqda, an independent reader built from that
schema, and prints what it found as JSON: the codes (with their parents), the text sources
with their text and the codes their selections carry, and the cases with their sources.
Exits non-zero, saying why, when the file is not valid.
"""

import json
import sys
import tempfile
import zipfile

import xmlschema
from pyrefiqda import RefiProject


def main(qdpx: str, schema_path: str) -> None:
    with zipfile.ZipFile(qdpx) as archive:
        project_xml = archive.read("project.qde").decode("utf-8")
    xmlschema.XMLSchema(schema_path).validate(project_xml)
    with tempfile.TemporaryDirectory() as folder:
        project = RefiProject.load(qdpx, extract_dir=folder)

    codes = []

    def walk(code, parent):
        codes.append({"guid": code.guid, "name": code.name, "codable": code.is_codable, "parent": parent})
        for child in code.code:
            walk(child, code.guid)

    if project.code_book is not None:
        for code in project.code_book.codes.code:
            walk(code, None)
    sources = [
        {
            "guid": source.guid,
            "name": source.name,
            "description": source.description,
            "text": source.plain_text_content,
            "selections": [
                {
                    "start": selection.start_position,
                    "end": selection.end_position,
                    "codes": [coding.code_ref.target_guid for coding in selection.coding],
                }
                for selection in source.plain_text_selection
            ],
        }
        for source in (project.sources.text_source if project.sources else [])
    ]
    cases = [
        {"guid": case.guid, "name": case.name, "sources": [ref.target_guid for ref in case.source_ref]}
        for case in (project.cases.case if project.cases else [])
    ]
    json.dump({"name": project.name, "codes": codes, "sources": sources, "cases": cases}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
