//! The glossary: terms and their definitions.

use super::theme::Bold as _;
use egui::{Align, RichText, Ui};

use super::ViewCtx;
use super::blocks::{inline_ui, section_links_ui, sources_ui};
use super::reader::page_ui;

pub fn glossary_ui(ui: &mut Ui, view: &mut ViewCtx<'_>) {
    let lang = view.lang().to_owned();
    let glossary = view.handbook.glossary(&lang);
    let (offset, anchor) = view.take_scroll();
    page_ui(ui, "glossary", offset, |ui| {
        ui.heading(RichText::new(view.i18n.tr("nav-glossary")).bold().size(30.0));
        let mut terms: Vec<_> = glossary.terms.iter().collect();
        terms.sort_by_key(|t| t.term.to_lowercase());
        for term in terms {
            ui.add_space(8.0);
            let response = ui.label(RichText::new(&term.term).bold().size(18.0));
            if anchor.as_deref() == Some(term.id.as_str()) {
                response.scroll_to_me(Some(Align::TOP));
            }
            inline_ui(ui, view, &term.definition);
            let target = crate::content::inline::LinkTarget::Glossary(term.id.clone());
            let used_in = view.handbook.sections_linking_to(&target.to_string());
            if !used_in.is_empty() {
                let title = view.i18n.tr_args("glossary-used-in", &[("count", used_in.len().into())]);
                egui::CollapsingHeader::new(title)
                    .id_salt(("glossary-used-in", &term.id))
                    .show(ui, |ui| section_links_ui(ui, view, used_in));
            }
            sources_ui(ui, view, &term.id, &term.sources);
        }
    });
}
