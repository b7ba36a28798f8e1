//! The whitelist: every object one incremental update adds, replaces or deletes is judged by the
//! role it plays in the document before and after; a change is allowed only when a rule for
//! what signers append clears it (pyHanko's spirit), everything else is an alteration.

use std::collections::{BTreeMap, HashSet};

use lopdf::xref::XrefEntry;
use lopdf::{Dictionary, Document, Object, ObjectId};

use super::findings::{Change, Finding};
use super::structure::{Structure, dict_of, is_sig_field, is_sig_value, name, refs_in, resolve, resolve_array};

/// `/Info` keys a signing tool may update.
const INFO_KEYS: [&[u8]; 2] = [b"ModDate", b"Producer"];
/// Catalogue keys a signing tool may add or change.
const CATALOG_KEYS: [&[u8]; 5] = [b"AcroForm", b"Perms", b"DSS", b"Metadata", b"Extensions"];
/// `/AcroForm` keys a signing tool may add or change (besides `/Fields`).
const FORM_KEYS: [&[u8]; 3] = [b"SigFlags", b"DR", b"DA"];

/// What one update did: its findings and the signature values it added.
pub struct Judged {
    pub findings: Vec<Finding>,
    pub signatures: Vec<ObjectId>,
}

pub fn judge(prev: &Document, cur: &Document, update: usize) -> Judged {
    let (ps, cs) = (Structure::of(prev), Structure::of(cur));
    let mut j = Judge { prev, cur, ps: &ps, cs: &cs, out: BTreeMap::new(), signatures: vec![] };
    let changed = changed_ids(prev, cur, &mut j);
    j.check_trailer();
    let changed_set: HashSet<u32> = changed.iter().map(|id| id.0).collect();
    let mut added_alone = vec![];
    for id in &changed {
        if !j.judge_role(*id) {
            if prev.objects.contains_key(id) {
                j.replaced(*id);
            } else {
                added_alone.push(*id);
            }
        }
        if let Ok(o) = cur.get_object(*id)
            && has_javascript(o)
        {
            j.add(Change::JavaScript, id.0);
        }
    }
    // An added object with no role of its own is harmless when nothing refers to it, or when
    // only other changed objects (judged themselves) do; filling a reference the original
    // already had changes what the original shows.
    if !added_alone.is_empty() {
        let wanted: HashSet<ObjectId> = added_alone.iter().copied().collect();
        let mut from_old = HashSet::new();
        let mut from_any = HashSet::new();
        for (rid, o) in &cur.objects {
            let mut refs = vec![];
            refs_in(o, &mut refs);
            for r in refs.into_iter().filter(|r| wanted.contains(r) && r != rid) {
                from_any.insert(r);
                if !changed_set.contains(&rid.0) {
                    from_old.insert(r);
                }
            }
        }
        for r in [b"Root".as_slice(), b"Info", b"Encrypt"] {
            if let Ok(id) = cur.trailer.get(r).and_then(Object::as_reference) {
                from_any.insert(id);
            }
        }
        for id in added_alone {
            if from_old.contains(&id) {
                j.add(Change::Filled, id.0);
            } else if !from_any.contains(&id) {
                j.add(Change::Unreferenced, id.0);
            }
        }
    }
    Judged {
        findings: j.out.into_iter().map(|(c, ids)| Finding::new(c, update, ids)).collect(),
        signatures: j.signatures,
    }
}

struct Judge<'a> {
    prev: &'a Document,
    cur: &'a Document,
    ps: &'a Structure,
    cs: &'a Structure,
    /// Findings keyed by change, collecting object numbers (a stable order for output).
    out: BTreeMap<Change, Vec<u32>>,
    signatures: Vec<ObjectId>,
}

/// The objects whose cross-reference entry this update set; deleted ones become findings.
fn changed_ids(prev: &Document, cur: &Document, j: &mut Judge) -> Vec<ObjectId> {
    let mut out = vec![];
    for (n, e) in &cur.reference_table.entries {
        let before = prev.reference_table.entries.get(n);
        if before.is_some_and(|b| same_entry(b, e)) {
            continue;
        }
        match e {
            XrefEntry::Normal { generation, .. } => out.push((*n, *generation)),
            XrefEntry::Compressed { .. } => out.push((*n, 0)),
            XrefEntry::Free | XrefEntry::UnusableFree => {
                if matches!(before, Some(XrefEntry::Normal { .. } | XrefEntry::Compressed { .. })) {
                    j.add(Change::Deleted, *n);
                }
            }
        }
    }
    // Cross-reference and object streams only carry the update itself.
    out.retain(|id| match cur.get_object(*id) {
        Ok(Object::Stream(s)) => !(s.dict.has_type(b"XRef") || s.dict.has_type(b"ObjStm")),
        Ok(_) => true,
        Err(_) => false,
    });
    out
}

impl Judge<'_> {
    fn add(&mut self, c: Change, id: u32) {
        let ids = self.out.entry(c).or_default();
        if !ids.contains(&id) {
            ids.push(id);
        }
    }

    fn check_trailer(&mut self) {
        if self.cur.trailer.has(b"Encrypt") && !self.prev.trailer.has(b"Encrypt") {
            self.add(Change::Encryption, 0);
        }
        if self.cs.root != self.ps.root {
            self.add(Change::Catalog { key: "Root".into() }, self.cs.root.map_or(0, |r| r.0));
        }
    }

    /// Judges `id` by a role it plays; false when it has none (judged by the caller).
    fn judge_role(&mut self, id: ObjectId) -> bool {
        let Ok(obj) = self.cur.get_object(id) else { return true };
        let old = self.prev.objects.get(&id);
        let d = dict_of(obj);
        if Some(id) == self.cs.root {
            let (o, n) = (old.and_then(dict_of), d);
            for key in changed_keys(o, n) {
                if CATALOG_KEYS.contains(&key.as_slice()) {
                    if key != b"AcroForm" && key != b"Metadata" && key != b"DSS" {
                        self.add(Change::Permissions, id.0);
                    }
                } else if key == b"Version" {
                    self.add(Change::Version, id.0);
                } else if key == b"OpenAction" || key == b"AA" {
                    self.add(Change::Action { key: text(&key) }, id.0);
                } else if key == b"Pages" {
                    self.add(Change::PageTree { before: self.ps.pages.len(), after: self.cs.pages.len() }, id.0);
                } else {
                    self.add(Change::Catalog { key: text(&key) }, id.0);
                }
            }
            if self.cs.acroform.is_none() {
                self.judge_form(id.0);
            }
            return true;
        }
        if Some(id) == self.cs.info {
            let mut keys = vec![];
            for key in changed_keys(old.and_then(dict_of), d) {
                if INFO_KEYS.contains(&key.as_slice()) {
                    keys.push(text(&key));
                } else {
                    self.add(Change::InfoKey { key: text(&key) }, id.0);
                }
            }
            self.add(Change::Info { keys }, id.0);
            return true;
        }
        if Some(id) == self.cs.metadata {
            self.add(Change::Metadata, id.0);
            return true;
        }
        if self.cs.dss.contains(&id) {
            self.add(Change::ValidationData, id.0);
            return true;
        }
        if let Some(&page) = self.cs.page_of.get(&id) {
            let page = self.ps.page_of.get(&id).copied().unwrap_or(page);
            for key in changed_keys(old.and_then(dict_of), d) {
                match key.as_slice() {
                    b"Annots" => self.judge_annots(id, id),
                    b"Contents" => self.add(Change::PageContent { page }, id.0),
                    b"Resources" => self.add(Change::PageResources { page }, id.0),
                    _ => self.add(Change::PageKey { page, key: text(&key) }, id.0),
                }
            }
            if old.is_none() {
                self.add(Change::PageTree { before: self.ps.pages.len(), after: self.cs.pages.len() }, id.0);
            }
            return true;
        }
        if let Some(&page) = self.cs.annots_arrays.get(&id) {
            let page_id = self.cs.pages[page as usize - 1];
            self.judge_annots(page_id, id);
            return true;
        }
        if self.cs.tree_nodes.contains(&id) || self.ps.tree_nodes.contains(&id) {
            self.add(Change::PageTree { before: self.ps.pages.len(), after: self.cs.pages.len() }, id.0);
            return true;
        }
        if Some(id) == self.cs.acroform || Some(id) == self.cs.fields_array {
            self.judge_form(id.0);
            return true;
        }
        let Some(d) = d else { return false };
        if is_sig_value(d) {
            if old.is_some() {
                self.add(Change::SignatureReplaced, id.0);
            } else if d.has_type(b"DocTimeStamp") {
                self.add(Change::DocTimestamp, id.0);
                self.signatures.push(id);
            } else {
                self.add(Change::Signature, id.0);
                self.signatures.push(id);
            }
            return true;
        }
        if is_sig_field(self.cur, d) {
            let was_sig = old.and_then(dict_of).is_some_and(|o| is_sig_field(self.prev, o));
            if old.is_some() && !was_sig {
                self.add(Change::Replaced { kind: "form field".into() }, id.0);
            }
            for key in [b"A".as_slice(), b"AA"] {
                if d.has(key) {
                    self.add(Change::Action { key: text(key) }, id.0);
                }
            }
            let page = d.get(b"P").and_then(Object::as_reference).ok().and_then(|p| self.cs.page_of.get(&p).copied());
            let page = page.or_else(|| self.cs.annots.get(&id).copied());
            self.add(Change::SignatureField { page }, id.0);
            return true;
        }
        false
    }

    /// A replaced object of the original without an allowed role, named by what it was.
    fn replaced(&mut self, id: ObjectId) {
        let c = if let Some(&page) = self.ps.contents.get(&id) {
            Change::PageContent { page }
        } else if let Some(&page) = self.ps.annots.get(&id) {
            Change::AnnotationChanged { page }
        } else if let Some(&page) = self.ps.resources.get(&id) {
            Change::PageResource { page, kind: kind_of(self.prev.objects.get(&id)) }
        } else {
            Change::Replaced { kind: kind_of(self.prev.objects.get(&id)) }
        };
        self.add(c, id.0);
    }

    /// A page's annotations may only grow, by signature widgets.
    fn judge_annots(&mut self, page_id: ObjectId, id: ObjectId) {
        let page = self.ps.page_of.get(&page_id).or_else(|| self.cs.page_of.get(&page_id)).copied().unwrap_or(0);
        let (old, new) = (annots_of(self.prev, page_id), annots_of(self.cur, page_id));
        if old.iter().any(|a| !new.contains(a)) {
            self.add(Change::AnnotationChanged { page }, id.0);
        }
        for a in new.iter().filter(|a| !old.contains(a)) {
            let d = resolve(self.cur, a).and_then(dict_of);
            let sig = d.is_some_and(|d| {
                d.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Widget") && is_sig_field(self.cur, d)
            });
            if !sig {
                let subtype = d.and_then(|d| d.get(b"Subtype").ok()).map_or("?".into(), name);
                self.add(Change::AnnotationAdded { page, subtype }, a.as_reference().map_or(id.0, |r| r.0));
            }
        }
    }

    /// `/AcroForm` may change only by signature fields (and the keys signers set).
    fn judge_form(&mut self, at: u32) {
        let form = |doc: &Document, s: &Structure| -> Option<Dictionary> {
            let cat = doc.get_dictionary(s.root?).ok()?;
            resolve(doc, cat.get(b"AcroForm").ok()?).and_then(dict_of).cloned()
        };
        let (old, new) = (form(self.prev, self.ps), form(self.cur, self.cs));
        for key in changed_keys(old.as_ref(), new.as_ref()) {
            if key == b"Fields" {
                continue;
            }
            if key == b"XFA" || !FORM_KEYS.contains(&key.as_slice()) {
                self.add(Change::FormKey { key: text(&key) }, at);
            }
        }
        let fields = |doc: &Document, f: &Option<Dictionary>| -> Vec<Object> {
            f.as_ref().and_then(|f| f.get(b"Fields").ok()).map_or(vec![], |a| resolve_array(doc, a).to_vec())
        };
        let (of, nf) = (fields(self.prev, &old), fields(self.cur, &new));
        if of.iter().any(|f| !nf.contains(f)) {
            self.add(Change::FormKey { key: "Fields".into() }, at);
        }
        for f in nf.iter().filter(|f| !of.contains(f)) {
            let d = resolve(self.cur, f).and_then(dict_of);
            if !d.is_some_and(|d| is_sig_field(self.cur, d)) {
                let kind = d.and_then(|d| d.get(b"FT").ok()).map_or("?".into(), name);
                self.add(Change::FormField { kind }, f.as_reference().map_or(at, |r| r.0));
            }
        }
        if new.is_some() && old != new {
            self.add(Change::Form, at);
        }
    }
}

fn annots_of(doc: &Document, page: ObjectId) -> Vec<Object> {
    doc.get_dictionary(page).ok().and_then(|d| d.get(b"Annots").ok()).map_or(vec![], |a| resolve_array(doc, a).to_vec())
}

/// Keys whose value differs between two dictionaries (either may be absent).
fn changed_keys(old: Option<&Dictionary>, new: Option<&Dictionary>) -> Vec<Vec<u8>> {
    let empty = Dictionary::new();
    let (o, n) = (old.unwrap_or(&empty), new.unwrap_or(&empty));
    let mut keys: Vec<Vec<u8>> = o.iter().chain(n.iter()).map(|(k, _)| k.clone()).collect();
    keys.sort();
    keys.dedup();
    keys.retain(|k| o.get(k).ok() != n.get(k).ok());
    keys
}

/// What an object is, for a person: "image", "font", "form", "content stream", or its type.
fn kind_of(o: Option<&Object>) -> String {
    let Some(d) = o.and_then(dict_of) else { return "object".into() };
    let get = |k: &[u8]| d.get(k).and_then(Object::as_name).ok();
    match (get(b"Type"), get(b"Subtype")) {
        (_, Some(b"Image")) => "image".into(),
        (_, Some(b"Form")) => "form".into(),
        (Some(b"Font"), _) | (Some(b"FontDescriptor"), _) => "font".into(),
        (Some(t), _) => String::from_utf8_lossy(t).into_owned(),
        (None, _) if matches!(o, Some(Object::Stream(_))) => "stream".into(),
        _ => "object".into(),
    }
}

/// Whether a value holds JavaScript (`/JS`, or `/S /JavaScript`), looking into direct values.
fn has_javascript(o: &Object) -> bool {
    match o {
        Object::Dictionary(d) => dict_has_js(d),
        Object::Stream(s) => dict_has_js(&s.dict),
        Object::Array(a) => a.iter().any(has_javascript),
        _ => false,
    }
}

fn dict_has_js(d: &Dictionary) -> bool {
    d.has(b"JS")
        || d.get(b"S").and_then(Object::as_name).ok() == Some(b"JavaScript")
        || d.has(b"JavaScript")
        || d.iter().any(|(_, v)| has_javascript(v))
}

fn text(k: &[u8]) -> String {
    String::from_utf8_lossy(k).into_owned()
}

/// Whether two cross-reference entries are the same (lopdf's type has no `PartialEq`).
pub fn same_entry(a: &XrefEntry, b: &XrefEntry) -> bool {
    match (a, b) {
        (XrefEntry::Normal { offset: o1, generation: g1 }, XrefEntry::Normal { offset: o2, generation: g2 }) => {
            o1 == o2 && g1 == g2
        }
        (XrefEntry::Compressed { container: c1, index: i1 }, XrefEntry::Compressed { container: c2, index: i2 }) => {
            c1 == c2 && i1 == i2
        }
        (XrefEntry::Free, XrefEntry::Free) | (XrefEntry::UnusableFree, XrefEntry::UnusableFree) => true,
        _ => false,
    }
}
