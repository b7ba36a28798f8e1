//! Tampering tests: one changed byte in a PDF, a bag, or a ledger line is named by the audit.

use std::fs;

use super::*;

#[test]
fn audit_names_a_flipped_byte_in_the_pdf() {
    let tmp = tempfile::tempdir().unwrap();
    let out = rel(tmp.path(), &req("a: 1\n", None)).unwrap();
    flip(&out.pdf_path, 10);
    let a = audit(tmp.path()).unwrap();
    assert!(worded(&a.problems).iter().any(|p| p.contains(&format!("{SLUG}-r1.pdf"))), "{:#?}", a.problems);
    assert!(!identify(tmp.path(), &fs::read(&out.pdf_path).unwrap()).unwrap().is_known());
    // typed: which PDF, which ledger line, the SHA-256 and length expected and found
    let flipped = fs::read(&out.pdf_path).unwrap();
    let pdf = format!("{SLUG}/r1/data/{SLUG}-r1.pdf");
    let at = At { line: 1, revision: format!("{SLUG}@1") };
    let want = Problem::PdfMismatch {
        pdf: pdf.clone(),
        at: at.clone(),
        expected: out.sha256,
        expected_length: out.len,
        found: Sha256::of(&flipped),
        found_length: flipped.len() as u64,
    };
    assert!(a.problems.contains(&want), "{:#?}", a.problems);
    let bag = format!("{SLUG}/r1");
    let manifest = "manifest-sha256.txt".to_owned();
    let file = format!("data/{SLUG}-r1.pdf");
    let bagit = Problem::Bag {
        bag,
        issue: BagIssue::HashMismatch { file, manifest, expected: out.sha256, found: Sha256::of(&flipped) },
    };
    assert!(a.problems.contains(&bagit), "{:#?}", a.problems);
    // the words, in both languages, name the expected and the found hash
    let en = crate::messages::archive::problem(&want, crate::messages::Lang::En);
    assert_eq!(
        en,
        format!(
            "{pdf}: does not have the SHA-256 and length recorded in ledger line 1 ({SLUG}@1): expected {} ({} bytes), found {} ({} bytes)",
            out.sha256,
            out.len,
            Sha256::of(&flipped),
            flipped.len()
        )
    );
    let id = crate::messages::archive::problem(&want, crate::messages::Lang::Id);
    assert_eq!(
        id,
        format!(
            "{pdf}: SHA-256 dan panjangnya bukan yang dicatat di baris buku besar 1 ({SLUG}@1): seharusnya {} ({} bait), ternyata {} ({} bait)",
            out.sha256,
            out.len,
            Sha256::of(&flipped),
            flipped.len()
        )
    );
}

#[test]
fn audit_names_a_flipped_byte_in_bag_info() {
    let tmp = tempfile::tempdir().unwrap();
    rel(tmp.path(), &req("a: 1\n", None)).unwrap();
    let info = tmp.path().join(SLUG).join("r1/bag-info.txt");
    let text = fs::read_to_string(&info).unwrap();
    flip(&info, text.find("Kota").unwrap());
    let a = audit(tmp.path()).unwrap();
    assert!(worded(&a.problems).iter().any(|p| p.contains("r1/bag-info.txt")), "{:#?}", a.problems);
    // typed: the label, what the ledger line says and what the bag says
    let label = a.problems.iter().find_map(|p| match p {
        Problem::Label { bag, at, label, expected, found } if bag == &format!("{SLUG}/r1") => {
            Some((at.line, label.clone(), expected.clone(), found.clone()))
        }
        _ => None,
    });
    let (line, label, expected, found) = label.unwrap_or_else(|| panic!("no label finding: {:#?}", a.problems));
    // the first "Kota" of bag-info.txt is in External-Description
    assert_eq!((line, label.as_str()), (1, "External-Description"), "{:#?}", a.problems);
    assert!(expected.contains("Kota") && found.is_some_and(|f| !f.contains("Kota")), "{:#?}", a.problems);
}

#[test]
fn audit_names_a_consistently_rehashed_bag() {
    // Even with every manifest recomputed, the ledger's tag-manifest hash catches the edit.
    let tmp = tempfile::tempdir().unwrap();
    rel(tmp.path(), &req("a: 1\n", None)).unwrap();
    let bag_dir = tmp.path().join(SLUG).join("r1");
    let yaml = bag_dir.join("data/source/lkjip.yaml");
    fs::write(&yaml, b"a: 9\n").unwrap();
    let manifest = fs::read_to_string(bag_dir.join("manifest-sha256.txt")).unwrap();
    let manifest = manifest.replace(&Sha256::of(b"a: 1\n").to_string(), &Sha256::of(b"a: 9\n").to_string());
    fs::write(bag_dir.join("manifest-sha256.txt"), &manifest).unwrap();
    let tags: String = ["bag-info.txt", "bagit.txt", "manifest-sha256.txt"]
        .iter()
        .map(|n| format!("{}  {n}\n", Sha256::of(&fs::read(bag_dir.join(n)).unwrap())))
        .collect();
    fs::write(bag_dir.join("tagmanifest-sha256.txt"), tags).unwrap();
    let a = audit(tmp.path()).unwrap();
    assert!(worded(&a.problems).iter().any(|p| p.contains("tagmanifest-sha256.txt")), "{:#?}", a.problems);
    assert!(worded(&a.problems).iter().any(|p| p.contains("data/source")), "{:#?}", a.problems);
}

#[test]
fn audit_names_edited_ledger_lines() {
    let tmp = tempfile::tempdir().unwrap();
    rel(tmp.path(), &req("a: 1\n", None)).unwrap();
    rel(tmp.path(), &req("a: 2\n", Some("fix"))).unwrap();
    let path = tmp.path().join(LEDGER_FILE);
    let good = fs::read_to_string(&path).unwrap();

    // One flipped byte in the first line: the chain breaks at line 2.
    let at = good.find("Pekalongan").unwrap();
    flip(&path, at);
    let a = audit(tmp.path()).unwrap();
    assert!(worded(&a.problems).iter().any(|p| p.contains("line 2") && p.contains("chain")), "{:#?}", a.problems);
    assert!(identify(tmp.path(), b"x").is_err(), "a damaged ledger is refused, not trusted");

    // An edit of the newest line, which no later line protects: caught against its bag.
    fs::write(&path, good.replacen("\"note\":\"fix\"", "\"note\":\"fiX\"", 1)).unwrap();
    let a = audit(tmp.path()).unwrap();
    assert!(worded(&a.problems).iter().any(|p| p.contains("LKjIP-Note") && p.contains("line 2")), "{:#?}", a.problems);
    let mut pdf_len_edit = good.clone();
    let i = pdf_len_edit.rfind("\"pdf_length\":").unwrap() + 13;
    let digit = if &pdf_len_edit[i..i + 1] == "1" { "2" } else { "1" };
    pdf_len_edit.replace_range(i..i + 1, digit);
    fs::write(&path, pdf_len_edit).unwrap();
    assert!(!audit(tmp.path()).unwrap().is_clean());

    // A torn last line (no final newline) is named.
    fs::write(&path, &good[..good.len() - 5]).unwrap();
    let a = audit(tmp.path()).unwrap();
    assert!(
        worded(&a.problems).iter().any(|p| p.contains("ledger.jsonl") && p.contains("newline")),
        "{:#?}",
        a.problems
    );
    assert!(rel(tmp.path(), &req("a: 3\n", Some("x"))).is_err(), "release refuses a damaged ledger");

    fs::write(&path, &good).unwrap();
    assert_clean(tmp.path());
}

#[test]
fn audit_names_missing_and_unrecorded_bags() {
    let tmp = tempfile::tempdir().unwrap();
    rel(tmp.path(), &req("a: 1\n", None)).unwrap();
    rel(tmp.path(), &req("a: 2\n", Some("fix"))).unwrap();
    let slug_dir = tmp.path().join(SLUG);
    // A stray bag at a revision no crash can leave (not the next one) is a problem.
    fs::create_dir(slug_dir.join("r7")).unwrap();
    let a = audit(tmp.path()).unwrap();
    assert!(worded(&a.problems).iter().any(|p| p.contains("r7") && p.contains("does not record")), "{:#?}", a.problems);
    fs::remove_dir(slug_dir.join("r7")).unwrap();
    // A missing bag for a ledger entry is a problem.
    fs::rename(slug_dir.join("r2"), tmp.path().join("elsewhere")).unwrap();
    let a = audit(tmp.path()).unwrap();
    assert!(worded(&a.problems).iter().any(|p| p.contains("r2") && p.contains("missing")), "{:#?}", a.problems);
    assert!(
        worded(&a.problems).iter().any(|p| p.contains("elsewhere") && p.contains("unexpected")),
        "{:#?}",
        a.problems
    );
}
