//! A quiz run: questions drawn from the handbook's quiz files, answered one at a time, scored at the end.
//! Nothing about who takes a quiz is stored: a run lives in memory only.

use crate::content::Handbook;
use crate::content::model::Question;

/// Which questions a run asks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Scope {
    /// The questions on one chapter, in their written order.
    Chapter(String),
    /// Questions from every chapter, shuffled.
    Mixed,
}

/// One question of a run, with the chapter it belongs to.
#[derive(Clone, Debug)]
pub struct Asked {
    pub chapter: String,
    pub question: Question,
    /// The option the participant chose; `None` until answered or when the answer was only shown.
    pub chosen: Option<usize>,
    /// The right answer is on screen (after a choice, or when the trainer showed it).
    pub revealed: bool,
}

impl Asked {
    pub fn is_right(&self) -> bool {
        self.chosen == Some(self.question.answer.correct_index())
    }
}

#[derive(Clone, Debug)]
pub struct QuizRun {
    pub scope: Scope,
    pub asked: Vec<Asked>,
    /// Index of the question on screen; `asked.len()` once the run is over.
    pub current: usize,
}

/// The final tally.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Score {
    pub right: usize,
    /// Questions answered (a question whose answer was only shown counts as not answered).
    pub answered: usize,
    pub total: usize,
}

impl QuizRun {
    /// A run in `lang` (falling back to the base language per chapter). `limit` caps a mixed run;
    /// `seed` decides its order. `None` when the scope has no questions.
    pub fn new(handbook: &Handbook, lang: &str, scope: Scope, limit: usize, seed: u64) -> Option<Self> {
        let mut asked: Vec<Asked> = handbook
            .quizzes(lang)
            .into_iter()
            .filter(|(q, _)| match &scope {
                Scope::Chapter(id) => q.chapter == *id,
                Scope::Mixed => true,
            })
            .flat_map(|(q, _)| {
                q.questions.iter().map(|question| Asked {
                    chapter: q.chapter.clone(),
                    question: question.clone(),
                    chosen: None,
                    revealed: false,
                })
            })
            .collect();
        if scope == Scope::Mixed {
            shuffle(&mut asked, seed);
            asked.truncate(limit.max(1));
        }
        (!asked.is_empty()).then_some(Self { scope, asked, current: 0 })
    }

    /// The question on screen, or `None` when the run is over.
    pub fn question(&self) -> Option<&Asked> {
        self.asked.get(self.current)
    }

    /// Records the participant's choice for the current question and reveals the answer. A question is
    /// answered once: later choices are ignored. Returns whether the choice was right.
    pub fn choose(&mut self, option: usize) -> Option<bool> {
        let asked = self.asked.get_mut(self.current)?;
        if !asked.revealed && option < asked.question.answer.option_count() {
            asked.chosen = Some(option);
            asked.revealed = true;
        }
        Some(asked.is_right())
    }

    /// Shows the right answer without an answer from the room (it then counts as not answered).
    pub fn reveal(&mut self) {
        if let Some(asked) = self.asked.get_mut(self.current) {
            asked.revealed = true;
        }
    }

    /// Moves to the next question (or to the end of the run).
    pub fn next(&mut self) {
        self.current = (self.current + 1).min(self.asked.len());
    }

    /// Back to the previous question, to look at it again.
    pub fn previous(&mut self) {
        self.current = self.current.saturating_sub(1);
    }

    pub fn is_over(&self) -> bool {
        self.current >= self.asked.len()
    }

    pub fn score(&self) -> Score {
        Score {
            right: self.asked.iter().filter(|a| a.is_right()).count(),
            answered: self.asked.iter().filter(|a| a.chosen.is_some()).count(),
            total: self.asked.len(),
        }
    }

    /// The questions answered wrongly or not at all, for the review at the end.
    pub fn missed(&self) -> impl Iterator<Item = &Asked> {
        self.asked.iter().filter(|a| !a.is_right())
    }

    /// The same questions again, unanswered (a mixed run keeps its order).
    pub fn restart(&mut self) {
        for a in &mut self.asked {
            a.chosen = None;
            a.revealed = false;
        }
        self.current = 0;
    }
}

/// Fisher–Yates with a SplitMix64 stream: a fair, reproducible order without a random-number crate.
fn shuffle<T>(items: &mut [T], seed: u64) {
    let mut state = seed;
    let mut next = || {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    for i in (1..items.len()).rev() {
        let j = (next() % (i as u64 + 1)) as usize;
        items.swap(i, j);
    }
}

#[cfg(test)]
mod tests {
    use super::shuffle;

    #[test]
    fn shuffle_is_a_permutation_and_depends_on_the_seed() {
        let mut a: Vec<u32> = (0..50).collect();
        let mut b = a.clone();
        shuffle(&mut a, 1);
        shuffle(&mut b, 2);
        assert_ne!(a, b);
        assert_ne!(a, (0..50).collect::<Vec<_>>());
        a.sort_unstable();
        assert_eq!(a, (0..50).collect::<Vec<_>>());
    }
}
