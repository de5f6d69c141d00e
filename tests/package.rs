//! Issue 15: the Debian package, as a person's machine will get it. Built first by
//! `tauri build --bundles deb` (`scripts/check` builds a debug one, `scripts/package` the
//! release one); `DESIGNLAB_PACKAGE_PROFILE` says which to check: the folder under `target/` that
//! holds the build's `bundle/` (`debug`, or `x86_64-unknown-linux-gnu/release`).

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use std::path::{Path, PathBuf};
use std::process::Command;

fn profile() -> String {
    std::env::var("DESIGNLAB_PACKAGE_PROFILE").unwrap_or_else(|_| "debug".to_owned())
}

fn deb() -> PathBuf {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("target").join(profile()).join("bundle/deb");
    let version = env!("CARGO_PKG_VERSION");
    let deb = folder.join(format!("designlab_{version}_amd64.deb"));
    assert!(deb.is_file(), "no {} (build it with `tauri build --bundles deb`)", deb.display());
    deb
}

fn run(program: &str, args: &[&str]) -> String {
    let output = Command::new(program).args(args).output().unwrap_or_else(|e| panic!("{program}: {e}"));
    assert!(output.status.success(), "{program} {args:?}: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}

fn size(path: &Path) -> String {
    format!("{:.1} MB", std::fs::metadata(path).unwrap().len() as f64 / 1e6)
}

#[test]
#[ignore = "needs the package built first: run scripts/check or scripts/package"]
fn the_deb_installs_a_desktop_app_that_runs_and_passes_lintian() {
    let deb = deb();
    let deb_arg = deb.to_str().unwrap();

    let control = run("dpkg-deb", &["-f", deb_arg, "Package", "Version", "Architecture", "Maintainer", "Depends"]);
    for expected in [
        "Package: designlab",
        &format!("Version: {}", env!("CARGO_PKG_VERSION")),
        "Architecture: amd64",
        "Maintainer: Design Lab contributors <",
        "libwebkit2gtk-4.1-0",
        "libc6 (>= ",
    ] {
        assert!(control.contains(expected), "no {expected:?} in:\n{control}");
    }

    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("root");
    run("dpkg-deb", &["-x", deb_arg, root.to_str().unwrap()]);
    for file in [
        "usr/bin/designlab",
        "usr/bin/designlab-app",
        "usr/share/applications/designlab.desktop",
        "usr/share/metainfo/org.designlab.desktop.metainfo.xml",
        "usr/share/icons/hicolor/128x128/apps/designlab.png",
        "usr/share/doc/designlab/copyright",
        "usr/share/doc/designlab/changelog.gz",
        "usr/share/doc/designlab/LICENSE",
    ] {
        assert!(root.join(file).is_file(), "the package lacks {file}");
    }
    let entry = std::fs::read_to_string(root.join("usr/share/applications/designlab.desktop")).unwrap();
    for line in [
        "Type=Application",
        "Name=Design Lab",
        "Name[cy]=Design Lab",
        "Comment=Run participatory design labs and publish what was said",
        "Comment[cy]=Cynnal labordai dylunio cyfranogol",
        "Exec=designlab",
        "Icon=designlab",
        "Categories=Office;",
    ] {
        assert!(entry.lines().any(|l| l.starts_with(line)), "no {line:?} in:\n{entry}");
    }
    let metainfo = std::fs::read_to_string(root.join("usr/share/metainfo/org.designlab.desktop.metainfo.xml")).unwrap();
    assert!(metainfo.contains("<launchable type=\"desktop-id\">designlab.desktop</launchable>"));
    assert!(metainfo.contains("<summary xml:lang=\"cy\">"));

    // No errors from lintian. A debug build's programs keep their symbols on purpose (the
    // release build strips them), so only that is set aside for it.
    let mut lintian = vec!["--fail-on", "error", "--tag-display-limit", "0"];
    if profile() == "debug" {
        lintian.extend(["--suppress-tags", "unstripped-binary-or-object"]);
    }
    lintian.push(deb_arg);
    let said = run("lintian", &lintian);
    assert!(!said.lines().any(|l| l.starts_with("E:")), "{said}");

    // The packaged program runs from the unpacked tree: its version, a sample lab, a PDF.
    let designlab = root.join("usr/bin/designlab");
    let designlab = designlab.to_str().unwrap();
    let version = run(designlab, &["--version"]);
    assert_eq!(version.trim(), format!("designlab {}", env!("CARGO_PKG_VERSION")));
    let db = dir.path().join("lab.sqlite3");
    let db = db.to_str().unwrap();
    run(designlab, &["sample", "--db", db]);
    let pdf = dir.path().join("report.pdf");
    let lab = "sample-lab-ai-in-council-services";
    run(designlab, &["export", lab, "--format", "pdf", "--db", db, "--out", pdf.to_str().unwrap()]);
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));

    eprintln!(
        "package {}: {}; unpacked designlab {}, designlab-app {}",
        deb.file_name().unwrap().to_string_lossy(),
        size(&deb),
        size(&root.join("usr/bin/designlab")),
        size(&root.join("usr/bin/designlab-app")),
    );
}
