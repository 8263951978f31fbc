//! A token filter for languages tantivy has no stemmer for: Snowball stemmers for Estonian,
//! Lithuanian and Polish, and prefix truncation for Latvian, Icelandic and Ukrainian (a standard
//! fallback for highly inflected languages: word forms that share their first letters match).

use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

/// How a word is reduced to its search form.
#[derive(Clone, Copy, Debug)]
pub enum Reduce {
    Snowball(frostem::Algorithm),
    /// Keep the first this many characters.
    Truncate(usize),
}

impl Reduce {
    /// The reduction for a language without a tantivy stemmer, if any.
    pub fn for_language(lang: &str) -> Option<Self> {
        match lang {
            "et" => Some(Self::Snowball(frostem::Algorithm::Estonian)),
            "lt" => Some(Self::Snowball(frostem::Algorithm::Lithuanian)),
            "pl" => Some(Self::Snowball(frostem::Algorithm::Polish)),
            "lv" | "is" | "uk" => Some(Self::Truncate(6)),
            _ => None,
        }
    }
}

impl TokenFilter for Reduce {
    type Tokenizer<T: Tokenizer> = ReduceFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> ReduceFilter<T> {
        ReduceFilter { reduce: self, inner: tokenizer }
    }
}

#[derive(Clone)]
pub struct ReduceFilter<T> {
    reduce: Reduce,
    inner: T,
}

impl<T: Tokenizer> Tokenizer for ReduceFilter<T> {
    type TokenStream<'a> = ReduceStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        let stemmer = match self.reduce {
            Reduce::Snowball(algorithm) => Some(frostem::Stemmer::new(algorithm)),
            Reduce::Truncate(_) => None,
        };
        ReduceStream { tail: self.inner.token_stream(text), reduce: self.reduce, stemmer }
    }
}

pub struct ReduceStream<T> {
    tail: T,
    reduce: Reduce,
    stemmer: Option<frostem::Stemmer>,
}

impl<T: TokenStream> TokenStream for ReduceStream<T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        match (&self.stemmer, self.reduce) {
            (Some(stemmer), _) => {
                // A borrowed stem may be a shorter slice of the word, so always take a copy.
                token.text = stemmer.stem(&token.text).into_owned();
            }
            (None, Reduce::Truncate(n)) => {
                if let Some((cut, _)) = token.text.char_indices().nth(n) {
                    token.text.truncate(cut);
                }
            }
            (None, Reduce::Snowball(_)) => {}
        }
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}
