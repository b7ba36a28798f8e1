//! What the tests share: running the binary, the fixtures, where the judges live, the sample
//! report and rendering it, and poppler/qpdf calls that fail loudly when the tool is missing (a
//! missing judge must never pass silently).

use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use lkjip::render::{self, Layouts, Mode, RenderInput, Rendered, TypstData};

pub const YAML_NAME: &str = "lkjip-2021.yaml";
pub const YAML: &[u8] = b"# sumber uji\ninstansi: Dinas Perdagangan Koperasi dan UKM Kota Pekalongan\ntahun: 2021\n";

/// The project's root folder.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixtures() -> PathBuf {
    root().join("tests/fixtures")
}

/// The path of `tests/fixtures/<name>`, as a command-line argument.
pub fn fixture(name: &str) -> String {
    fixtures().join(name).display().to_string()
}

/// The text of `tests/fixtures/<name>`.
pub fn fixture_text(name: &str) -> String {
    std::fs::read_to_string(fixtures().join(name)).unwrap_or_else(|e| panic!("read fixture {name}: {e}"))
}

/// A fixture's text with each `(from, to)` replaced once; a `from` the fixture lacks fails the
/// test (an edit that silently did nothing would test the unedited fixture).
pub fn fixture_with(name: &str, changes: &[(&str, &str)]) -> String {
    let mut text = fixture_text(name);
    for (from, to) in changes {
        assert!(text.contains(from), "{name} lacks {from:?}");
        text = text.replacen(from, to, 1);
    }
    text
}

/// The built binary, with messages in the language of `lang` (a `LANG` value; the other locale
/// variables are removed) and no colour.
pub fn lkjip_cmd(lang: &str) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_lkjip"));
    c.env("NO_COLOR", "1").env_remove("LC_ALL").env_remove("LC_MESSAGES").env("LANG", lang);
    c
}

/// Run the binary with `args`, messages in English.
pub fn lkjip(args: &[&str]) -> Output {
    lkjip_cmd("C").args(args).output().expect("run lkjip")
}

/// `n` copies of the small fixture, each in its own folder `dinas-<i>` under `dir` and with
/// another agency name (`… 1`, `… 2`): reports for the commands that take several.
pub fn reports(dir: &Path, n: usize) -> Vec<PathBuf> {
    let text = fixture_text("kecil.yaml");
    let name = text.lines().find_map(|l| l.strip_prefix("  nama: ")).expect("the fixture names its agency");
    (0..n)
        .map(|i| {
            let folder = dir.join(format!("dinas-{i}"));
            std::fs::create_dir(&folder).unwrap();
            let yaml = folder.join("lkjip.yaml");
            let renamed = text.replacen(&format!("  nama: {name}"), &format!("  nama: {name} {}", i + 1), 1);
            assert_ne!(renamed, text);
            std::fs::write(&yaml, renamed).unwrap();
            yaml
        })
        .collect()
}

/// Run the binary with `args` on a pseudo-terminal (util-linux `script`), so stdin and stderr
/// are terminals and what is typed is `answers`; messages in the language of `lang`, no colour.
/// The arguments reach lkjip through the environment, never through the shell's parsing.
pub fn on_a_terminal(lang: &str, args: &[&OsStr], answers: &str) -> Output {
    let line: Vec<String> = (0..args.len()).map(|i| format!("\"$A{i}\"")).collect();
    let mut c = Command::new("script");
    c.args(["-qec", &format!("\"$LKJIP\" {}", line.join(" ")), "/dev/null"]);
    c.env("LKJIP", env!("CARGO_BIN_EXE_lkjip"));
    for (i, a) in args.iter().enumerate() {
        c.env(format!("A{i}"), a);
    }
    c.env("NO_COLOR", "1").env_remove("LC_ALL").env_remove("LC_MESSAGES").env("LANG", lang);
    let mut child = c
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("script (util-linux, Debian's bsdutils) is needed for this test: apt-get install bsdutils");
    child.stdin.take().unwrap().write_all(answers.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

/// Where `scripts/validators/setup-validators.sh` installed the judges (`$PDFVAL_HOME`, default
/// `~/.cache/pdf-validators`).
pub fn pdfval_home() -> PathBuf {
    std::env::var_os("PDFVAL_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(std::env::var("HOME").expect("HOME is set")).join(".cache/pdf-validators"))
}

/// The project's validator scripts (`validate-pdf.sh` runs every PDF judge on one file).
pub fn validators_dir() -> PathBuf {
    root().join("scripts/validators")
}

/// The judge script and the veraPDF it needs, or a loud failure naming the installer.
pub fn validate_pdf_script() -> PathBuf {
    let script = validators_dir().join("validate-pdf.sh");
    assert!(script.is_file(), "validator script missing at {}", script.display());
    let vera = pdfval_home().join("verapdf/verapdf-check");
    assert!(
        vera.is_file(),
        "veraPDF not installed at {}; run scripts/test or scripts/validators/setup-validators.sh",
        vera.display()
    );
    script
}

pub fn sample() -> TypstData {
    let text = std::fs::read_to_string(fixtures().join("typst-data.json")).expect("read typst-data.json");
    serde_json::from_str(&text).expect("typst-data.json matches the data contract")
}

pub fn assets() -> BTreeMap<String, Vec<u8>> {
    let mut a = BTreeMap::new();
    a.insert("logo.png".to_string(), std::fs::read(fixtures().join("logo.png")).unwrap());
    a.insert("foto/pasar.png".to_string(), std::fs::read(fixtures().join("foto-pasar.png")).unwrap());
    a
}

pub fn render_with(data: &TypstData, mode: Mode) -> Rendered {
    try_render(&Layouts::embedded(), data, mode).unwrap_or_else(|e| panic!("render failed: {e}"))
}

pub fn try_render(layouts: &Layouts, data: &TypstData, mode: Mode) -> Result<Rendered, render::RenderError> {
    let input = RenderInput {
        data,
        source_yaml: (YAML_NAME, YAML),
        assets: assets(),
        mode,
        ident: "lkjip-uji-pekalongan-2021".into(),
        date: lkjip::value::tanggal::Tanggal { tahun: 2022, bulan: 3, hari: 1 },
    };
    render::render(layouts, &input)
}

/// Run a tool; panic with a clear message if it is not installed or fails.
pub fn tool(cmd: &str, args: &[&str]) -> String {
    let out = Command::new(cmd).args(args).output().unwrap_or_else(|e| {
        panic!("required tool `{cmd}` is not available ({e}); install it (poppler-utils / qpdf), see scripts/test")
    });
    assert!(out.status.success(), "`{cmd} {}` failed: {}", args.join(" "), String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("tool output is UTF-8")
}

pub fn write_temp(pdf: &[u8]) -> tempfile::TempPath {
    let mut f = tempfile::Builder::new().suffix(".pdf").tempfile().unwrap();
    std::io::Write::write_all(&mut f, pdf).unwrap();
    f.into_temp_path()
}

/// The PDF as qpdf rewrites it with every object outside object streams and every stream
/// decompressed: for searching the bytes of dictionaries, strings and content.
pub fn expanded(pdf: &[u8]) -> Vec<u8> {
    let path = write_temp(pdf);
    let out = Command::new("qpdf")
        .args(["--object-streams=disable", "--stream-data=uncompress"])
        .arg(&path)
        .arg("-")
        .output()
        .unwrap_or_else(|e| panic!("required tool `qpdf` is not available ({e}); see .ci/run"));
    assert!(out.status.success(), "qpdf failed: {}", String::from_utf8_lossy(&out.stderr));
    out.stdout
}

/// Text of the whole PDF, or of pages `from..=to`, in content-stream order (`-raw`: a table cell's
/// lines stay together), whitespace-normalised.
pub fn text(pdf: &[u8], pages: Option<(usize, usize)>) -> String {
    let path = write_temp(pdf);
    let p = path.to_str().unwrap();
    let raw = match pages {
        Some((a, b)) => {
            tool("pdftotext", &["-raw", "-enc", "UTF-8", "-f", &a.to_string(), "-l", &b.to_string(), p, "-"])
        }
        None => tool("pdftotext", &["-raw", "-enc", "UTF-8", p, "-"]),
    };
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Assert that `needles` occur in `hay` in this order; name the first one that does not.
pub fn assert_in_order(hay: &str, needles: &[&str]) {
    let mut pos = 0;
    for n in needles {
        match hay[pos..].find(n) {
            Some(i) => pos += i + n.len(),
            None => panic!(
                "{n:?} missing or out of order (present at all: {}); text from there: {:?}",
                hay.contains(n),
                &hay[pos..hay.len().min(pos + 300)]
            ),
        }
    }
}

/// Text as MuPDF extracts it (unlike pdftotext it keeps diagonal text such as the watermark).
pub fn mutool_text(pdf: &[u8]) -> String {
    let path = write_temp(pdf);
    tool("mutool", &["draw", "-q", "-F", "txt", "-o", "-", path.to_str().unwrap()])
}

/// The release request of a stand-in of the reference report (the archive never renders: the
/// caller gives the PDF bytes); `yaml` is its source, `note` its release note.
pub fn stand_in_request(yaml: &str, note: Option<&str>) -> lkjip::archive::ReleaseRequest {
    use lkjip::archive::{Generator, ReleaseRequest, ReportId, Source};
    ReleaseRequest {
        report: ReportId {
            instansi: "Dinas Perdagangan, Koperasi dan UKM".into(),
            pemerintah: "Kota Pekalongan".into(),
            jenis: "LKjIP".into(),
            tahun: 2021,
        },
        sources: vec![Source::held("lkjip.yaml", yaml.as_bytes().to_vec())],
        note: note.map(str::to_string),
        generator: Generator { lkjip: "0.1.0".into(), typst: "0.15.1".into() },
        bagging_date: lkjip::value::tanggal::Tanggal { tahun: 2022, bulan: 2, hari: 28 },
        bag_info: vec![],
        tsa: None,
    }
}
