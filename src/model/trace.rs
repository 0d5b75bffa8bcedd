//! Explanations: how the engine got a figure — its formula and the input values used.
//! Built only on request so the plain projection stays fast.

use super::fields::field;
use super::scenario::Scenario;
use super::text::Text;
use super::units::Unit;

/// One input of a formula, with the value the engine used.
#[derive(Clone, Debug, PartialEq)]
pub struct Term {
    pub label: Text,
    pub value: f64,
    pub unit: Unit,
}

/// A computed figure: its name, formula, inputs, result, and the sub-figures it sums.
#[derive(Clone, Debug, PartialEq)]
pub struct Trace {
    pub label: Text,
    pub formula: Text,
    pub inputs: Vec<Term>,
    pub value: f64,
    pub unit: Unit,
    pub parts: Vec<Trace>,
    /// What the figure is of, when not the whole household (one intervention, "all
    /// interventions"): named beside the label, not as an input row with a meaningless value.
    pub subject: Option<Text>,
}

impl Trace {
    pub fn new(label: Text, formula: Text, value: f64, unit: Unit) -> Self {
        Trace {
            label,
            formula,
            inputs: Vec::new(),
            value,
            unit,
            parts: Vec::new(),
            subject: None,
        }
    }

    /// Names what the figure is of (an intervention, or all of them).
    pub fn about(mut self, subject: Text) -> Self {
        self.subject = Some(subject);
        self
    }

    pub fn input(mut self, label: Text, value: f64, unit: Unit) -> Self {
        self.inputs.push(Term { label, value, unit });
        self
    }

    /// The adoption share (0–1) an intervention's figure was scaled by, shown as a percentage.
    pub fn adoption(self, share: f64) -> Self {
        self.input(
            Text::new("采纳比例", "Adoption"),
            share * 100.0,
            Unit::Percent,
        )
    }

    /// A scenario parameter as an input, with the label, unit and value of its registry entry,
    /// so an explanation names a parameter exactly as the form does.
    pub fn param(self, scenario: &Scenario, id: &str) -> Self {
        match field(id) {
            Some(f) => self.input(f.label, (f.get)(scenario), f.unit),
            None => {
                debug_assert!(false, "no field {id} in the registry");
                self
            }
        }
    }

    pub fn part(mut self, part: Trace) -> Self {
        self.parts.push(part);
        self
    }
}
