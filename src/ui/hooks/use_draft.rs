//! The text a planner is typing, kept apart from the value it stands for: reformatting on every
//! keystroke would fight their typing (and IME input), so the text only resets when the value
//! changes from outside (a preset, a reset) to something the text does not already mean.

use yew::prelude::*;

use crate::i18n::Lang;
use crate::input::ParseError;
use crate::model::{Text, ValidationError};

/// Why the text is not accepted. Kept as a reason, not a sentence, so the message follows a
/// language switch.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Problem {
    Parse(ParseError),
    Invalid(ValidationError),
    Other(Text),
}

impl Problem {
    pub fn message(self, lang: Lang) -> String {
        match self {
            Problem::Parse(p) => p.message(lang),
            Problem::Invalid(v) => crate::i18n::validation_message(&v, lang),
            Problem::Other(t) => lang.tr(t).to_string(),
        }
    }
}

/// Raw text and the problem it currently has.
#[derive(Clone, PartialEq)]
pub struct Draft {
    pub text: UseStateHandle<String>,
    pub error: UseStateHandle<Option<Problem>>,
}

impl Draft {
    /// Keeps the typed `text` and its problem, if any; returns the value when there is none.
    pub fn accept<T>(&self, text: String, parsed: Result<T, Problem>) -> Option<T> {
        self.text.set(text);
        match parsed {
            Ok(value) => {
                self.error.set(None);
                Some(value)
            }
            Err(problem) => {
                self.error.set(Some(problem));
                None
            }
        }
    }
}

#[hook]
pub fn use_draft<T>(value: T, display: fn(&T) -> String, reads_as: fn(&str) -> Option<T>) -> Draft
where
    T: PartialEq + Clone + 'static,
{
    let text = use_state(|| display(&value));
    let error = use_state(|| None::<Problem>);
    {
        let (text, error) = (text.clone(), error.clone());
        use_effect_with(value, move |value| {
            if reads_as(&text).as_ref() != Some(value) {
                text.set(display(value));
                error.set(None);
            }
        });
    }
    Draft { text, error }
}
