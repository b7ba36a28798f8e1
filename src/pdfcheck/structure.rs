//! The roles objects play in one revision of a document: catalogue, info, pages and what each
//! page uses, annotations, the form and its fields, validation data. Walks are capped
//! ([`MAX_WALK`]) so a hostile object graph cannot make them unbounded.

use std::collections::{HashMap, HashSet};

use lopdf::{Dictionary, Document, Object, ObjectId};

/// The most objects one walk visits.
pub const MAX_WALK: usize = 200_000;
/// The deepest `/Parent` or page-tree chain followed.
const MAX_DEPTH: usize = 64;

#[derive(Debug, Default)]
pub struct Structure {
    pub root: Option<ObjectId>,
    pub info: Option<ObjectId>,
    pub metadata: Option<ObjectId>,
    /// Leaf pages in order (page number = index + 1).
    pub pages: Vec<ObjectId>,
    pub page_of: HashMap<ObjectId, u32>,
    /// Intermediate page-tree nodes (`/Type /Pages`).
    pub tree_nodes: HashSet<ObjectId>,
    /// Indirect `/Annots` arrays, by page.
    pub annots_arrays: HashMap<ObjectId, u32>,
    /// Annotations, by page.
    pub annots: HashMap<ObjectId, u32>,
    /// Content streams (and indirect `/Contents` arrays), by page.
    pub contents: HashMap<ObjectId, u32>,
    /// Objects reachable from a page's `/Resources` (the first page that uses each).
    pub resources: HashMap<ObjectId, u32>,
    pub acroform: Option<ObjectId>,
    pub fields_array: Option<ObjectId>,
    /// Everything reachable from `/DSS`.
    pub dss: HashSet<ObjectId>,
}

impl Structure {
    pub fn of(doc: &Document) -> Structure {
        let mut s =
            Structure { root: doc.trailer.get(b"Root").and_then(Object::as_reference).ok(), ..Default::default() };
        s.info = doc.trailer.get(b"Info").and_then(Object::as_reference).ok();
        let Some(cat) = s.root.and_then(|r| doc.get_dictionary(r).ok()) else { return s };
        s.metadata = cat.get(b"Metadata").and_then(Object::as_reference).ok();
        if let Ok(pages) = cat.get(b"Pages").and_then(Object::as_reference) {
            s.walk_tree(doc, pages, 0);
        }
        for (i, p) in s.pages.clone().iter().enumerate() {
            let n = i as u32 + 1;
            s.page_of.insert(*p, n);
            let Ok(d) = doc.get_dictionary(*p) else { continue };
            if let Ok(a) = d.get(b"Annots") {
                if let Ok(r) = a.as_reference() {
                    s.annots_arrays.insert(r, n);
                }
                for e in resolve_array(doc, a) {
                    if let Ok(r) = e.as_reference() {
                        s.annots.entry(r).or_insert(n);
                    }
                }
            }
            if let Ok(c) = d.get(b"Contents") {
                if let Ok(r) = c.as_reference() {
                    s.contents.insert(r, n);
                }
                for e in resolve_array(doc, c) {
                    if let Ok(r) = e.as_reference() {
                        s.contents.insert(r, n);
                    }
                }
            }
            if let Ok(r) = d.get(b"Resources") {
                for id in reachable(doc, r) {
                    s.resources.entry(id).or_insert(n);
                }
            }
        }
        if let Ok(af) = cat.get(b"AcroForm") {
            s.acroform = af.as_reference().ok();
            if let Some(f) = resolve(doc, af).and_then(|d| d.as_dict().ok()).and_then(|d| d.get(b"Fields").ok()) {
                s.fields_array = f.as_reference().ok();
            }
        }
        if let Ok(dss) = cat.get(b"DSS") {
            s.dss = reachable(doc, dss);
        }
        s
    }

    fn walk_tree(&mut self, doc: &Document, node: ObjectId, depth: usize) {
        if depth > MAX_DEPTH || self.tree_nodes.contains(&node) || self.pages.len() + self.tree_nodes.len() > MAX_WALK {
            return;
        }
        let Ok(d) = doc.get_dictionary(node) else { return };
        if d.has_type(b"Pages") {
            self.tree_nodes.insert(node);
            if let Ok(kids) = d.get(b"Kids") {
                for k in resolve_array(doc, kids) {
                    if let Ok(r) = k.as_reference() {
                        self.walk_tree(doc, r, depth + 1);
                    }
                }
            }
        } else if !self.pages.contains(&node) {
            self.pages.push(node);
        }
    }
}

/// The object `o` is, following one reference.
pub fn resolve<'a>(doc: &'a Document, o: &'a Object) -> Option<&'a Object> {
    match o {
        Object::Reference(r) => doc.get_object(*r).ok(),
        other => Some(other),
    }
}

/// The entries of an array, direct or indirect; empty for anything else.
pub fn resolve_array<'a>(doc: &'a Document, o: &'a Object) -> &'a [Object] {
    resolve(doc, o).and_then(|a| a.as_array().ok()).map_or(&[], |v| v.as_slice())
}

/// The dictionary of a dictionary or stream object.
pub fn dict_of(o: &Object) -> Option<&Dictionary> {
    match o {
        Object::Dictionary(d) => Some(d),
        Object::Stream(s) => Some(&s.dict),
        _ => None,
    }
}

/// Every object reachable from `start` through references (at most [`MAX_WALK`]), not
/// following `/Parent` or `/P` (back links to the page tree).
pub fn reachable(doc: &Document, start: &Object) -> HashSet<ObjectId> {
    let mut seen = HashSet::new();
    let mut todo = vec![start];
    let mut steps = 0;
    while let Some(o) = todo.pop() {
        steps += 1;
        if steps > MAX_WALK {
            break;
        }
        match o {
            Object::Reference(r) => {
                if seen.insert(*r)
                    && let Ok(t) = doc.get_object(*r)
                {
                    todo.push(t);
                }
            }
            Object::Array(a) => todo.extend(a.iter()),
            Object::Dictionary(d) => push_dict(d, &mut todo),
            Object::Stream(s) => push_dict(&s.dict, &mut todo),
            _ => {}
        }
    }
    seen
}

fn push_dict<'a>(d: &'a Dictionary, todo: &mut Vec<&'a Object>) {
    for (k, v) in d.iter() {
        if k != b"Parent" && k != b"P" {
            todo.push(v);
        }
    }
}

/// The ids a value refers to directly (one level, through arrays and dictionaries).
pub fn refs_in(o: &Object, out: &mut Vec<ObjectId>) {
    match o {
        Object::Reference(r) => out.push(*r),
        Object::Array(a) => a.iter().for_each(|e| refs_in(e, out)),
        Object::Dictionary(d) => d.iter().for_each(|(_, v)| refs_in(v, out)),
        Object::Stream(s) => s.dict.iter().for_each(|(_, v)| refs_in(v, out)),
        _ => {}
    }
}

/// Whether `d` is a signature field or a widget of one (`/FT /Sig` on it or a parent).
pub fn is_sig_field(doc: &Document, d: &Dictionary) -> bool {
    let mut d = d;
    for _ in 0..MAX_DEPTH {
        if let Ok(ft) = d.get(b"FT").and_then(Object::as_name) {
            return ft == b"Sig";
        }
        match d.get(b"Parent").and_then(Object::as_reference).and_then(|p| doc.get_dictionary(p)) {
            Ok(p) => d = p,
            Err(_) => return false,
        }
    }
    false
}

/// Whether `d` is a signature value or a document timestamp.
pub fn is_sig_value(d: &Dictionary) -> bool {
    d.has_type(b"Sig") || d.has_type(b"DocTimeStamp") || (d.has(b"ByteRange") && d.has(b"Contents"))
}

/// A name as text (lossy).
pub fn name(o: &Object) -> String {
    o.as_name().map(|n| String::from_utf8_lossy(n).into_owned()).unwrap_or_else(|_| "?".into())
}
