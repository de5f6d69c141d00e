//! Real readers for exported files, shared by the report tests: a Word file's parts, and
//! poppler's tools on a PDF.

/// The parts of a Word file, by name.
pub fn unzip(bytes: &[u8]) -> std::collections::HashMap<String, String> {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).unwrap();
            let mut text = String::new();
            file.read_to_string(&mut text).unwrap_or_default();
            (file.name().to_owned(), text)
        })
        .collect()
}

/// Runs one of poppler's tools on a PDF and gives what it printed.
pub fn poppler(tool: &str, args: &[&str], pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.pdf");
    std::fs::write(&path, pdf).unwrap();
    let output = std::process::Command::new(tool)
        .args(args)
        .arg(&path)
        .args(if tool == "pdftotext" { &["-"][..] } else { &[] })
        .output()
        .unwrap_or_else(|e| panic!("{tool} (poppler-utils, installed by scripts/setup): {e}"));
    assert!(output.status.success(), "{tool}: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}
