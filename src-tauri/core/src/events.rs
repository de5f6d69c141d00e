//! What the store tells its listeners after a change is committed, so that a screen showing
//! notes can show a device's note the moment it is saved, without asking again and again.

use std::sync::PoisonError;

use serde::Serialize;
use ts_rs::TS;

use crate::ids::{ChallengeId, LabId};
use crate::Store;

/// A change, announced once its transaction has committed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    Notes(NotesChanged),
    Devices(DevicesChanged),
}

/// A note of this challenge was saved, edited, deleted or restored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct NotesChanged {
    pub lab_id: LabId,
    pub challenge_id: ChallengeId,
}

/// A device of this lab joined, changed its group, sent a note or was revoked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct DevicesChanged {
    pub lab_id: LabId,
}

/// Something that wants to hear of changes. It runs on the thread that made the change, after
/// the commit and outside the store's lock, so it may read the store; it should be quick.
pub type Listener = Box<dyn Fn(&Change) + Send + Sync>;

impl Store {
    /// Calls `listener` after every change from now on.
    pub fn subscribe(&self, listener: impl Fn(&Change) + Send + Sync + 'static) {
        self.listeners.lock().unwrap_or_else(PoisonError::into_inner).push(Box::new(listener));
    }

    pub(crate) fn announce(&self, change: Change) {
        for listener in self.listeners.lock().unwrap_or_else(PoisonError::into_inner).iter() {
            listener(&change);
        }
    }
}
