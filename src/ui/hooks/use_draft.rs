//! The text a planner is typing, kept apart from the value it stands for: reformatting on every
//! keystroke would fight their typing (and IME input), so the text only resets when the value
//! changes from outside (a preset, a reset) to something the text does not already mean.

use yew::prelude::*;

/// Raw text and the error it currently shows.
#[derive(Clone, PartialEq)]
pub struct Draft {
    pub text: UseStateHandle<String>,
    pub error: UseStateHandle<Option<AttrValue>>,
}

#[hook]
pub fn use_draft<T>(value: T, display: fn(&T) -> String, reads_as: fn(&str) -> Option<T>) -> Draft
where
    T: PartialEq + Clone + 'static,
{
    let text = use_state(|| display(&value));
    let error = use_state(|| None::<AttrValue>);
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
