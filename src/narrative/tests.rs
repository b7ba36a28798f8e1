//! Tests of the narrative markup.

use super::*;

fn plain(text: &str) -> Narasi {
    resolve(&parse(text), &|k: &str| Ok::<_, ()>(format!("<{k}>"))).unwrap()
}

fn span(teks: &str, tebal: bool, miring: bool) -> Span {
    Span { teks: teks.into(), tebal, miring }
}

#[test]
fn paragraphs_join_lines_and_split_on_blank_lines() {
    let n = plain("satu\ndua\n\ntiga\n");
    assert_eq!(
        n,
        vec![
            Blok::Paragraf { isi: vec![span("satu dua", false, false)] },
            Blok::Paragraf { isi: vec![span("tiga", false, false)] }
        ]
    );
}

#[test]
fn lists_keep_markers_and_nest() {
    let n = plain("Fungsi:\n1) satu\n2) dua\n  - a\n  - b\n3) tiga\n");
    let Blok::Daftar { butir } = &n[1] else { panic!("{n:?}") };
    assert_eq!(butir.iter().map(|b| b.penanda.as_str()).collect::<Vec<_>>(), ["1)", "2)", "3)"]);
    assert_eq!(butir[1].isi.len(), 2, "{:?}", butir[1]);
    let Blok::Daftar { butir: inner } = &butir[1].isi[1] else { panic!() };
    assert_eq!(inner[1].isi, vec![Blok::Paragraf { isi: vec![span("b", false, false)] }]);
}

#[test]
fn emphasis_and_placeholders() {
    let n = plain("dengan *stakeholders* dan **{kup-kur.capaian}** persen");
    assert_eq!(
        n,
        vec![Blok::Paragraf {
            isi: vec![
                span("dengan ", false, false),
                span("stakeholders", false, true),
                span(" dan ", false, false),
                span("<kup-kur.capaian>", true, false),
                span(" persen", false, false)
            ]
        }]
    );
}

#[test]
fn typst_and_markup_lookalikes_stay_literal() {
    let s = r#"#read("/etc/passwd") $x$ _i_ <l> @x ] back\slash // c = h `r` \* \{a} {not a key!} 5 * 3"#;
    let n = plain(s);
    let Blok::Paragraf { isi } = &n[0] else { panic!() };
    assert_eq!(
        isi,
        &vec![span(
            r#"#read("/etc/passwd") $x$ _i_ <l> @x ] back\slash // c = h `r` * {a} {not a key!} 5 * 3"#,
            false,
            false
        )]
    );
}

#[test]
fn unpaired_marker_is_literal() {
    let n = plain("harga 5 * 3 **tebal** dan *");
    let Blok::Paragraf { isi } = &n[0] else { panic!() };
    assert_eq!(isi[0], span("harga 5 ", false, false));
    assert!(isi.iter().any(|s| s.tebal && s.teks == "tebal"));
}

#[test]
fn placeholders_are_listed() {
    assert_eq!(placeholders("a {x.capaian}\n- {y.target.2020} b"), ["x.capaian", "y.target.2020"]);
}

#[test]
fn lookup_errors_propagate() {
    let r = resolve(&parse("a {nope.x}"), &|k: &str| Err::<String, _>(k.to_owned()));
    assert_eq!(r, Err("nope.x".to_owned()));
}

#[test]
fn a_block_placeholder_stands_alone_between_the_words_around_it() {
    let n = parse(
        "Hasilnya sebagai berikut:\n{{ Tabel  Capaian }}\nSelanjutnya.\n\n- butir\n{{grafik tren}}\n\nteks {{bukan blok}} di kalimat",
    );
    assert!(matches!(&n[0], Blok::Paragraf { .. }));
    assert_eq!(n[1], Blok::Sisipan { nama: "tabel capaian".into() });
    assert!(matches!(&n[2], Blok::Paragraf { .. }));
    assert!(matches!(&n[3], Blok::Daftar { butir } if butir.len() == 1 && butir[0].isi.len() == 1));
    assert_eq!(n[4], Blok::Sisipan { nama: "grafik tren".into() });
    let Blok::Paragraf { isi } = &n[5] else { panic!("{n:?}") };
    assert!(matches!(&isi[0], Piece::Text { teks, .. } if teks.contains("{{bukan blok}}")));
    assert_eq!(
        block_placeholders("a\n\n{{tabel iku}}\n\n- x\n\n  {{tabel pk}}"),
        [("tabel iku".to_owned(), true), ("tabel pk".to_owned(), false)]
    );
}

#[test]
fn a_line_opening_with_any_text_is_not_cut_inside_a_character() {
    // found by the fuzzer on CI: the head `漢字` was sliced at its last byte
    for line in ["漢字 berikut", "字. kalimat", "1字) x", "é) x", "ab) x"] {
        let n = plain(line);
        assert!(matches!(&n[..], [Blok::Paragraf { .. }]), "{line:?} became {n:?}");
    }
    let n = plain("a) satu\nb) dua");
    assert!(matches!(&n[..], [Blok::Daftar { .. }]), "{n:?}");
}
