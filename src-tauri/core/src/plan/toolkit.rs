//! Facts taken from the toolkit "Worker voice in the procurement of digital and AI systems"
//! (Wales TUC and Connected by Data): its stakeholder roles, in English and Welsh, and ground
//! rules in our own words.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use strum::{EnumString, IntoStaticStr, VariantArray};
use ts_rs::TS;

use crate::Error;

/// The toolkit's procurement framework: four stages plus oversight, in the toolkit's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, IntoStaticStr, VariantArray)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Stage {
    Planning,
    TenderAward,
    DevelopmentCustomisation,
    DeploymentContractManagement,
    Oversight,
}

impl Stage {
    /// The stable key stored in the database and used in file formats.
    pub fn key(self) -> &'static str {
        self.into()
    }
}

/// Parsed by hand rather than derived: an unknown stage is a typed error of the core.
impl FromStr for Stage {
    type Err = Error;

    fn from_str(key: &str) -> Result<Self, Error> {
        Stage::VARIANTS
            .iter()
            .copied()
            .find(|stage| stage.key() == key)
            .ok_or_else(|| Error::UnknownStage(key.to_owned()))
    }
}

impl fmt::Display for Stage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// The languages of the interface and of the toolkit's seeded text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS, EnumString, IntoStaticStr)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Language {
    En,
    Cy,
}

impl Language {
    pub fn key(self) -> &'static str {
        self.into()
    }
}

/// The stakeholder roles the toolkit names, in the order a new lab lists them.
pub const ROLES: [(&str, &str); 8] = [
    ("Trade union representative", "Cynrychiolydd undeb llafur"),
    ("Worker", "Gweithiwr"),
    ("Public sector commissioner", "Comisiynydd yn y sector cyhoeddus"),
    ("Procurement professional", "Gweithiwr caffael proffesiynol"),
    ("Supplier", "Cyflenwr"),
    ("Service user", "Defnyddiwr gwasanaeth"),
    ("Civil society organisation", "Sefydliad cymdeithas sifil"),
    ("Academic / peer practitioner", "Academydd / ymarferydd cymheiriaid"),
];

/// The toolkit's roles in `language`, to seed a new lab's list.
pub fn role_names(language: Language) -> impl Iterator<Item = &'static str> {
    ROLES.iter().map(move |(en, cy)| match language {
        Language::En => *en,
        Language::Cy => *cy,
    })
}

/// Ground rules for a lab, in our own words after the Chatham House Rule as these organisers
/// use it.
pub fn ground_rules(language: Language) -> &'static str {
    match language {
        Language::En => {
            "What is said here may be used, but not attributed: notes record stakeholder roles, never \
             names, unless someone asks to be named. Anything said in confidence stays in the room and is \
             left out of the report. Listen to understand, make space for every voice, and challenge ideas, \
             not people."
        }
        Language::Cy => {
            "Gellir defnyddio'r hyn a ddywedir yma, ond heb ei briodoli: mae'r nodiadau'n cofnodi rolau \
             rhanddeiliaid, byth enwau, oni bai bod rhywun yn gofyn am gael ei enwi. Mae unrhyw beth a ddywedir \
             yn gyfrinachol yn aros yn yr ystafell ac yn cael ei adael allan o'r adroddiad. Gwrandewch er mwyn \
             deall, gwnewch le i bob llais, a heriwch syniadau, nid pobl."
        }
    }
}
