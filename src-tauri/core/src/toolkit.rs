//! Facts taken from the toolkit "Worker voice in the procurement of digital and AI systems"
//! (Wales TUC and Connected by Data): its stakeholder roles, in English and Welsh, and ground
//! rules in our own words.

use crate::Language;

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
