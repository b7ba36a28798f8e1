//! The command line as clap types: raw arguments only; commands turn them into checked config.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

pub mod localize;
pub use localize::{command, lang_of};

#[derive(Debug, Parser)]
#[command(
    name = "lkjip",
    version,
    about = "Laporan Kinerja Instansi Pemerintah: exact figures, formal PDF/A, verifiable archive"
)]
#[command(
    after_help = "Examples:\n  lkjip init lkjip-2025                       start a new report\n  lkjip init lkjip-2025 --from lkjip-2024/lkjip.yaml\n  lkjip check lkjip-2025/lkjip.yaml          list every problem\n  lkjip --lang id check lkjip.yaml           messages in Indonesian"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// Language of messages: id or en (default: from LC_ALL, LC_MESSAGES, LANG).
    #[arg(long, global = true, value_enum)]
    pub lang: Option<crate::messages::Lang>,
    /// Say only what went wrong.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Say more: timings, files written.
    #[arg(short, long, global = true)]
    pub verbose: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum Format {
    /// Text for people.
    #[default]
    Text,
    /// JSON for other tools (stable names, decimals as strings).
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Load, validate and compute a report; print every problem at once.
    ///
    /// Exit 0 when there are no errors (warnings allowed), 1 with errors, 2 when the file
    /// cannot be read.
    #[command(
        after_help = "Examples:\n  lkjip check lkjip.yaml\n  lkjip check --format json lkjip.yaml > laporan.json"
    )]
    Check(CheckArgs),
    /// Render a draft PDF (watermarked "DRAF").
    #[command(
        after_help = "Examples:\n  lkjip build lkjip.yaml\n  lkjip build lkjip.yaml -o draf.pdf\n  lkjip build */lkjip.yaml    every agency's report, in one run"
    )]
    Build(BuildArgs),
    /// Write the embedded Typst layouts into DIR, to start a customised copy (`build --layout DIR`).
    #[command(after_help = "Examples:\n  lkjip layouts tata-letak\n  lkjip build --layout tata-letak lkjip.yaml")]
    Layouts(LayoutsArgs),
    /// Render the final PDF and archive it as the next revision.
    #[command(
        after_help = "Examples:\n  lkjip release lkjip.yaml -o LKjIP-2025.pdf\n  lkjip release lkjip.yaml --note \"koreksi realisasi IKU 2\"\n  lkjip release lkjip.yaml --ya    despite warnings, without asking\n  lkjip release */lkjip.yaml    every agency's report, archived in the order given"
    )]
    Release(ReleaseArgs),
    /// Say whether a PDF is an archived revision; with no PDF, audit the whole archive.
    #[command(after_help = "Examples:\n  lkjip verify LKjIP-2024.pdf\n  lkjip verify")]
    Verify(VerifyArgs),
    /// Write a static web page that verifies a PDF against the archive, without lkjip.
    ///
    /// OUT gets index.html, its JavaScript and the ledger: open index.html in any browser
    /// (no server, no network) and drop a PDF on it.
    #[command(after_help = "Examples:\n  lkjip publikasi --archive /srv/arsip situs-periksa/")]
    Publikasi(PublikasiArgs),
    /// List each report's revisions.
    #[command(after_help = "Examples:\n  lkjip log\n  lkjip log --archive /srv/arsip")]
    Log(LogArgs),
    /// Show what changed in the source data between two revisions.
    #[command(after_help = "Examples:\n  lkjip diff 1 2")]
    Diff(DiffArgs),
    /// Re-render an archived revision and compare the bytes.
    #[command(after_help = "Examples:\n  lkjip reproduce 2")]
    Reproduce(ReproduceArgs),
    /// Create a report folder with a commented YAML to fill in; `--from` starts from last year's.
    ///
    /// Every spot still to be filled is written `""`; `lkjip check` names each one.
    #[command(
        after_help = "Examples:\n  lkjip init lkjip-2025\n  lkjip init lkjip-2025 --from lkjip-2024/lkjip.yaml\n  lkjip check lkjip-2025/lkjip.yaml    # lists what is still to be filled"
    )]
    Init(InitArgs),
    /// Print the JSON Schema of the YAML (for editors).
    #[command(
        after_help = "Examples:\n  lkjip schema > lkjip.schema.json\n  # then, first line of the YAML: # yaml-language-server: $schema=lkjip.schema.json"
    )]
    Schema,
    /// Rebuild the draft PDF whenever the YAML or its images change.
    #[command(after_help = "Examples:\n  lkjip watch lkjip.yaml")]
    Watch(WatchArgs),
    /// Print a shell completion script.
    #[command(
        after_help = "Examples:\n  lkjip completions bash > /etc/bash_completion.d/lkjip\n  lkjip completions zsh > ~/.zfunc/_lkjip\n  lkjip completions fish > ~/.config/fish/completions/lkjip.fish"
    )]
    Completions(CompletionsArgs),
    /// Print the manual page (roff).
    #[command(after_help = "Examples:\n  lkjip man > lkjip.1 && man ./lkjip.1")]
    Man,
    /// Write the computed tables as an xlsx workbook; with `--templat`, a template of the raw values to fill.
    #[command(
        after_help = "Examples:\n  lkjip ekspor lkjip.yaml -o lkjip-2025.xlsx\n  lkjip ekspor lkjip.yaml --templat -o isian-2025.xlsx"
    )]
    Ekspor(EksporArgs),
    /// Write the values of a filled template into the YAML, changing only those values.
    #[command(
        after_help = "Examples:\n  lkjip impor isian-2025.xlsx lkjip.yaml --coba   # show the changes only\n  lkjip impor isian-2025.xlsx lkjip.yaml"
    )]
    Impor(ImporArgs),
}

#[derive(Debug, Args)]
pub struct EksporArgs {
    /// The report's YAML file.
    pub file: PathBuf,
    /// The workbook to write (.xlsx).
    #[arg(short, long)]
    pub output: PathBuf,
    /// A template of the raw values (targets, realisations, pagu), filled with the current ones.
    #[arg(long)]
    pub templat: bool,
}

#[derive(Debug, Args)]
pub struct ImporArgs {
    /// The filled template (.xlsx).
    pub workbook: PathBuf,
    /// The report's YAML file to write the values into.
    pub file: PathBuf,
    /// Dry run: print what would change, write nothing.
    #[arg(long)]
    pub coba: bool,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The folder to create (must not exist or be empty).
    pub dir: PathBuf,
    /// Last year's YAML: keep agency, structure, indicators and programs; empty the year's values.
    #[arg(long, value_name = "LAST_YEAR.yaml")]
    pub from: Option<PathBuf>,
    /// With --from: the new Renstra period, e.g. 2025-2029, when last year's report was in the
    /// last year of its Renstra (asked on a terminal when not given). The indicators are carried,
    /// their last realisation becoming the new baseline (data_awal).
    #[arg(long, value_name = "AWAL-AKHIR", requires = "from")]
    pub renstra: Option<String>,
}

#[derive(Debug, Args)]
pub struct WatchArgs {
    /// The report's YAML file.
    pub file: PathBuf,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The report's YAML file.
    pub file: PathBuf,
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    /// The report's YAML file.
    pub file: PathBuf,
    /// More reports to build in the same run, on all cores; each PDF is written beside its YAML.
    #[arg(value_name = "MORE")]
    pub more: Vec<PathBuf>,
    /// Where to write the PDF (default: beside the YAML, named after it).
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Render with a customised copy of the layouts (see `lkjip layouts`).
    #[arg(long)]
    pub layout: Option<PathBuf>,
    /// Print where the signature box lies, e.g. for pyHanko's `--field`.
    #[arg(long, value_enum)]
    pub signature_box: Option<Format>,
}

#[derive(Debug, Args)]
pub struct LayoutsArgs {
    /// The folder to create (must not exist or be empty).
    pub dir: PathBuf,
}

#[derive(Debug, Args)]
pub struct ArchiveArg {
    /// The archive folder (default: $LKJIP_ARSIP, else ./arsip).
    #[arg(long)]
    pub archive: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ReleaseArgs {
    /// The report's YAML file.
    pub file: PathBuf,
    /// More reports to release in the same run into the same archive: checked and rendered
    /// on all cores, archived one after the other in the order given.
    #[arg(value_name = "MORE")]
    pub more: Vec<PathBuf>,
    #[command(flatten)]
    pub archive: ArchiveArg,
    /// What this revision corrects (required from revision 2 on); with several reports, the
    /// note of every one of them.
    #[arg(long)]
    pub note: Option<String>,
    /// A timestamp authority (RFC 3161, http://…) that stamps the new ledger head; its
    /// token is kept in the bag and checked by the audit. With several reports, each
    /// release's head is stamped.
    #[arg(long, value_name = "URL")]
    pub tsa: Option<String>,
    /// Release even when `check` found warnings, without asking (or `--yes`). Without it, a
    /// release despite warnings is asked on a terminal and refused without one.
    #[arg(long, alias = "yes")]
    pub ya: bool,
    /// Also copy the final PDF here (the archived one stays where it is); one report only.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// The PDF to identify; without it the whole archive is audited.
    pub pdf: Option<PathBuf>,
    #[command(flatten)]
    pub archive: ArchiveArg,
    /// With the audit: a ledger head that `release` printed earlier; the answer is no unless
    /// the ledger still contains it (nobody shortened or rewrote the ledger since).
    #[arg(long, value_name = "SHA256", conflicts_with = "pdf")]
    pub head: Option<String>,
    /// A folder of trusted root certificates (PEM or DER, e.g. the BSrE root): a signer's
    /// chain must reach one of them. Without it the chain is not judged.
    #[arg(long, value_name = "DIR")]
    pub trust: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct PublikasiArgs {
    /// The folder to write (must not exist or be empty).
    pub out: PathBuf,
    #[command(flatten)]
    pub archive: ArchiveArg,
}

#[derive(Debug, Args)]
pub struct LogArgs {
    #[command(flatten)]
    pub archive: ArchiveArg,
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// Older revision: `N` (when the archive holds one report) or `REPORT-ID@N`.
    pub from: String,
    /// Newer revision, same form.
    pub to: String,
    #[command(flatten)]
    pub archive: ArchiveArg,
}

#[derive(Debug, Args)]
pub struct ReproduceArgs {
    /// The revision: `N` (when the archive holds one report) or `REPORT-ID@N`.
    pub revision: String,
    #[command(flatten)]
    pub archive: ArchiveArg,
}
