//! Where the reader is, and the back / forward history. No UI code here.

use serde::{Deserialize, Serialize};

use crate::content::Handbook;
use crate::content::inline::LinkTarget;

/// A place in the app.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Route {
    /// The start page: what the handbook is, the chapter list.
    #[default]
    Home,
    /// A chapter, optionally scrolled to one section.
    Chapter { id: String, section: Option<String> },
    /// A checklist, optionally scrolled to one indicator.
    Checklist { id: String, indicator: Option<String> },
    /// The referral directory, optionally one country and one contact.
    Contacts { country: Option<String>, contact: Option<String> },
    /// The glossary, optionally one term.
    Glossary { term: Option<String> },
    /// The interview desk.
    Interview,
    /// The trainer's page: presentations, case studies, quiz, handouts.
    Training,
}

/// The section of the app a route belongs to, for the navigation panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Area {
    Home,
    Chapters,
    Checklists,
    Contacts,
    Glossary,
    Interview,
    Training,
}

impl Route {
    pub fn area(&self) -> Area {
        match self {
            Self::Home => Area::Home,
            Self::Chapter { .. } => Area::Chapters,
            Self::Checklist { .. } => Area::Checklists,
            Self::Contacts { .. } => Area::Contacts,
            Self::Glossary { .. } => Area::Glossary,
            Self::Interview => Area::Interview,
            Self::Training => Area::Training,
        }
    }

    /// Where an internal link leads; `None` for web links and for targets that do not exist.
    pub fn from_link(link: &LinkTarget, handbook: &Handbook, lang: &str) -> Option<Self> {
        Some(match link {
            LinkTarget::Chapter(id) => {
                handbook.chapter(lang, id)?;
                Self::Chapter { id: id.clone(), section: None }
            }
            LinkTarget::Section { chapter, section } => {
                handbook.chapter(lang, chapter)?;
                Self::Chapter { id: chapter.clone(), section: Some(section.clone()) }
            }
            LinkTarget::Checklist(id) => {
                handbook.checklists(lang).into_iter().find(|c| c.id == *id)?;
                Self::Checklist { id: id.clone(), indicator: None }
            }
            LinkTarget::Indicator(id) => {
                let checklist = handbook.checklist_of_indicator(lang, id)?;
                Self::Checklist { id: checklist.id.clone(), indicator: Some(id.clone()) }
            }
            LinkTarget::Country(code) => {
                handbook.country(code)?;
                Self::Contacts { country: Some(code.clone()), contact: None }
            }
            LinkTarget::Contact(id) => {
                let country = handbook.country_of_contact(id)?;
                Self::Contacts { country: Some(country.code.clone()), contact: Some(id.clone()) }
            }
            LinkTarget::Glossary(id) => Self::Glossary { term: Some(id.clone()) },
            LinkTarget::External(_) => return None,
        })
    }

    /// Whether the route still points at existing content (e.g. after a content update).
    pub fn exists(&self, handbook: &Handbook, lang: &str) -> bool {
        match self {
            Self::Home | Self::Glossary { .. } | Self::Interview | Self::Training => true,
            Self::Chapter { id, .. } => handbook.chapter(lang, id).is_some(),
            Self::Checklist { id, .. } => handbook.checklists(lang).iter().any(|c| c.id == *id),
            Self::Contacts { country, .. } => country.as_ref().is_none_or(|c| handbook.country(c).is_some()),
        }
    }
}

/// A page left behind in the history, with how far down it was scrolled.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
struct Visit {
    route: Route,
    /// Vertical scroll offset in points when the reader left the page.
    offset: f32,
}

/// The current route with back and forward stacks, like a browser: going back returns to the
/// place on the page where the reader was, not to its top.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct History {
    back: Vec<Visit>,
    current: Route,
    forward: Vec<Visit>,
}

/// How many steps back are remembered.
const MAX_BACK: usize = 100;

impl History {
    pub fn new(current: Route) -> Self {
        Self { back: Vec::new(), current, forward: Vec::new() }
    }

    pub fn current(&self) -> &Route {
        &self.current
    }

    /// Goes to `route`, remembering that the page being left was scrolled to `offset`; going to
    /// where you already are changes nothing.
    pub fn go(&mut self, route: Route, offset: f32) {
        if route == self.current {
            return;
        }
        let previous = std::mem::replace(&mut self.current, route);
        self.back.push(Visit { route: previous, offset });
        if self.back.len() > MAX_BACK {
            self.back.remove(0);
        }
        self.forward.clear();
    }

    /// Steps back, remembering `offset` for the page being left; returns how far the page stepped
    /// back to was scrolled, or `None` if there is nowhere to go.
    pub fn back(&mut self, offset: f32) -> Option<f32> {
        let previous = self.back.pop()?;
        let current = std::mem::replace(&mut self.current, previous.route);
        self.forward.push(Visit { route: current, offset });
        Some(previous.offset)
    }

    /// Steps forward, like [`History::back`] the other way.
    pub fn forward(&mut self, offset: f32) -> Option<f32> {
        let next = self.forward.pop()?;
        let current = std::mem::replace(&mut self.current, next.route);
        self.back.push(Visit { route: current, offset });
        Some(next.offset)
    }

    pub fn can_go_back(&self) -> bool {
        !self.back.is_empty()
    }

    pub fn can_go_forward(&self) -> bool {
        !self.forward.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chapter(id: &str) -> Route {
        Route::Chapter { id: id.into(), section: None }
    }

    #[test]
    fn back_and_forward_like_a_browser() {
        let mut h = History::new(Route::Home);
        h.go(chapter("a"), 0.0);
        h.go(chapter("b"), 0.0);
        assert!(h.back(0.0).is_some());
        assert_eq!(h.current(), &chapter("a"));
        assert!(h.forward(0.0).is_some());
        assert_eq!(h.current(), &chapter("b"));
        assert!(h.forward(0.0).is_none());
        h.back(0.0);
        h.go(chapter("c"), 0.0);
        assert!(!h.can_go_forward(), "a new visit clears the forward stack");
        assert!(h.back(0.0).is_some());
        assert_eq!(h.current(), &chapter("a"));
        assert!(h.back(0.0).is_some());
        assert_eq!(h.current(), &Route::Home);
        assert!(h.back(0.0).is_none());
    }

    #[test]
    fn back_and_forward_return_to_where_each_page_was_scrolled() {
        let mut h = History::new(Route::Home);
        h.go(chapter("a"), 0.0);
        // Read chapter a down to 1200 points, then follow a link to b.
        h.go(chapter("b"), 1200.0);
        assert_eq!(h.back(300.0), Some(1200.0), "back to the link's place in a");
        assert_eq!(h.forward(1200.0), Some(300.0), "forward to where b was left");
        assert_eq!(h.back(0.0), Some(1200.0));
        assert_eq!(h.back(1200.0), Some(0.0), "home was at its top");
    }

    #[test]
    fn revisiting_the_current_route_adds_no_history() {
        let mut h = History::new(Route::Home);
        h.go(Route::Home, 50.0);
        assert!(!h.can_go_back());
    }
}
