//! The Welsh Language Standards ask that everyone invited to a meeting is asked whether they
//! wish to use Welsh, so that interpretation can be arranged. The question is ready to paste
//! into an invitation: in Welsh, then in English, whichever language the app is in.

use serde::Serialize;
use ts_rs::TS;

use crate::ids::LabId;
use crate::messages::{Arg, Messages};
use crate::{Language, Result, Store};

/// The question in one language, so that it can be marked as that language where it is shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct InvitationQuestion {
    pub language: Language,
    pub text: String,
}

impl Store {
    /// The question for a lab's invitations, naming it: in Welsh, then in English.
    pub fn invitation_question(&self, lab_id: LabId) -> Result<Vec<InvitationQuestion>> {
        let lab = self.get_lab(lab_id)?;
        [Language::Cy, Language::En]
            .into_iter()
            .map(|language| {
                let text =
                    Messages::new(language)?.with("lab-invitation-question", &[("title", Arg::Text(&lab.title))]);
                Ok(InvitationQuestion { language, text })
            })
            .collect()
    }
}
