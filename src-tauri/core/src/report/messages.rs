//! The words of exported reports, in the lab's language, from the same Fluent files the
//! interface uses (`ui/src/locales/*.ftl`), so every label is translated and reviewed once.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::{Error, Language, Result};

fn source(language: Language) -> &'static str {
    match language {
        Language::En => include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../ui/src/locales/en.ftl")),
        Language::Cy => include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../ui/src/locales/cy.ftl")),
    }
}

pub struct Messages {
    language: Language,
    bundle: FluentBundle<FluentResource>,
    /// The other language's messages, for a bilingual file of data (CSV, REFI-QDA) whose
    /// every label reads in both, "Cynllunio / Planning".
    also: Option<Box<Messages>>,
}

impl Messages {
    pub fn new(language: Language) -> Result<Messages> {
        let broken = |what: String| Error::Internal(format!("the {language:?} messages are broken: {what}"));
        let resource = FluentResource::try_new(source(language).to_owned())
            .map_err(|(_, errors)| broken(format!("{errors:?}")))?;
        let id: LanguageIdentifier = language.key().parse().map_err(|e| broken(format!("{e}")))?;
        let mut bundle = FluentBundle::new(vec![id]);
        // Reports are files, not a page mixing directions: no isolation marks around arguments.
        bundle.set_use_isolating(false);
        bundle.add_resource(resource).map_err(|errors| broken(format!("{errors:?}")))?;
        Ok(Messages { language, bundle, also: None })
    }

    /// These messages with `other`'s after each: "Her / Challenge".
    pub fn and(mut self, other: Messages) -> Messages {
        self.also = Some(Box::new(other));
        self
    }

    pub fn language(&self) -> Language {
        self.language
    }

    /// The message `id`, or the id itself when it is missing (a test keeps that from shipping).
    pub fn get(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with named arguments: text, or numbers (which choose plural forms).
    pub fn with(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(text) => fluent.set(*name, FluentValue::from(*text)),
                Arg::Number(number) => fluent.set(*name, FluentValue::from(*number)),
            }
        }
        self.format(id, Some(&fluent))
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.get_message(id).and_then(|m| m.value()).is_some()
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else { return id.to_owned() };
        let mut errors = Vec::new();
        let said = self.bundle.format_pattern(pattern, args, &mut errors).into_owned();
        match &self.also {
            Some(other) => format!("{said} / {}", other.format(id, args)),
            None => said,
        }
    }
}

pub enum Arg<'a> {
    Text(&'a str),
    Number(i64),
}

#[cfg(test)]
mod tests {
    use super::{Arg, Messages};
    use crate::Language;

    #[test]
    fn both_languages_load_and_choose_plural_forms() {
        let en = Messages::new(Language::En).expect("English messages");
        let cy = Messages::new(Language::Cy).expect("Welsh messages");
        assert_eq!(en.get("stage-tender_award"), "Tender & award");
        assert_eq!(en.with("voting-left", &[("count", Arg::Number(1))]), "1 dot left");
        assert_eq!(cy.with("voting-left", &[("count", Arg::Number(2))]), "2 ddot ar ôl");
        assert_eq!(en.get("no-such-message"), "no-such-message");
        let both = cy.and(Messages::new(Language::En).expect("English messages"));
        assert_eq!(both.get("stage-planning"), "Cynllunio / Planning");
        assert_eq!(both.language(), Language::Cy);
    }
}
