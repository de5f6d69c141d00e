//! The Welsh Language Standards ask that everyone invited to a meeting is asked whether they
//! wish to use Welsh, so that interpretation can be arranged. The question is ready to paste
//! into an invitation: in Welsh, then in English, whichever language the app is in.

use crate::ids::LabId;
use crate::messages::{Arg, Messages};
use crate::{Language, Result, Store};

impl Store {
    /// The question for a lab's invitations, naming it: a paragraph in Welsh, then in English.
    pub fn invitation_question(&self, lab_id: LabId) -> Result<String> {
        let lab = self.get_lab(lab_id)?;
        let asked = [Language::Cy, Language::En]
            .into_iter()
            .map(|language| {
                Ok(Messages::new(language)?.with("lab-invitation-question", &[("title", Arg::Text(&lab.title))]))
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(asked.join("\n\n"))
    }
}
