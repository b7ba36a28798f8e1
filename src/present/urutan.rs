//! A section in reading order: the planner's narrative with the section's generated blocks, each
//! at its block placeholder (`{{tabel capaian}}`) or, when not placed, at its default spot after
//! the text, introduced by its own lead-in unless the planner's text already ends with one.

use super::text::Cx;
use crate::narrative;
use crate::render::data::{Blok, Isi, Narasi};

/// A generated block of a section.
pub struct Blk {
    /// Its name in `{{…}}`.
    pub nama: &'static str,
    /// Words that introduce it at its default spot.
    pub pengantar: Narasi,
    /// Generated narrative (a list) spliced into the text, or `None` for a table or chart the
    /// layout draws (an [`Isi::Sisipan`]).
    pub narasi: Option<Narasi>,
}

impl Blk {
    pub fn gambar(nama: &'static str) -> Self {
        Blk { nama, pengantar: Vec::new(), narasi: None }
    }
}

fn push_narasi(out: &mut Vec<Isi>, blok: Narasi) {
    if blok.is_empty() {
        return;
    }
    match out.last_mut() {
        Some(Isi::Narasi { blok: last }) => last.extend(blok),
        _ => out.push(Isi::Narasi { blok }),
    }
}

fn ends_with_lead_in(out: &[Isi]) -> bool {
    match out.last() {
        Some(Isi::Narasi { blok }) => super::front::ends_with_lead_in(blok),
        _ => false,
    }
}

fn place(out: &mut Vec<Isi>, b: &Blk, own_lead_in: bool) {
    if !own_lead_in && !ends_with_lead_in(out) {
        push_narasi(out, b.pengantar.clone());
    }
    match &b.narasi {
        Some(n) => push_narasi(out, n.clone()),
        None => out.push(Isi::Sisipan { nama: b.nama.to_owned() }),
    }
}

impl Cx<'_> {
    /// The text (placeholders resolved) with `blocks` placed; `before` are placed ahead of the text
    /// when it does not place them itself.
    pub fn urutan(&self, text: Option<&str>, before: &[Blk], blocks: &[Blk]) -> crate::present::Result<Vec<Isi>> {
        let parsed = match text {
            Some(t) => narrative::resolve(&narrative::parse(t), &|k: &str| {
                crate::compute::figures::figure(self.report, self.c, k).map(|f| super::figures::text(&f, self.dp()))
            })
            .map_err(crate::messages::present::PresentFault::Placeholder)?,
            None => Vec::new(),
        };
        let placed: Vec<String> = parsed
            .iter()
            .filter_map(|b| match b {
                narrative::Blok::Sisipan { nama } => Some(nama.clone()),
                _ => None,
            })
            .collect();
        let placed: Vec<&str> = placed.iter().map(String::as_str).collect();
        let mut out = Vec::new();
        for b in before.iter().filter(|b| !placed.contains(&b.nama)) {
            place(&mut out, b, false);
        }
        for b in parsed {
            match b {
                narrative::Blok::Sisipan { nama } => {
                    if let Some(g) = before.iter().chain(blocks).find(|g| g.nama == nama) {
                        place(&mut out, g, true);
                    }
                }
                other => push_narasi(&mut out, super::text::convert(other).into_iter().collect::<Vec<Blok>>()),
            }
        }
        for b in blocks.iter().filter(|b| !placed.contains(&b.nama)) {
            place(&mut out, b, false);
        }
        Ok(out)
    }

    /// [`Cx::urutan`] for a section whose generated blocks are all narrative: one narrative.
    pub fn narasi_dengan(&self, text: Option<&str>, blocks: &[Blk]) -> crate::present::Result<Narasi> {
        Ok(self
            .urutan(text, &[], blocks)?
            .into_iter()
            .flat_map(|i| match i {
                Isi::Narasi { blok } => blok,
                Isi::Sisipan { .. } => Vec::new(),
            })
            .collect())
    }
}
