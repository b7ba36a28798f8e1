//! The clap tree in the reader's language: every about, help, example and heading from the
//! catalogue ([`crate::messages::cli`]), chosen before the arguments are parsed.

use std::marker::PhantomData;

use clap::builder::{EnumValueParser, PossibleValue, TypedValueParser};
use clap::{Command, CommandFactory, ValueEnum};

use super::Cli;
use crate::messages::Lang;
use crate::messages::cli::{frame, text, value_name};

/// The command line with its texts in `lang`; what `--help`, `lkjip man` and `lkjip
/// completions` show.
pub fn command(lang: Lang) -> Command {
    let mut cmd = Cli::command();
    // build first: clap's own `help` and `version` flags and `help` command exist only then
    cmd.build();
    localize(cmd, "", lang)
}

/// The language asked for on the command line (`--lang id`, `--lang=id`), else the locale:
/// known before clap parses, so its help and errors are in that language too.
pub fn lang_of(args: &[std::ffi::OsString], env: impl Fn(&str) -> Option<String>) -> Lang {
    let mut flag = None;
    let mut it = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        let v = match a.strip_prefix("--lang") {
            Some("") => it.next().map(|v| v.into_owned()),
            Some(rest) => rest.strip_prefix('=').map(str::to_owned),
            None => None,
        };
        match v.as_deref() {
            Some("id") => flag = Some(Lang::Id),
            Some("en") => flag = Some(Lang::En),
            _ => {}
        }
    }
    Lang::choose(flag, env)
}

fn localize(mut cmd: Command, name: &str, lang: Lang) -> Command {
    let f = frame(lang);
    // `help` is both a flag and clap's own command
    let about = text(if name == "help" { "help-command" } else { name }, lang);
    if let Some(a) = about {
        cmd = cmd.about(a);
    }
    let long = text(&format!("{name}#long"), lang).map(|l| format!("{}\n\n{l}", about.unwrap_or_default()));
    cmd = match long {
        Some(l) => cmd.long_about(l),
        None => cmd.long_about(None::<&str>),
    };
    if let Some(ex) = text(&format!("{name}#ex"), lang) {
        cmd = cmd.after_help(ex).after_long_help(ex);
    }
    let ids: Vec<_> = cmd.get_arguments().map(|a| a.get_id().clone()).collect();
    for id in ids {
        cmd = cmd.mut_arg(id.clone(), |mut a| {
            let key = id.as_str();
            let help = text(&format!("{name}.{key}"), lang).or_else(|| text(key, lang));
            let choices: Vec<String> = a.get_possible_values().iter().map(|p| p.get_name().to_owned()).collect();
            let default: Vec<String> =
                a.get_default_values().iter().map(|v| v.to_string_lossy().into_owned()).collect();
            if let Some(h) = help {
                let mut h = h.to_owned();
                if lang == Lang::Id {
                    // clap writes `[possible values: …]` and `[default: …]` in English
                    if !choices.is_empty() && key != "shell" {
                        h.push_str(&format!(" [{}: {}]", f.choices, choices.join(", ")));
                    }
                    if !default.is_empty() && a.get_num_args().is_some_and(|n| n.takes_values()) {
                        h.push_str(&format!(" [{}: {}]", f.default, default.join(", ")));
                    }
                }
                a = a.help(h).long_help(None::<&str>);
            }
            match key {
                "lang" => a = a.value_parser(Choices::<Lang>::new("lang", lang)),
                "format" | "signature_box" => a = a.value_parser(Choices::<super::Format>::new("format", lang)),
                _ => {}
            }
            if lang == Lang::Id {
                a = a.hide_possible_values(true).hide_default_value(true);
                let names: Option<Vec<&'static str>> =
                    a.get_value_names().map(|ns| ns.iter().map(|n| value_name(n.as_str(), lang)).collect());
                if let Some(ns) = names {
                    a = a.value_names(ns);
                } else if a.get_num_args().is_some_and(|n| n.takes_values()) {
                    a = a.value_name(value_name(&key.to_uppercase(), lang));
                }
                let heading = if a.is_positional() { f.arguments } else { f.options };
                a = a.help_heading(heading);
            }
            a
        });
    }
    if lang == Lang::Id {
        cmd = cmd.subcommand_help_heading(f.commands).subcommand_value_name(f.command_name).help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
            f.usage
        ));
    }
    let subs: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_owned()).collect();
    for s in subs {
        cmd = cmd.mut_subcommand(s.clone(), |c| localize(c, &s, lang));
    }
    if lang == Lang::Id {
        let usage = cmd.render_usage().to_string();
        let usage = usage.split_once(": ").map_or(usage.as_str(), |(_, u)| u).replace("[OPTIONS]", f.options_tag);
        cmd = cmd.override_usage(usage);
    }
    cmd
}

/// A value enum whose choices carry the catalogue's words (shown by the man page and the
/// completions), parsed exactly as clap's own enum parser does.
#[derive(Clone)]
struct Choices<E> {
    key: &'static str,
    lang: Lang,
    kind: PhantomData<E>,
}

impl<E> Choices<E> {
    fn new(key: &'static str, lang: Lang) -> Self {
        Choices { key, lang, kind: PhantomData }
    }
}

impl<E: ValueEnum + Clone + Send + Sync + 'static> TypedValueParser for Choices<E> {
    type Value = E;
    fn parse_ref(&self, cmd: &Command, arg: Option<&clap::Arg>, value: &std::ffi::OsStr) -> Result<E, clap::Error> {
        EnumValueParser::<E>::new().parse_ref(cmd, arg, value)
    }
    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(E::value_variants().iter().filter_map(|v| v.to_possible_value()).map(|p| {
            match text(&format!("={}.{}", self.key, p.get_name()), self.lang) {
                Some(h) => p.help(h),
                None => p,
            }
        })))
    }
}

/// A command-line mistake in Indonesian (clap writes its errors in English), with the usage
/// line; `None` for help and version output, which are already in the reader's language.
pub fn error_in(e: &clap::Error, lang: Lang) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if lang == Lang::En
        || matches!(
            e.kind(),
            ErrorKind::DisplayHelp | ErrorKind::DisplayVersion | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
        )
    {
        return None;
    }
    let get = |k: ContextKind| match e.get(k) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let (arg, value) = (get(ContextKind::InvalidArg), get(ContextKind::InvalidValue));
    let what = match e.kind() {
        ErrorKind::InvalidValue => {
            format!("`{value}` bukan nilai yang sah untuk `{arg}`; pilihannya: {}", get(ContextKind::ValidValue))
        }
        ErrorKind::UnknownArgument => format!("argumen `{arg}` tidak dikenal"),
        ErrorKind::InvalidSubcommand => format!("perintah `{}` tidak dikenal", get(ContextKind::InvalidSubcommand)),
        ErrorKind::MissingRequiredArgument => format!("argumen wajib belum diisi: {arg}"),
        ErrorKind::MissingSubcommand => "perintahnya belum disebut".to_owned(),
        ErrorKind::ArgumentConflict => {
            format!("`{arg}` tidak dapat dipakai bersama `{}`", get(ContextKind::PriorArg))
        }
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            format!("jumlah nilai untuk `{arg}` tidak sesuai")
        }
        ErrorKind::NoEquals => format!("`{arg}` memerlukan `=`"),
        ErrorKind::InvalidUtf8 => "argumen bukan teks UTF-8".to_owned(),
        _ => format!("argumen tidak sah: {arg} {value}").trim_end().to_owned(),
    };
    let usage = get(ContextKind::Usage);
    let usage = usage.split_once(": ").map_or(usage.as_str(), |(_, u)| u).to_owned();
    let mut out = format!("{}: {what}\n", crate::messages::severity(crate::diag::Severity::Error, lang));
    let suggested = [ContextKind::SuggestedArg, ContextKind::SuggestedSubcommand].map(|k| match e.get(k) {
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::Strings(v)) => v.clone(),
        _ => Vec::new(),
    });
    let suggested: Vec<String> = suggested.concat().iter().map(|s| format!("`{s}`")).collect();
    if !suggested.is_empty() {
        out.push_str(&format!("\n  {}: maksudnya {}?\n", crate::messages::hint(lang), suggested.join(" atau ")));
    }
    if !usage.is_empty() {
        out.push_str(&format!("\n{}: {usage}\n", frame(lang).usage));
    }
    out.push_str("\nKeterangan lebih lanjut: '--help'.\n");
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command, argument and choice of the tree, with its catalogue key.
    fn walk(cmd: &Command, name: &str, out: &mut Vec<String>) {
        out.push(if name == "help" { "help-command".to_owned() } else { name.to_owned() });
        for a in cmd.get_arguments() {
            let id = a.get_id().as_str();
            let own = format!("{name}.{id}");
            out.push(if text(&own, Lang::En).is_some() { own } else { id.to_owned() });
            for p in a.get_possible_values() {
                if matches!(id, "lang" | "format" | "signature_box") {
                    let k = if id == "lang" { "lang" } else { "format" };
                    out.push(format!("={k}.{}", p.get_name()));
                }
            }
        }
        for s in cmd.get_subcommands() {
            walk(s, s.get_name(), out);
        }
    }

    #[test]
    fn every_command_argument_and_choice_has_both_texts() {
        let mut keys = Vec::new();
        walk(&command(Lang::En), "", &mut keys);
        let mut missing: Vec<&String> = keys.iter().filter(|k| text(k, Lang::En).is_none()).collect();
        missing.dedup();
        assert!(missing.is_empty(), "no catalogue text for {missing:?}");
        for k in crate::messages::cli::keys() {
            let (en, id) = (text(k, Lang::En).unwrap(), text(k, Lang::Id).unwrap());
            assert!(!en.is_empty() && !id.is_empty(), "{k}");
        }
    }

    #[test]
    fn help_is_in_the_language_chosen_before_parsing() {
        let help = command(Lang::Id).find_subcommand_mut("check").unwrap().render_long_help().to_string();
        assert!(help.contains("Penggunaan: lkjip check [PILIHAN] <BERKAS>"), "{help}");
        assert!(help.contains("Berkas YAML laporan"), "{help}");
        assert!(help.contains("[pilihan: text, json] [bawaan: text]"), "{help}");
        assert!(!help.contains("Usage") && !help.contains("Options") && !help.contains("Print help"), "{help}");
        let en = command(Lang::En).find_subcommand_mut("check").unwrap().render_long_help().to_string();
        assert!(en.contains("Usage: lkjip check [OPTIONS] <FILE>") && en.contains("The report's YAML file"), "{en}");
        let args = |v: &[&str]| v.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        let env = |_: &str| Some("en_US.UTF-8".to_owned());
        assert_eq!(lang_of(&args(&["lkjip", "--lang", "id", "check"]), env), Lang::Id);
        assert_eq!(lang_of(&args(&["lkjip", "check", "--lang=id"]), env), Lang::Id);
        assert_eq!(lang_of(&args(&["lkjip", "check", "--", "--lang=id"]), env), Lang::En);
        assert_eq!(lang_of(&args(&["lkjip", "check"]), |_| Some("id_ID.UTF-8".into())), Lang::Id);
    }
}
